import { type Nats, nats } from '../units';
import { neumaierSum } from '../numeric/summation';
import { mulberry32 } from './prng';
import { assertTemperature, softmax } from './softmax';

/** A validation set: model logits (rows) and integer labels in 0…C−1. */
export interface CalibrationSet {
  readonly logits: number[][];
  readonly labels: number[];
}

/** Options of {@link syntheticCalibrationSet}. */
export interface SyntheticCalibrationOptions {
  readonly seed: number;
  /** Number of samples (default 1000). */
  readonly size?: number;
  /** Number of classes (default 5). */
  readonly classes?: number;
  /** model logits = overconfidence × true logits (default 3: the model is overconfident). */
  readonly overconfidence?: number;
  /** Standard deviation of the true logits (default 1.5). */
  readonly logitScale?: number;
}

/**
 * A seeded synthetic validation set from an overconfident model: true logits z ~ N(0, s²) per class,
 * label y ~ Categorical(softmax(z)), and model logits k·z with k = overconfidence. The ideal
 * temperature is therefore T = k (softmax(kz/k) is the true distribution); the fitted T approaches k
 * as the set grows. Same seed, same set, on every engine.
 * Throws a RangeError for size < 1, classes < 2, or a non-positive overconfidence or scale.
 */
export function syntheticCalibrationSet(options: SyntheticCalibrationOptions): CalibrationSet {
  const size = options.size ?? 1000;
  const classes = options.classes ?? 5;
  const k = options.overconfidence ?? 3;
  const s = options.logitScale ?? 1.5;
  if (!(size >= 1) || !(classes >= 2) || !(k > 0) || !(s > 0)) {
    throw new RangeError('need size ≥ 1, classes ≥ 2, overconfidence > 0, logitScale > 0');
  }
  const rng = mulberry32(options.seed);
  const logits: number[][] = [];
  const labels: number[] = [];
  for (let i = 0; i < size; i++) {
    const z = Array.from({ length: classes }, () => s * rng.normal());
    const probs = softmax(z).probs;
    const u = rng.next();
    let label = classes - 1;
    let cumulative = 0;
    for (let c = 0; c < classes; c++) {
      cumulative += probs[c]!;
      if (u < cumulative) {
        label = c;
        break;
      }
    }
    logits.push(z.map((x) => k * x));
    labels.push(label);
  }
  return { logits, labels };
}

/**
 * NLL(T) = −(1/N) Σ_i log softmax(z_i/T)[y_i] in nats: the cross-entropy of the temperature-scaled
 * model against the one-hot labels, i.e. KL(empirical one-hot‖Q_T) averaged over samples (the
 * one-hot entropy is 0). Convex in β = 1/T: d²/dβ² = mean Var_{softmax(βz)}[z] ≥ 0.
 * Edge cases: a label whose logit is −∞ gives +Infinity. Throws a RangeError for an empty set, a
 * label outside 0…C−1, a row with no softmax, or T not finite and > 0.
 */
export function nllAtTemperature(set: CalibrationSet, temperature: number): Nats {
  assertTemperature(temperature);
  checkSet(set);
  const terms = set.logits.map((row, i) => -rowSoftmax(row, temperature).logProbs[set.labels[i]!]!);
  if (terms.some((t) => t === Infinity)) return nats(Infinity);
  return nats(neumaierSum(terms) / terms.length);
}

/** NLL(T) at each temperature (see {@link nllAtTemperature}): the curve the lab plots. */
export function nllCurve(
  set: CalibrationSet,
  temperatures: readonly number[],
): { T: number; nll: Nats }[] {
  return temperatures.map((T) => ({ T, nll: nllAtTemperature(set, T) }));
}

/** The result of {@link fitTemperature}. */
export interface TemperatureFit {
  readonly temperature: number;
  readonly nll: Nats;
  /** True when the minimum lies on the search interval's edge (the NLL may keep falling beyond). */
  readonly atBoundary: boolean;
}

/**
 * The temperature minimising {@link nllAtTemperature}, by golden-section search over u = log T on
 * [log tMin, log tMax] (defaults 0.05 and 50) to |Δu| < 1e-10, then up to four Newton steps on
 * dNLL/dβ (β = 1/T) for full precision. NLL is convex in β, hence unimodal in log T (a monotone
 * reparameterisation), which golden-section search requires.
 * Edge cases: separable data (every label is the argmax) makes the NLL fall as T → 0: the fit ends
 * at tMin with atBoundary = true. Throws as {@link nllAtTemperature}.
 */
export function fitTemperature(
  set: CalibrationSet,
  options: { readonly tMin?: number; readonly tMax?: number } = {},
): TemperatureFit {
  let a = Math.log(options.tMin ?? 0.05);
  let b = Math.log(options.tMax ?? 50);
  const f = (u: number): number => nllAtTemperature(set, Math.exp(u));
  const invPhi = (Math.sqrt(5) - 1) / 2;
  let c = b - invPhi * (b - a);
  let d = a + invPhi * (b - a);
  let fc = f(c);
  let fd = f(d);
  const lo = a;
  const hi = b;
  while (b - a > 1e-10) {
    if (fc <= fd) {
      b = d;
      d = c;
      fd = fc;
      c = b - invPhi * (b - a);
      fc = f(c);
    } else {
      a = c;
      c = d;
      fc = fd;
      d = a + invPhi * (b - a);
      fd = f(d);
    }
  }
  const u = 0.5 * (a + b);
  const atBoundary = u - lo < 1e-6 || hi - u < 1e-6;
  // Comparing function values cannot locate a quadratic minimum closer than √ε ≈ 1e-8 relative;
  // Newton steps on the derivative in β = 1/T (where the NLL is convex) finish to full precision.
  const temperature = atBoundary ? Math.exp(u) : polishTemperature(set, Math.exp(u));
  return { temperature, nll: nllAtTemperature(set, temperature), atBoundary };
}

/**
 * dNLL/dβ = mean_i(E_{softmax(βz_i)}[z_i] − z_{i,y_i}) and d²NLL/dβ² = mean_i Var_{softmax(βz_i)}[z_i].
 * Masked (−∞) logits have probability 0 and are skipped.
 */
function nllBetaDerivatives(set: CalibrationSet, beta: number): { d1: number; d2: number } {
  const d1: number[] = [];
  const d2: number[] = [];
  set.logits.forEach((row, i) => {
    const probs = rowSoftmax(row, 1 / beta).probs;
    const mean = neumaierSum(probs.map((p, k) => (p === 0 ? 0 : p * row[k]!)));
    d1.push(mean - row[set.labels[i]!]!);
    d2.push(neumaierSum(probs.map((p, k) => (p === 0 ? 0 : p * (row[k]! - mean) ** 2))));
  });
  return { d1: neumaierSum(d1) / d1.length, d2: neumaierSum(d2) / d2.length };
}

function polishTemperature(set: CalibrationSet, t0: number): number {
  let beta = 1 / t0;
  for (let iter = 0; iter < 4; iter++) {
    const { d1, d2 } = nllBetaDerivatives(set, beta);
    if (!(d2 > 0)) break;
    const next = beta - d1 / d2;
    // Safeguard: golden-section already put β within ~1e-8 relative; a larger move means trouble.
    if (!(Math.abs(next - beta) < 1e-4 * beta)) break;
    beta = next;
  }
  return 1 / beta;
}

/** One bin of a reliability diagram; confidence and accuracy are null for an empty bin. */
export interface ReliabilityBin {
  readonly lower: number;
  readonly upper: number;
  readonly count: number;
  readonly confidence: number | null;
  readonly accuracy: number | null;
}

/** A reliability diagram and its expected calibration error. */
export interface ReliabilityDiagram {
  readonly bins: ReliabilityBin[];
  /** ECE = Σ_b (n_b/N)·|accuracy_b − confidence_b|, over non-empty bins. In [0, 1]. */
  readonly ece: number;
  /** Overall accuracy (argmax = label), which temperature scaling never changes. */
  readonly accuracy: number;
}

/**
 * The reliability diagram of softmax(z/T) with `binCount` equal-width confidence bins (default 10):
 * bin b holds the samples whose confidence max_k q_k lies in (b/B, (b+1)/B] (bin 0 also takes 0);
 * each bin reports its mean confidence and its accuracy (fraction whose argmax, first on ties,
 * equals the label), and ECE weights |accuracy − confidence| by the bin's share of samples.
 * Throws as {@link nllAtTemperature}, or for binCount < 1.
 */
export function reliabilityDiagram(
  set: CalibrationSet,
  temperature = 1,
  binCount = 10,
): ReliabilityDiagram {
  assertTemperature(temperature);
  checkSet(set);
  if (!(binCount >= 1) || !Number.isInteger(binCount))
    throw new RangeError('binCount must be an integer ≥ 1');
  const counts = new Array<number>(binCount).fill(0);
  const confSums: number[][] = Array.from({ length: binCount }, () => []);
  const correct = new Array<number>(binCount).fill(0);
  let totalCorrect = 0;
  set.logits.forEach((row, i) => {
    const probs = rowSoftmax(row, temperature).probs;
    let arg = 0;
    for (let k = 1; k < probs.length; k++) if (probs[k]! > probs[arg]!) arg = k;
    const confidence = probs[arg]!;
    const b = Math.min(binCount - 1, Math.max(0, Math.ceil(confidence * binCount) - 1));
    counts[b]!++;
    confSums[b]!.push(confidence);
    if (arg === set.labels[i]) {
      correct[b]!++;
      totalCorrect++;
    }
  });
  const n = set.labels.length;
  const bins: ReliabilityBin[] = counts.map((count, b) => ({
    lower: b / binCount,
    upper: (b + 1) / binCount,
    count,
    confidence: count === 0 ? null : neumaierSum(confSums[b]!) / count,
    accuracy: count === 0 ? null : correct[b]! / count,
  }));
  const ece = neumaierSum(
    bins.map((bin) =>
      bin.count === 0 ? 0 : (bin.count / n) * Math.abs(bin.accuracy! - bin.confidence!),
    ),
  );
  return { bins, ece, accuracy: totalCorrect / n };
}

/** Everything the calibration view shows. */
export interface CalibrationStudy {
  readonly fit: TemperatureFit;
  readonly nllBefore: Nats;
  readonly before: ReliabilityDiagram;
  readonly after: ReliabilityDiagram;
  readonly curve: { T: number; nll: Nats }[];
}

/**
 * Temperature scaling end to end: NLL at T = 1, the fitted T, the reliability diagrams (and ECE)
 * before (T = 1) and after (fitted T), and the NLL curve on `curvePoints` log-spaced temperatures
 * in [0.25, 10] (default 61). Throws as {@link fitTemperature}.
 */
export function calibrationStudy(
  set: CalibrationSet,
  binCount = 10,
  curvePoints = 61,
): CalibrationStudy {
  const fit = fitTemperature(set);
  const temps = Array.from({ length: curvePoints }, (_, i) =>
    Math.exp(Math.log(0.25) + ((Math.log(10) - Math.log(0.25)) * i) / Math.max(1, curvePoints - 1)),
  );
  return {
    fit,
    nllBefore: nllAtTemperature(set, 1),
    before: reliabilityDiagram(set, 1, binCount),
    after: reliabilityDiagram(set, fit.temperature, binCount),
    curve: nllCurve(set, temps),
  };
}

function checkSet(set: CalibrationSet): void {
  const n = set.labels.length;
  if (n === 0 || set.logits.length !== n)
    throw new RangeError('need as many logit rows as labels, at least one');
  set.labels.forEach((y, i) => {
    if (!Number.isInteger(y) || y < 0 || y >= set.logits[i]!.length) {
      throw new RangeError(`label ${i} (${y}) is not a class index`);
    }
  });
}

function rowSoftmax(row: readonly number[], temperature: number) {
  const s = softmax(row, temperature);
  if (!s.valid) throw new RangeError(`a logit row has no softmax: ${s.reason}`);
  return s;
}
