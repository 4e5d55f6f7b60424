import type { KlDivLabResult } from '../../core/ml/klDivLab';
import type { TorchValue } from '../../core/ml/torchKlDiv';
import type { LogitMatrix } from '../../state/mlScenario';
import { SUPPORTED_VERSIONS } from '../share/codegen/common';

export const pyNumber = (x: number): string =>
  x === -Infinity ? "float('-inf')" : Number.isInteger(x) ? `${x}.` : String(x);

/** A logit matrix as a Python list literal. */
export const pyMatrix = (m: LogitMatrix): string =>
  `[${m.map((row) => `[${row.map(pyNumber).join(', ')}]`).join(', ')}]`;

export const out = (v: TorchValue): string =>
  v === 'NaN' ? 'nan' : v === Infinity ? 'inf' : v === -Infinity ? '-inf' : v.toPrecision(6);

/** The readout (data-testid) each printed key reproduces, for `npm run verify:code`. */
export const TORCH_CODE_READOUTS = {
  sum: 'kldiv-sum',
  mean: 'kldiv-mean',
  batchmean: 'kldiv-batchmean',
  'batchmean-log-target': 'kldiv-batchmean-logtarget',
  distill: 'distill-loss',
  'probs-input': 'kldiv-probs-input',
  swapped: 'kldiv-swapped',
  unnormalised: 'kldiv-unnormalised',
} as const;

/** One line of PyTorch and the number it prints, keyed by the readout it produces. */
export interface CodeLine {
  readonly key: keyof typeof TORCH_CODE_READOUTS;
  /** A 0-dimensional tensor expression. */
  readonly code: string;
  /** Why the line is there, when it is a mistake on purpose. */
  readonly note?: string;
  readonly value: TorchValue;
}

/**
 * The PyTorch calls behind each readout of the KLDivLoss lab, so a practitioner can paste them and
 * compare: the setup, then one `F.kl_div` call per number with the value it returns (float64).
 */
export function torchCode(
  student: LogitMatrix,
  teacher: LogitMatrix,
  T: number,
  lab: KlDivLabResult,
): { setup: string; lines: CodeLine[] } {
  const setup = [
    `# KL Explorer, KLDivLoss lab. Runs as it stands on ${SUPPORTED_VERSIONS.pytorch}.`,
    'import torch, torch.nn.functional as F',
    `s = torch.tensor(${pyMatrix(student)}, dtype=torch.float64)  # student logits`,
    `t = torch.tensor(${pyMatrix(teacher)}, dtype=torch.float64)  # teacher logits`,
    `T = ${pyNumber(T)}`,
    'inp = F.log_softmax(s / T, dim=1)   # input: log-probabilities',
    'tgt = F.softmax(t / T, dim=1)       # target: probabilities',
  ].join('\n');
  const c = lab.pitfalls.targetScale;
  const lines: CodeLine[] = [
    { key: 'sum', code: "F.kl_div(inp, tgt, reduction='sum')", value: lab.torch.sum.value },
    {
      key: 'mean',
      code: "F.kl_div(inp, tgt, reduction='mean')",
      note: "PyTorch warns here: 'mean' also divides by the classes",
      value: lab.torch.mean.value,
    },
    {
      key: 'batchmean',
      code: "F.kl_div(inp, tgt, reduction='batchmean')",
      value: lab.torch.batchmean.value,
    },
    {
      key: 'batchmean-log-target',
      code: "F.kl_div(inp, F.log_softmax(t / T, dim=1), reduction='batchmean', log_target=True)",
      value: lab.torchLogTarget.batchmean.value,
    },
    {
      key: 'distill',
      code: "T**2 * F.kl_div(inp, tgt, reduction='batchmean')",
      value: lab.distillLoss.value,
    },
    {
      key: 'probs-input',
      code: "F.kl_div(F.softmax(s / T, dim=1), tgt, reduction='batchmean')",
      note: 'wrong: probabilities as input',
      value: lab.pitfalls.probsAsInput.value,
    },
    {
      key: 'swapped',
      code: "F.kl_div(F.log_softmax(t / T, dim=1), F.softmax(s / T, dim=1), reduction='batchmean')",
      note: 'wrong: input and target swapped',
      value: lab.pitfalls.swapped.value,
    },
    {
      key: 'unnormalised',
      code: `F.kl_div(inp, ${c} * tgt, reduction='batchmean')`,
      note: `wrong: the target sums to ${c}`,
      value: lab.pitfalls.unnormalizedTarget.value,
    },
  ];
  return { setup, lines };
}

/**
 * The code block's text: the setup, then one print per readout, labelled with its key and followed
 * by the value the lab shows (float(...) prints every digit, so it can be compared, as
 * `npm run verify:code` does).
 */
export function torchCodeText(code: { setup: string; lines: readonly CodeLine[] }): string {
  return [
    code.setup,
    ...code.lines.map(
      (l) =>
        `print('${l.key}', float(${l.code}))${l.note ? `  # ${l.note}` : ''}\n# → ${out(l.value)}`,
    ),
  ].join('\n');
}
