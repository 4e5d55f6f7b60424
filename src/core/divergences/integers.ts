import type { IntegerSpec } from '../distributions/types';
import { closedFormsOf, integerFamily } from '../families/registry';
import { integerMeasures, type IntegerDistribution } from '../families/math/integerSums';
import { RENYI_DEFAULT_ORDER } from '../measures/renyiOrder';
import { exactOrBeyond, type MeasureSet, type MeasureValue } from './types';

/** The tail mass each side of the bars leaves out, per distribution. */
export const BAR_TAIL = 1e-6;
/** A coarser window, tried when the 1e-6 one holds more bars than the charts show. */
const COARSE_TAIL = 1e-3;

/** Consecutive outcomes first, first + 1, …, first + count − 1. */
export interface IntegerRun {
  readonly first: number;
  readonly count: number;
}

/**
 * The outcomes a pair of counts' charts show: one run, or two (P's and Q's) when their masses lie
 * far apart (Pois(3) against Pois(300)); `capped` if cut short of the tails below.
 */
export interface IntegerWindow {
  readonly runs: readonly IntegerRun[];
  readonly capped: boolean;
}

/** Every outcome of a window, in order. */
export const windowOutcomes = (w: IntegerWindow): number[] =>
  w.runs.flatMap((r) => Array.from({ length: r.count }, (_, i) => r.first + i));

const run = (lo: number, hi: number): IntegerRun => ({ first: lo, count: hi - lo + 1 });

/** The middle `count` outcomes of [lo, hi]. */
const middle = (lo: number, hi: number, count: number): IntegerRun => ({
  first: Math.floor((lo + hi + 1 - count) / 2),
  count,
});

/**
 * The bars that carry the mass, tried in this order until one fits in `maxBars`: from the smaller of
 * P's and Q's `tail` quantile to the larger of their 1 − `tail` quantiles, with 1e-6 tails; P's and
 * Q's own ranges as two runs when they do not meet (a gap between them holds less than the tail of
 * either); the same with 1e-3 tails. Still too wide, two runs are shared out with the longer one cut
 * to its middle, and one run is cut to its middle (the measures are summed over every outcome
 * regardless).
 */
export function integerWindow(p: IntegerSpec, q: IntegerSpec, maxBars: number): IntegerWindow {
  const ranges = (tail: number) => {
    const own = (d: IntegerSpec) => {
      const f = integerFamily(d);
      return [f.quantile(d, tail), f.quantile(d, 1 - tail)] as const;
    };
    const [a, b] = [own(p), own(q)].sort((x, y) => x[0] - y[0]) as [
      readonly [number, number],
      readonly [number, number],
    ];
    return {
      lo: a[0],
      hi: Math.max(a[1], b[1]),
      apart: b[0] > a[1] + 1 ? ([a, b] as const) : null,
    };
  };
  const fine = ranges(BAR_TAIL);
  const coarse = ranges(COARSE_TAIL);
  for (const r of [fine, coarse]) {
    if (r.hi - r.lo + 1 <= maxBars) return { runs: [run(r.lo, r.hi)], capped: false };
    if (r.apart) {
      const [[a0, a1], [b0, b1]] = r.apart;
      if (a1 - a0 + 1 + (b1 - b0 + 1) <= maxBars)
        return { runs: [run(a0, a1), run(b0, b1)], capped: false };
    }
  }
  if (coarse.apart) {
    const [[a0, a1], [b0, b1]] = coarse.apart;
    const [na, nb] = [a1 - a0 + 1, b1 - b0 + 1];
    // The shorter run whole (up to half the bars), the longer one's middle in the rest.
    const keepA =
      na <= nb
        ? Math.min(na, Math.floor(maxBars / 2))
        : maxBars - Math.min(nb, Math.floor(maxBars / 2));
    return { runs: [middle(a0, a1, keepA), middle(b0, b1, maxBars - keepA)], capped: true };
  }
  // Both modes sit inside the coarse window; its middle bars show where P and Q differ most.
  return { runs: [middle(coarse.lo, coarse.hi, maxBars)], capped: true };
}

/** a·ln(a/b) with 0·ln(0/b) = 0 and a > 0 = b giving +∞, from the log-pmfs. */
function signedTerm(logA: number, logB: number): number {
  if (logA === -Infinity) return 0;
  if (logB === -Infinity) return Infinity;
  return Math.exp(logA) * (logA - logB);
}

/**
 * Every measure of two count distributions (summed to a proven tail bound by `integerMeasures`,
 * the bound being each value's error estimate) and the charts' data over {@link integerWindow}.
 */
export function integerPairAnalysis(
  p: IntegerSpec,
  q: IntegerSpec,
  maxBars: number,
  order: number = RENYI_DEFAULT_ORDER,
): {
  readonly measures: MeasureSet;
  readonly view: {
    readonly p: Float64Array;
    readonly q: Float64Array;
    readonly contributionsPQ: Float64Array;
    readonly contributionsQP: Float64Array;
    readonly integers: IntegerWindow;
  };
} {
  const dp: IntegerDistribution = integerFamily(p).integerDistribution(p);
  const dq: IntegerDistribution = integerFamily(q).integerDistribution(q);
  const w = integerWindow(p, q, maxBars);
  const outcomes = windowOutcomes(w);
  const n = outcomes.length;
  const probsP = new Float64Array(n);
  const probsQ = new Float64Array(n);
  const pq = new Float64Array(n);
  const qp = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const lp = dp.logPmf(outcomes[i]!);
    const lq = dq.logPmf(outcomes[i]!);
    probsP[i] = Math.exp(lp);
    probsQ[i] = Math.exp(lq);
    pq[i] = signedTerm(lp, lq);
    qp[i] = signedTerm(lq, lp);
  }
  return {
    measures: withClosedForms(p, q, integerMeasures(dp, dq, order), order),
    view: {
      p: probsP,
      q: probsQ,
      contributionsPQ: pq,
      contributionsQP: qp,
      integers: w,
    },
  };
}

/** d's probabilities over a window's outcomes (for the Monte Carlo lab's frequency chart). */
export function windowProbabilities(d: IntegerSpec, w: IntegerWindow): Float64Array {
  const dd = integerFamily(d).integerDistribution(d);
  return Float64Array.from(windowOutcomes(w), (k) => Math.exp(dd.logPmf(k)));
}

/**
 * Where the pair's families have a closed-form KL (Pois–Pois), it replaces the sum in both
 * directions (exact, error 0), and the symmetric KL follows; a sum found infinite (support
 * mismatch) keeps its reason.
 */
function withClosedForms(p: IntegerSpec, q: IntegerSpec, m: MeasureSet, order: number): MeasureSet {
  const pq = closedFormsOf(p, q);
  const qp = closedFormsOf(q, p);
  if (!pq && !qp) return m;
  const closed = (summed: MeasureValue, kl: number | undefined): MeasureValue =>
    summed.reason || kl === undefined ? summed : exactOrBeyond(kl);
  const klPQ = closed(m.klPQ, pq?.kl(p, q));
  const klQP = closed(m.klQP, qp?.kl(q, p));
  const symKl: MeasureValue =
    m.symKl.reason !== undefined
      ? m.symKl
      : { ...exactOrBeyond(klPQ.value + klQP.value), error: klPQ.error + klQP.error };
  // D₁ is KL(P‖Q): the same number as its readout.
  return { ...m, klPQ, klQP, symKl, renyi: order === 1 ? klPQ : m.renyi };
}
