import type { SampleSet } from './knnKl';
import { sampleCount } from './knnKl';

/** Bin counts of two sample sets on one shared grid. */
export interface SharedHistogram {
  readonly dimension: 1 | 2;
  /** Bins per axis. */
  readonly bins: number;
  /** The grid's lower edges and bin widths per axis (x, then y in 2-D). */
  readonly lo: readonly number[];
  readonly width: readonly number[];
  /** Counts per bin (row-major, y outer, in 2-D). */
  readonly p: Float64Array;
  readonly q: Float64Array;
  readonly n: number;
  readonly m: number;
}

/**
 * Counts both sets on `bins` equal bins per axis spanning [min, max] of the two sets together (the
 * top edge belongs to the last bin). A set whose values are all equal on an axis gets width 1 there.
 * @throws RangeError if bins is not a whole number ≥ 1 or the dimensions differ.
 */
export function sharedHistogram(p: SampleSet, q: SampleSet, bins: number): SharedHistogram {
  if (!Number.isInteger(bins) || bins < 1) throw new RangeError(`bins must be a whole number ≥ 1`);
  if (p.dimension !== q.dimension) throw new RangeError('P and Q samples differ in dimension');
  const d = p.dimension;
  const lo: number[] = [];
  const width: number[] = [];
  for (let a = 0; a < d; a++) {
    let min = Infinity;
    let max = -Infinity;
    for (const s of [p, q])
      for (let i = a; i < s.values.length; i += d) {
        const v = s.values[i]!;
        if (v < min) min = v;
        if (v > max) max = v;
      }
    lo.push(min);
    width.push(max > min ? (max - min) / bins : 1);
  }
  const count = (s: SampleSet) => {
    const c = new Float64Array(d === 1 ? bins : bins * bins);
    const N = sampleCount(s);
    for (let i = 0; i < N; i++) {
      let cell = 0;
      for (let a = d - 1; a >= 0; a--) {
        const b = Math.min(bins - 1, Math.floor((s.values[i * d + a]! - lo[a]!) / width[a]!));
        cell = cell * bins + b;
      }
      c[cell]!++;
    }
    return c;
  };
  return {
    dimension: d,
    bins,
    lo,
    width,
    p: count(p),
    q: count(q),
    n: sampleCount(p),
    m: sampleCount(q),
  };
}

export type HistogramKlValue =
  | {
      readonly finite: true;
      /** Σ_b p̂_b log(p̂_b/q̂_b), nats, p̂_b = (P's count in b)/n, q̂_b likewise over m. */
      readonly value: number;
      /** Delta-method 95 % interval of the binned divergence (see {@link histogramKl}). */
      readonly lo: number;
      readonly hi: number;
    }
  | {
      readonly finite: false;
      readonly value: number;
      /** Bins (0-based, row-major) with P-mass and no Q-mass. */
      readonly emptyQBins: number[];
    };

/**
 * The plug-in estimate of KL(P‖Q) on a histogram: D̂ = Σ_b p̂_b log(p̂_b/q̂_b). It estimates the
 * divergence of the binned distributions, which the data-processing inequality puts at or below the
 * true KL(P‖Q); wider bins lose more. +∞ when a bin has P-mass and no Q-mass (the bins are listed).
 * Its 95 % interval is D̂ ± 1.96·√V, by the delta method on the two multinomials
 * (∂D/∂p_b = log(p_b/q_b) + 1, ∂D/∂q_b = −p_b/q_b):
 *   V = [Σ p̂ log²(p̂/q̂) − D̂²]/n + [Σ p̂²/q̂ − 1]/m.
 */
export function histogramKl(h: SharedHistogram): HistogramKlValue {
  const empty: number[] = [];
  let d = 0;
  let s2 = 0;
  let r2 = 0;
  for (let b = 0; b < h.p.length; b++) {
    const pb = h.p[b]! / h.n;
    if (pb === 0) continue;
    const qb = h.q[b]! / h.m;
    if (qb === 0) {
      empty.push(b);
      continue;
    }
    const l = Math.log(pb / qb);
    d += pb * l;
    s2 += pb * l * l;
    r2 += (pb * pb) / qb;
  }
  if (empty.length > 0) return { finite: false, value: Infinity, emptyQBins: empty };
  const v = Math.max(0, s2 - d * d) / h.n + Math.max(0, r2 - 1) / h.m;
  const half = 1.959963984540054 * Math.sqrt(v);
  return { finite: true, value: d, lo: d - half, hi: d + half };
}
