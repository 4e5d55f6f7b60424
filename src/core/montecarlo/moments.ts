import type { SupportMismatch } from '../divergences/types';
import { k3FromLogRatio, k3InTable } from './estimators';
import { K3_TABLE } from './k3Table';

/**
 * Running moments of one estimator over the finite samples: count, mean and M2 = Σ(v − mean)²
 * (Welford's notation), plus how many samples were +∞. Plain data: it crosses postMessage as is.
 */
export interface EstimatorMoments {
  readonly count: number;
  readonly mean: number;
  readonly m2: number;
  readonly infinite: number;
}

/**
 * The mergeable state of a Monte Carlo run (or chunk, or chunk prefix): `n` samples drawn, of which
 * `zeroDensity` had log r = −∞ (the other density was 0 where the sampled one was positive), and the
 * moments of k1, k2, k3. `mismatch` says which distribution had the zero, once one has been seen.
 */
export interface MonteCarloState {
  readonly n: number;
  readonly zeroDensity: number;
  readonly k1: EstimatorMoments;
  readonly k2: EstimatorMoments;
  readonly k3: EstimatorMoments;
  readonly mismatch?: SupportMismatch;
}

const EMPTY_MOMENTS: EstimatorMoments = { count: 0, mean: 0, m2: 0, infinite: 0 };

/** The state of zero samples: the identity of {@link mergeMonteCarlo}. */
export const emptyMonteCarloState = (): MonteCarloState => ({
  n: 0,
  zeroDensity: 0,
  k1: EMPTY_MOMENTS,
  k2: EMPTY_MOMENTS,
  k3: EMPTY_MOMENTS,
});

/**
 * Chan, Golub & LeVeque's (1979) pairwise combination of two sets of moments:
 * n = nₐ + n_b, δ = mean_b − meanₐ, mean = meanₐ + δ·n_b/n, M2 = M2ₐ + M2_b + δ²·nₐ·n_b/n.
 * Stable for any split (no Σv² − n·mean² cancellation). Deterministic: the same inputs in the same
 * order give the same bits, which is what makes a worker pool reproduce a single thread.
 */
export function mergeMoments(a: EstimatorMoments, b: EstimatorMoments): EstimatorMoments {
  if (b.count === 0) return { ...a, infinite: a.infinite + b.infinite };
  if (a.count === 0) return { ...b, infinite: a.infinite + b.infinite };
  const count = a.count + b.count;
  const delta = b.mean - a.mean;
  const wb = b.count / count;
  return {
    count,
    mean: a.mean + delta * wb,
    m2: a.m2 + b.m2 + delta * delta * a.count * wb,
    infinite: a.infinite + b.infinite,
  };
}

/**
 * Combines the states of two disjoint sets of samples. Not bitwise associative (no floating-point
 * merge is): fold chunks left to right in chunk order for reproducible bits, as
 * {@link foldMonteCarloChunks} does.
 */
export function mergeMonteCarlo(a: MonteCarloState, b: MonteCarloState): MonteCarloState {
  const mismatch = a.mismatch ?? b.mismatch;
  return {
    n: a.n + b.n,
    zeroDensity: a.zeroDensity + b.zeroDensity,
    k1: mergeMoments(a.k1, b.k1),
    k2: mergeMoments(a.k2, b.k2),
    k3: mergeMoments(a.k3, b.k3),
    ...(mismatch ? { mismatch } : {}),
  };
}

/** Mutable moments used inside the accumulator, so the hot path allocates nothing. */
class Moments {
  count = 0;
  mean = 0;
  m2 = 0;
  infinite = 0;

  /** Merges a block given by its shifted sums: Σ(v − shift) and Σ(v − shift)² over `n` values. */
  addShiftedBlock(n: number, shift: number, sum: number, sumSq: number): void {
    const blockMeanOffset = sum / n;
    const blockMean = shift + blockMeanOffset;
    // Σ(v − v̄)² = Σd² − (Σd)²/n, written so that (Σd)²/n cannot overflow when Σd² does not.
    const m2b = sumSq - blockMeanOffset * sum;
    this.addBlock(n, blockMean, m2b > 0 ? m2b : 0);
  }

  addBlock(n: number, mean: number, m2: number): void {
    if (this.count === 0) {
      this.count = n;
      this.mean = mean;
      this.m2 = m2;
      return;
    }
    const count = this.count + n;
    const delta = mean - this.mean;
    const wb = n / count;
    this.mean += delta * wb;
    this.m2 += m2 + delta * delta * this.count * wb;
    this.count = count;
  }

  /** One value by Welford's update; used only on the slow path (blocks with infinite values). */
  addOne(v: number): void {
    if (!Number.isFinite(v)) {
      this.infinite++;
      return;
    }
    this.addBlock(1, v, 0);
  }

  shiftFor(first: number): number {
    if (this.count > 0) return this.mean;
    return Number.isFinite(first) ? first : 0;
  }

  snapshot(): EstimatorMoments {
    return { count: this.count, mean: this.mean, m2: this.m2, infinite: this.infinite };
  }
}

/**
 * Accumulates the three estimators from blocks of log-ratios ℓ = log q(x) − log p(x).
 *
 * Each block is summed as shifted sums Σ(v − c), Σ(v − c)² with c = the running mean (or the block's
 * first value), which is as accurate as Welford's per-sample update when c is near the mean but needs
 * no division per sample; the block is then merged with Chan's formula. Blocks containing an infinite
 * value (ℓ = −∞, or r overflowing for k3) are redone value by value, counting the infinities apart
 * so the finite moments stay finite and NaN never appears.
 */
export class LogRatioAccumulator {
  private n = 0;
  private zeroDensity = 0;
  private readonly m1 = new Moments();
  private readonly m2 = new Moments();
  private readonly m3 = new Moments();

  // The block's shifts and running shifted sums, as fields so that sumInTable can stop and resume.
  private c1 = 0;
  private c2 = 0;
  private c3 = 0;
  private s1 = 0;
  private q1 = 0;
  private s2 = 0;
  private q2 = 0;
  private s3 = 0;
  private q3 = 0;

  /** Adds `count` log-ratios from `logRatios[from…from+count)`. */
  addBlock(logRatios: Float64Array, from: number, count: number): void {
    if (count <= 0) return;
    const l0 = logRatios[from]!;
    const c1 = (this.c1 = this.m1.shiftFor(-l0));
    const c2 = (this.c2 = this.m2.shiftFor(0.5 * l0 * l0));
    const c3 = (this.c3 = this.m3.shiftFor(k3FromLogRatio(l0)));
    this.s1 = this.q1 = this.s2 = this.q2 = this.s3 = this.q3 = 0;
    const end = from + count;
    // sumInTable stops at a value outside k3InTable's range (|ℓ| > 5.5, ±∞, NaN); that value is
    // summed here, with the general k3, and sumInTable resumes after it. Same order, same values:
    // the bits do not depend on where it stopped.
    for (let i = this.sumInTable(logRatios, from, end); i < end;) {
      const l = logRatios[i]!;
      const d1 = -l - c1;
      const d2 = 0.5 * l * l - c2;
      const d3 = k3FromLogRatio(l) - c3;
      this.s1 += d1;
      this.q1 += d1 * d1;
      this.s2 += d2;
      this.q2 += d2 * d2;
      this.s3 += d3;
      this.q3 += d3 * d3;
      i = this.sumInTable(logRatios, i + 1, end);
    }
    const { s1, q1, s2, q2, s3, q3 } = this;
    this.n += count;
    // s is −∞/+∞ exactly when some value was infinite (the values are bounded below or finite).
    if (Number.isFinite(s1) && Number.isFinite(s2) && Number.isFinite(s3)) {
      this.m1.addShiftedBlock(count, c1, s1, q1);
      this.m2.addShiftedBlock(count, c2, s2, q2);
      this.m3.addShiftedBlock(count, c3, s3, q3);
      return;
    }
    for (let i = from; i < end; i++) {
      const l = logRatios[i]!;
      if (l === -Infinity) this.zeroDensity++;
      this.m1.addOne(-l);
      this.m2.addOne(0.5 * l * l);
      this.m3.addOne(k3FromLogRatio(l));
    }
  }

  /**
   * Adds values from `from` on to the running sums until the end or the first ℓ outside
   * [−K3_TABLE_LIMIT, K3_TABLE_LIMIT], whose index it returns. The loop contains no call (k3InTable
   * is inlined; k3FromLogRatio's wide path would be a call site, and any call site in the loop, even
   * one never taken, makes V8 spill the loop's values around it), and it is a function of its own so
   * that the caller's call stays out of this loop's register allocation (≈ 40 % faster,
   * docs/BENCHMARKS.md). Module constants and the table are read into locals: Node 20's V8 reloads
   * and re-checks module-level consts on every use.
   */
  private sumInTable(logRatios: Float64Array, from: number, end: number): number {
    const table = K3_TABLE;
    const { c1, c2, c3 } = this;
    let { s1, q1, s2, q2, s3, q3 } = this;
    let i = from;
    for (; i < end; i++) {
      const l = logRatios[i]!;
      // 5.5 = K3_TABLE_LIMIT (literal, as above); false for NaN.
      if (!(l >= -5.5 && l <= 5.5)) break;
      const d1 = -l - c1;
      const d2 = 0.5 * l * l - c2;
      const d3 = k3InTable(l, table) - c3;
      s1 += d1;
      q1 += d1 * d1;
      s2 += d2;
      q2 += d2 * d2;
      s3 += d3;
      q3 += d3 * d3;
    }
    this.s1 = s1;
    this.q1 = q1;
    this.s2 = s2;
    this.q2 = q2;
    this.s3 = s3;
    this.q3 = q3;
    return i;
  }

  /** The state so far, as plain data; `mismatch` is attached when a zero density was seen. */
  snapshot(mismatch?: SupportMismatch): MonteCarloState {
    return {
      n: this.n,
      zeroDensity: this.zeroDensity,
      k1: this.m1.snapshot(),
      k2: this.m2.snapshot(),
      k3: this.m3.snapshot(),
      ...(mismatch && this.zeroDensity > 0 ? { mismatch } : {}),
    };
  }
}
