import type { Xoshiro128 } from './xoshiro128';

/**
 * Walker's alias table (Vose's 1991 construction), for O(1) draws from a fixed discrete distribution.
 * `threshold[i]` ∈ [0, 1] is the chance of keeping column i, else the draw is `alias[i]`.
 */
export interface AliasTable {
  readonly size: number;
  readonly threshold: Float64Array;
  readonly alias: Int32Array;
}

/**
 * Builds the alias table of the probabilities wᵢ/Σw in O(K). Only +, −, ×, ÷ are used, so the table
 * is identical in every engine. A zero weight gets threshold 0 and a positive alias, so it is never
 * drawn (the draw compares frac < threshold strictly).
 * @throws RangeError if `weights` is empty, has a negative or non-finite entry, sums to 0,
 *   or has more than 2³¹ − 1 entries.
 */
export function aliasTable(weights: ArrayLike<number>): AliasTable {
  const k = weights.length;
  if (k === 0 || k > 0x7fffffff) throw new RangeError('alias table needs 1 … 2³¹ − 1 weights');
  let total = 0;
  for (let i = 0; i < k; i++) {
    const w = weights[i]!;
    if (!(w >= 0) || !Number.isFinite(w)) throw new RangeError(`invalid weight ${w} at ${i}`);
    total += w;
  }
  if (!(total > 0)) throw new RangeError('alias table weights sum to 0');
  const scaled = new Float64Array(k);
  for (let i = 0; i < k; i++) scaled[i] = (weights[i]! / total) * k;
  const threshold = new Float64Array(k);
  const alias = new Int32Array(k);
  const small = new Int32Array(k);
  const large = new Int32Array(k);
  let ns = 0;
  let nl = 0;
  for (let i = 0; i < k; i++) {
    if (scaled[i]! < 1) small[ns++] = i;
    else large[nl++] = i;
  }
  while (ns > 0 && nl > 0) {
    const s = small[--ns]!;
    const l = large[--nl]!;
    threshold[s] = scaled[s]!;
    alias[s] = l;
    scaled[l] = scaled[l]! + scaled[s]! - 1;
    if (scaled[l]! < 1) small[ns++] = l;
    else large[nl++] = l;
  }
  // Leftovers are 1 up to rounding; a leftover small one must still have positive weight
  // (rounding can push a large column just below 1), so it keeps itself.
  while (nl > 0) {
    const l = large[--nl]!;
    threshold[l] = 1;
    alias[l] = l;
  }
  while (ns > 0) {
    const s = small[--ns]!;
    threshold[s] = 1;
    alias[s] = s;
  }
  // A zero-weight column that ended as a leftover would now be drawable: give it a positive alias.
  let positive = 0;
  while (!(weights[positive]! > 0)) positive++;
  for (let i = 0; i < k; i++) {
    if (!(weights[i]! > 0)) {
      threshold[i] = 0;
      if (!(weights[alias[i]!]! > 0)) alias[i] = positive;
    }
  }
  return { size: k, threshold, alias };
}

/**
 * One draw from an alias table: column ⌊U·K⌋ and the fractional part of U·K as the second uniform
 * (U has 52 bits, so ≥ 52 − log₂K bits remain for the threshold test). Returns an index in 0…K−1
 * whose weight is positive.
 */
export function aliasDraw(table: AliasTable, rng: Xoshiro128): number {
  const x = rng.nextUniform() * table.size;
  let i = Math.floor(x);
  // U·K can round up to K when U is within an ulp of 1.
  if (i >= table.size) i = table.size - 1;
  return x - i < table.threshold[i]! ? i : table.alias[i]!;
}
