import { neumaierSum } from '../numeric/summation';

/**
 * An emulation of PyTorch's `torch.nn.KLDivLoss` / `torch.nn.functional.kl_div` on float64 tensors,
 * including the NaNs PyTorch produces. NaN is never a raw JS number here: a PyTorch NaN is the string
 * 'NaN' (see {@link TorchValue}), always with a {@link TorchNanReason}, so the "no NaN leaves the
 * core" rule holds and the UI must handle the case explicitly.
 *
 * Source of the semantics (PyTorch 2.x):
 * - aten/src/ATen/native/Loss.cpp, `kl_div`:
 *     if (log_target) output = at::exp(target) * (target - input);
 *     else            output = at::xlogy(target, target) - target * input;
 *     return apply_loss_reduction(output, reduction);
 * - aten/src/ATen/native/cpu/BinaryOpsKernel.cpp, `xlogy_kernel`:
 *     if (isnan(y)) return NAN; if (x == 0) return 0; return x * log(y);
 * - torch/nn/functional.py, `kl_div`: 'batchmean' runs the 'sum' reduction, then
 *     `reduced = reduced / input.size()[0]`; 'mean' divides by the number of elements
 *     (and warns that it is not the KL divergence).
 * - Documentation of torch.nn.KLDivLoss: "loss_pointwise = target * (target.log() - input)" is
 *   "roughly equivalent"; the xlogy form is what runs, and it is what makes 0·log 0 = 0.
 *
 * Differences from real PyTorch: float64 arithmetic with compensated summation (PyTorch's default
 * float32 and its summation order differ in about the 7th significant digit); values are otherwise
 * identical, including every NaN and ±Infinity.
 */

/** A value as PyTorch would print it: a number (possibly ±Infinity) or NaN, spelled 'NaN'. */
export type TorchValue = number | 'NaN';

/** Why PyTorch returns NaN for one element (or a reduction). */
export const TORCH_NAN_REASONS = {
  'zero-target-neg-inf-input':
    'target is 0 and input is −∞ (a masked class): PyTorch computes xlogy(0, 0) − 0·(−∞) = 0 − NaN, ' +
    'because IEEE arithmetic defines 0·∞ as NaN. The mathematical term is 0 (0·log(0/0) = 0 by convention).',
  'neg-inf-log-target':
    'log_target=True and the target is −∞ (probability 0): PyTorch computes exp(−∞)·(−∞ − input) = 0·(−∞) = NaN. ' +
    'The mathematical term is 0.',
  'negative-target':
    'target is negative: xlogy(target, target) takes the log of a negative number, which is NaN. ' +
    'A target must be a probability.',
  'nan-input':
    'input is already NaN, e.g. log_softmax of a row whose logits are all −∞ (−∞ − (−∞) = NaN).',
  'nan-target': 'target is already NaN, e.g. softmax of a row whose logits are all −∞.',
  'inf-minus-inf':
    'the arithmetic meets ∞ − ∞ (an input of +∞, or a reduction adding +∞ and −∞ elements), which IEEE defines as NaN.',
} as const;
export type TorchNanReason = keyof typeof TORCH_NAN_REASONS;

/** One element of the 'none' output, with the reason when it is NaN. */
export interface TorchElement {
  readonly value: TorchValue;
  readonly nanReason?: TorchNanReason;
}

/** A reduction of the pointwise loss, with the reason when it is NaN. */
export type TorchScalar = TorchElement;

/** The reductions PyTorch accepts. */
export const KL_DIV_REDUCTIONS = ['none', 'sum', 'mean', 'batchmean'] as const;
export type KlDivReduction = (typeof KL_DIV_REDUCTIONS)[number];

/** Every reduction of one `kl_div(input, target, log_target=…)` call. */
export interface TorchKlDivResult {
  /** reduction='none': the pointwise matrix (batch × classes). */
  readonly none: TorchElement[][];
  /** reduction='sum': Σ over all elements. */
  readonly sum: TorchScalar;
  /** reduction='mean': sum / (batch × classes). Not a KL divergence (PyTorch warns about it). */
  readonly mean: TorchScalar;
  /** reduction='batchmean': sum / batch. The mean KL per row when the inputs are proper. */
  readonly batchmean: TorchScalar;
  /** The elements that are NaN, in row-major order. */
  readonly nanCells: readonly {
    readonly row: number;
    readonly col: number;
    readonly reason: TorchNanReason;
  }[];
}

/**
 * PyTorch's pointwise KLDivLoss element, in IEEE arithmetic (may be NaN): the private core of the
 * emulation. See the module comment for the source.
 */
function torchPointwiseRaw(input: number, target: number, logTarget: boolean): number {
  if (logTarget) return Math.exp(target) * (target - input);
  return torchXlogy(target, target) - target * input;
}

/** PyTorch's xlogy, which differs from ../numeric/logspace `xlogy` by returning NaN for y = NaN. */
function torchXlogy(x: number, y: number): number {
  if (Number.isNaN(y)) return NaN;
  if (x === 0) return 0;
  return x * Math.log(y);
}

function classifyNan(input: number, target: number, logTarget: boolean): TorchNanReason {
  if (Number.isNaN(input)) return 'nan-input';
  if (Number.isNaN(target)) return 'nan-target';
  if (logTarget) return target === -Infinity ? 'neg-inf-log-target' : 'inf-minus-inf';
  if (target < 0) return 'negative-target';
  if (target === 0 && input === -Infinity) return 'zero-target-neg-inf-input';
  return 'inf-minus-inf';
}

/**
 * One element of `kl_div(input, target, reduction='none', log_target)`:
 * - log_target = false: xlogy(t, t) − t·x  (= t·(log t − x), with 0·log 0 = 0)
 * - log_target = true:  exp(t)·(t − x)
 * where x is the input (meant to be a log-probability) and t the target.
 * Edge cases (all as PyTorch): t = 0, x = −∞ → NaN ('zero-target-neg-inf-input');
 * t > 0, x = −∞ → +∞; t < 0 → NaN; log_target with t = −∞ → NaN; any NaN operand → NaN.
 * Probabilities passed as x (instead of log-probabilities) give finite, possibly negative values.
 */
export function torchKlDivElement(input: number, target: number, logTarget: boolean): TorchElement {
  const v = torchPointwiseRaw(input, target, logTarget);
  return Number.isNaN(v)
    ? { value: 'NaN', nanReason: classifyNan(input, target, logTarget) }
    : { value: v };
}

/**
 * `torch.nn.functional.kl_div(input, target, reduction=r, log_target)` for every r at once, on a
 * batch (rows = samples, columns = classes):
 *   sum = Σ_ij L_ij,   mean = sum / (B·C),   batchmean = sum / B,   none = L,
 * with L_ij from {@link torchKlDivElement}. A reduction is NaN when any element is NaN (the reason
 * is the first such element's) or when it adds +∞ and −∞ ('inf-minus-inf'); it is +∞ when an
 * element is +∞ and none is NaN or −∞.
 * Throws a RangeError for an empty batch or mismatched shapes (PyTorch would broadcast or raise;
 * the lab never needs broadcasting).
 */
export function torchKlDiv(
  input: ReadonlyArray<ArrayLike<number>>,
  target: ReadonlyArray<ArrayLike<number>>,
  logTarget = false,
): TorchKlDivResult {
  const batch = input.length;
  if (batch === 0) throw new RangeError('empty batch');
  if (target.length !== batch) throw new RangeError('input and target must have the same shape');
  const classes = input[0]!.length;
  const none: TorchElement[][] = [];
  const nanCells: { row: number; col: number; reason: TorchNanReason }[] = [];
  const raw: number[] = [];
  for (let i = 0; i < batch; i++) {
    const x = input[i]!;
    const t = target[i]!;
    if (x.length !== classes || t.length !== classes) {
      throw new RangeError('input and target must have the same shape');
    }
    const row: TorchElement[] = [];
    for (let j = 0; j < classes; j++) {
      const el = torchKlDivElement(x[j]!, t[j]!, logTarget);
      if (el.nanReason) nanCells.push({ row: i, col: j, reason: el.nanReason });
      raw.push(torchPointwiseRaw(x[j]!, t[j]!, logTarget));
      row.push(el);
    }
    none.push(row);
  }
  const firstNan = nanCells[0]?.reason;
  const total = sumIeee(raw);
  const scalar = (v: number): TorchScalar =>
    Number.isNaN(v) ? { value: 'NaN', nanReason: firstNan ?? 'inf-minus-inf' } : { value: v };
  return {
    none,
    sum: scalar(total),
    mean: scalar(total / (batch * classes)),
    batchmean: scalar(total / batch),
    nanCells,
  };
}

/** The value of one reduction from a {@link TorchKlDivResult}. */
export function torchKlDivReduction(
  result: TorchKlDivResult,
  reduction: Exclude<KlDivReduction, 'none'>,
): TorchScalar {
  return result[reduction];
}

/** The 'none' matrix as plain values (for a JSON readout; JSON has no NaN, hence the string). */
export function torchValues(matrix: readonly (readonly TorchElement[])[]): TorchValue[][] {
  return matrix.map((row) => row.map((el) => el.value));
}

/** Σ with IEEE propagation of NaN and ∞ (neumaierSum already returns the infinite sum itself). */
function sumIeee(values: readonly number[]): number {
  let hasNan = false;
  let posInf = false;
  let negInf = false;
  for (const v of values) {
    if (Number.isNaN(v)) hasNan = true;
    else if (v === Infinity) posInf = true;
    else if (v === -Infinity) negInf = true;
  }
  if (hasNan || (posInf && negInf)) return NaN;
  return neumaierSum(values);
}
