/**
 * Softmax with temperature, computed in log space.
 *
 * Rows of logits are plain arrays: the ML lab works with at most 8 × 10 numbers, and plain arrays
 * serialise to JSON (the readout contract) without conversion.
 */

/** Why a row of logits has no softmax. */
export type SoftmaxInvalidReason =
  /** Every logit is −Infinity (every class masked): Σ exp = 0, so no distribution exists. */
  | 'all-masked'
  /** A logit is NaN or +Infinity: the normalising constant is undefined or infinite. */
  | 'non-finite-logit';

/**
 * softmax(z/T) as probabilities and log-probabilities. When `valid` is false the arrays hold
 * probability 0 and log-probability −Infinity everywhere (never NaN) and `reason` says why.
 */
export interface SoftmaxRow {
  readonly probs: number[];
  readonly logProbs: number[];
  readonly valid: boolean;
  readonly reason?: SoftmaxInvalidReason;
}

/** Throws unless T is a finite positive number. */
export function assertTemperature(temperature: number): void {
  if (!(temperature > 0) || !Number.isFinite(temperature)) {
    throw new RangeError(`temperature must be finite and > 0, got ${temperature}`);
  }
}

/**
 * log_softmax(z/T)_k = (z_k − m)/T − log Σ_j exp((z_j − m)/T), with m = max_j z_j, and
 * softmax(z/T)_k = exp(log_softmax(z/T)_k). Subtracting m before dividing by T keeps every exponent
 * ≤ 0, so neither large logits nor a small T overflow.
 *
 * Edge cases: a logit of −Infinity is a masked class: probability 0, log-probability −Infinity.
 * All logits −Infinity, or any logit NaN or +Infinity, gives an invalid row (see {@link SoftmaxRow}).
 * Throws a RangeError unless T is finite and > 0, or if the row is empty.
 */
export function softmax(logits: ArrayLike<number>, temperature = 1): SoftmaxRow {
  assertTemperature(temperature);
  const n = logits.length;
  if (n === 0) throw new RangeError('softmax of an empty row');
  let max = -Infinity;
  for (let k = 0; k < n; k++) {
    const z = logits[k]!;
    if (Number.isNaN(z) || z === Infinity) return invalidRow(n, 'non-finite-logit');
    if (z > max) max = z;
  }
  if (max === -Infinity) return invalidRow(n, 'all-masked');
  const shifted = new Array<number>(n);
  let sum = 0;
  for (let k = 0; k < n; k++) {
    shifted[k] = (logits[k]! - max) / temperature;
    sum += Math.exp(shifted[k]!); // terms in [0, 1] and one of them is exactly 1: no cancellation
  }
  const logSum = Math.log(sum);
  const logProbs = shifted.map((s) => s - logSum);
  return { probs: logProbs.map(Math.exp), logProbs, valid: true };
}

/** log_softmax(z/T) alone; see {@link softmax} for the formula and the edge cases. */
export function logSoftmax(logits: ArrayLike<number>, temperature = 1): number[] {
  return softmax(logits, temperature).logProbs;
}

/** {@link softmax} of every row of a batch. */
export function softmaxBatch(
  rows: ReadonlyArray<ArrayLike<number>>,
  temperature = 1,
): SoftmaxRow[] {
  return rows.map((row) => softmax(row, temperature));
}

function invalidRow(n: number, reason: SoftmaxInvalidReason): SoftmaxRow {
  return {
    probs: new Array<number>(n).fill(0),
    logProbs: new Array<number>(n).fill(-Infinity),
    valid: false,
    reason,
  };
}
