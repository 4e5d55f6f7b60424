import { neumaierSum } from '../numeric/summation';
import { xoshiro128ForChunk } from '../random/xoshiro128';
import { KdTree2 } from './kdTree2';
import { kthDistance1, sortedCopy } from './sorted1';

/** A sample set: values (1-D) or interleaved points [x₀, y₀, x₁, …] (2-D). */
export interface SampleSet {
  readonly dimension: 1 | 2;
  readonly values: Float64Array;
}

export const sampleCount = (s: SampleSet) => s.values.length / s.dimension;

export type KnnKlValue =
  | {
      readonly ok: true;
      /** D̂ in nats; may be negative (the estimator is not clipped at 0). */
      readonly value: number;
      readonly n: number;
      readonly m: number;
      readonly k: number;
    }
  | { readonly ok: false; readonly reason: string };

/**
 * The k-nearest-neighbour estimator of KL(P‖Q) from x₁…xₙ ~ P and y₁…yₘ ~ Q (Wang, Kulkarni &
 * Verdú 2009, eq. 5):
 *   D̂ = (d/n) Σᵢ log(νₖ(i)/ρₖ(i)) + log(m/(n − 1)),
 * ρₖ(i) the Euclidean distance from xᵢ to its k-th nearest neighbour among the other x's, νₖ(i) to its
 * k-th nearest y. Consistent for any fixed k as n, m → ∞. Points are scanned in chunks
 * ({@link runPoints}) so a worker can report progress and stop between them.
 * Index: sorted arrays on the line, a k-d tree in the plane.
 */
export class KnnKlEstimator {
  readonly n: number;
  readonly m: number;
  readonly k: number;
  /** dᵢ·log(νₖ(i)/ρₖ(i)) per point of P, filled by {@link runPoints}. */
  readonly terms: Float64Array;
  private readonly px: SampleSet;
  private readonly self1?: Float64Array;
  private readonly other1?: Float64Array;
  private readonly self2?: KdTree2;
  private readonly other2?: KdTree2;
  private doneUpTo = 0;
  private problem: string | null = null;

  /** @throws RangeError if the dimensions differ or k is not a whole number ≥ 1. */
  constructor(p: SampleSet, q: SampleSet, k: number) {
    this.k = k;
    if (p.dimension !== q.dimension) throw new RangeError('P and Q samples differ in dimension');
    if (!Number.isInteger(k) || k < 1) throw new RangeError(`k must be a whole number ≥ 1`);
    this.px = p;
    this.n = sampleCount(p);
    this.m = sampleCount(q);
    this.terms = new Float64Array(this.n);
    if (this.n < k + 1 || this.m < k) {
      this.problem = `needs at least k + 1 = ${k + 1} points from P and k = ${k} from Q (has ${this.n} and ${this.m})`;
      this.doneUpTo = this.n;
      return;
    }
    if (p.dimension === 1) {
      this.self1 = sortedCopy(p.values);
      this.other1 = sortedCopy(q.values);
    } else {
      this.self2 = new KdTree2(p.values);
      this.other2 = new KdTree2(q.values);
    }
  }

  get done(): number {
    return this.doneUpTo;
  }

  /**
   * Computes the terms of the next `count` points (in 2-D in the k-d tree's order, which visits
   * neighbours one after another); returns how many are done.
   */
  runPoints(count: number): number {
    const end = Math.min(this.n, this.doneUpTo + count);
    const { k, terms } = this;
    const v = this.px.values;
    if (this.px.dimension === 1) {
      const self = this.self1!;
      const other = this.other1!;
      for (let i = this.doneUpTo; i < end; i++) {
        const x = v[i]!;
        terms[i] = Math.log(kthDistance1(other, x, k, false) / kthDistance1(self, x, k, true));
      }
    } else {
      const self = this.self2!;
      const other = this.other2!;
      const { xs, ys, ids } = self;
      // Points in the tree's own order, neighbours in space one after another: each search starts
      // from the last one's answer widened by the step between them (exact, see kthDistance2), and
      // walks nodes the last one left in cache. 2–3× fewer nodes visited than in file order.
      let lastX = NaN;
      let lastY = NaN;
      let lastSelf = Infinity;
      let lastOther = Infinity;
      for (let j = this.doneUpTo; j < end; j++) {
        const x = xs[j]!;
        const y = ys[j]!;
        const step = Math.hypot(x - lastX, y - lastY);
        const widen = (r2: number) => {
          const r = Math.sqrt(r2) + step;
          // Rounding can only shrink a bound by a few ulps: widened by 1e-12 it stays a bound.
          return r === r ? r * r * (1 + 1e-12) : Infinity;
        };
        lastOther = other.kthDistance2(x, y, k, -1, widen(lastOther));
        lastSelf = self.kthDistance2(x, y, k, ids[j]!, widen(lastSelf));
        lastX = x;
        lastY = y;
        // d·log(ν/ρ) with d = 2 is log(ν²/ρ²): the squared distances, no square roots.
        terms[ids[j]!] = Math.log(lastOther / lastSelf);
      }
    }
    for (let j = this.doneUpTo; j < end && this.problem === null; j++) {
      const i = this.px.dimension === 1 ? j : this.self2!.ids[j]!;
      if (!Number.isFinite(terms[i]!)) this.problem = repeatProblem(terms[i]!, i, k);
    }
    this.doneUpTo = end;
    return end;
  }

  /** D̂ once every point is done. */
  result(): KnnKlValue {
    if (this.doneUpTo < this.n) this.runPoints(this.n - this.doneUpTo);
    if (this.problem !== null) return { ok: false, reason: this.problem };
    const value = neumaierSum(this.terms) / this.n + Math.log(this.m / (this.n - 1));
    return { ok: true, value, n: this.n, m: this.m, k: this.k };
  }
}

function repeatProblem(term: number, i: number, k: number): string {
  return term > 0 || term !== term
    ? `point ${i + 1} of P has ${k} or more exact copies in P, so its k-th neighbour distance is 0 (repeated values); raise k`
    : `point ${i + 1} of P has ${k} or more exact copies in Q, so its distance to Q is 0 (repeated values); raise k`;
}

/** D̂ in one call (see {@link KnnKlEstimator}). */
export function knnKl(p: SampleSet, q: SampleSet, k: number): KnnKlValue {
  return new KnnKlEstimator(p, q, k).result();
}

/** t quantiles t_{0.975, ν} for ν = 1 … 19 (scipy.stats.t.ppf(0.975, ν)). */
const T975 = [
  12.706204736432095, 4.302652729911275, 3.182446305284263, 2.7764451051977987, 2.5705818366147395,
  2.4469118487916806, 2.3646242510102993, 2.3060041350333704, 2.2621571627409915,
  2.2281388519649385, 2.200985160082949, 2.1788128296634177, 2.1603686564610127, 2.1447866879169273,
  2.131449545559323, 2.1199052992210112, 2.1098155778331806, 2.10092204024096, 2.093024054408263,
];

/** Batches of the interval: each block keeps ≥ 20(k + 1) points, at most 10 blocks. */
export function knnBatchCount(n: number, m: number, k: number): number {
  return Math.min(10, Math.floor(Math.min(n, m) / (20 * (k + 1))));
}

/**
 * The B disjoint blocks of a sample set for the batch-means interval: a seeded shuffle (stream
 * 2000 of `seed`, Fisher–Yates) dealt into B equal blocks, so an uploaded file in sorted order still
 * gives i.i.d.-like blocks. Block b is a SampleSet of ⌊N/B⌋ points.
 */
export function sampleBlocks(
  s: SampleSet,
  blocks: number,
  seed: number,
  stream: number,
): SampleSet[] {
  const count = sampleCount(s);
  const order = new Int32Array(count);
  for (let i = 0; i < count; i++) order[i] = i;
  const rng = xoshiro128ForChunk(seed, 2000 + stream);
  for (let i = count - 1; i > 0; i--) {
    const j = Math.floor(rng.nextUniform() * (i + 1));
    const t = order[i]!;
    order[i] = order[j]!;
    order[j] = t;
  }
  const size = Math.floor(count / blocks);
  const d = s.dimension;
  return Array.from({ length: blocks }, (_, b) => {
    const values = new Float64Array(size * d);
    for (let i = 0; i < size; i++) {
      const src = order[b * size + i]!;
      for (let c = 0; c < d; c++) values[i * d + c] = s.values[src * d + c]!;
    }
    return { dimension: d, values };
  });
}

/**
 * The 95 % interval of D̂ by batch means: the estimator on B disjoint random blocks (n/B of P against
 * m/B of Q) gives B independent values D̂_b; since the estimator's variance falls as 1/n, the full
 * estimate's standard error is sd(D̂_b)/√B, and the interval is D̂ ± t_{0.975, B−1}·sd(D̂_b)/√B.
 * Why not the naive sd(terms)/√n: the terms of neighbouring points share neighbours and are
 * positively correlated, so it is too narrow; why not resampling points with replacement: the copies
 * it makes have distance 0 to each other, which makes log(ν/ρ) infinite.
 * The interval is for the estimator's spread only; its bias (largest for small n and heavy tails) is
 * not included.
 */
export function knnBatchInterval(
  value: number,
  blockValues: readonly number[],
): { lo: number; hi: number; se: number } | null {
  const b = blockValues.length;
  if (b < 2) return null;
  let mean = 0;
  for (const v of blockValues) mean += v / b;
  let ss = 0;
  for (const v of blockValues) ss += (v - mean) * (v - mean);
  const se = Math.sqrt(ss / (b - 1) / b);
  const t = T975[b - 2]!;
  return { lo: value - t * se, hi: value + t * se, se };
}
