import type { IntegerSpec } from '../distributions/types';
import { closedFormsOf, integerFamily } from '../families/registry';
import { integerMeasures, type IntegerDistribution } from '../families/math/integerSums';
import { exactOrBeyond, type MeasureSet, type MeasureValue } from './types';

/** The tail mass each side of the bars leaves out, per distribution. */
export const BAR_TAIL = 1e-6;
/** A coarser window, tried when the 1e-6 one holds more bars than the charts show. */
const COARSE_TAIL = 1e-3;

/** The outcomes a pair of counts' charts show: from `first`, `count` bars; `capped` if cut short. */
export interface IntegerWindow {
  readonly first: number;
  readonly count: number;
  readonly capped: boolean;
}

/**
 * The bars that carry the mass: from the smaller of P's and Q's `tail` quantile to the larger of
 * their 1 − `tail` quantiles. Wider than `maxBars`, the window is recomputed with 1e-3 tails, and
 * if still too wide cut to its middle `maxBars` bars (the measures are summed over every outcome
 * regardless).
 */
export function integerWindow(p: IntegerSpec, q: IntegerSpec, maxBars: number): IntegerWindow {
  const range = (tail: number) => {
    const fp = integerFamily(p);
    const fq = integerFamily(q);
    const lo = Math.min(fp.quantile(p, tail), fq.quantile(q, tail));
    const hi = Math.max(fp.quantile(p, 1 - tail), fq.quantile(q, 1 - tail));
    return { lo, hi };
  };
  let { lo, hi } = range(BAR_TAIL);
  if (hi - lo + 1 > maxBars) ({ lo, hi } = range(COARSE_TAIL));
  if (hi - lo + 1 <= maxBars) return { first: lo, count: hi - lo + 1, capped: false };
  // Both modes sit inside the coarse window; its middle bars show where P and Q differ most.
  return { first: Math.floor((lo + hi + 1 - maxBars) / 2), count: maxBars, capped: true };
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
): {
  readonly measures: MeasureSet;
  readonly view: {
    readonly p: Float64Array;
    readonly q: Float64Array;
    readonly contributionsPQ: Float64Array;
    readonly contributionsQP: Float64Array;
    readonly integers: { readonly first: number; readonly capped: boolean };
  };
} {
  const dp: IntegerDistribution = integerFamily(p).integerDistribution(p);
  const dq: IntegerDistribution = integerFamily(q).integerDistribution(q);
  const w = integerWindow(p, q, maxBars);
  const probsP = new Float64Array(w.count);
  const probsQ = new Float64Array(w.count);
  const pq = new Float64Array(w.count);
  const qp = new Float64Array(w.count);
  for (let i = 0; i < w.count; i++) {
    const lp = dp.logPmf(w.first + i);
    const lq = dq.logPmf(w.first + i);
    probsP[i] = Math.exp(lp);
    probsQ[i] = Math.exp(lq);
    pq[i] = signedTerm(lp, lq);
    qp[i] = signedTerm(lq, lp);
  }
  return {
    measures: withClosedForms(p, q, integerMeasures(dp, dq)),
    view: {
      p: probsP,
      q: probsQ,
      contributionsPQ: pq,
      contributionsQP: qp,
      integers: { first: w.first, capped: w.capped },
    },
  };
}

/** d's probabilities over a window's outcomes (for the Monte Carlo lab's frequency chart). */
export function windowProbabilities(d: IntegerSpec, w: IntegerWindow): Float64Array {
  const dd = integerFamily(d).integerDistribution(d);
  return Float64Array.from({ length: w.count }, (_, i) => Math.exp(dd.logPmf(w.first + i)));
}

/**
 * Where the pair's families have a closed-form KL (Pois–Pois), it replaces the sum in both
 * directions (exact, error 0), and the symmetric KL follows; a sum found infinite (support
 * mismatch) keeps its reason.
 */
function withClosedForms(p: IntegerSpec, q: IntegerSpec, m: MeasureSet): MeasureSet {
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
  return { ...m, klPQ, klQP, symKl };
}
