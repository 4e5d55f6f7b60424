import type { DiscreteDistribution } from '../distributions/discrete';
import { CompensatedSum } from '../numeric/summation';
import { logSumExp } from '../numeric/logspace';
import { RENYI_DEFAULT_ORDER } from '../measures/renyiOrder';
import { POINTWISE, type IntegratedKey } from '../measures/table';
import { completeMeasureSet } from './measureSet';
import { renyiFromGap, renyiGapTerm, renyiOrder } from './renyiTerms';
import { exact, type MeasureSet, type MeasureValue } from './types';

/** Index of the first outcome with A > 0 and B = 0, or −1. */
function firstSupportMismatch(a: Float64Array, b: Float64Array): number {
  for (let k = 0; k < a.length; k++) if (a[k]! > 0 && b[k] === 0) return k;
  return -1;
}

/** The first outcome where P has mass Q lacks (and the reverse), or −1: the support mismatches. */
const mismatchAt = (
  m: (typeof POINTWISE)[number],
  p: DiscreteDistribution,
  q: DiscreteDistribution,
) =>
  m.infiniteWhere === 'P-beyond-Q'
    ? firstSupportMismatch(p.probs, q.probs)
    : m.infiniteWhere === 'Q-beyond-P'
      ? firstSupportMismatch(q.probs, p.probs)
      : -1;

/**
 * The given pointwise measures of the table (core/measures/table.ts), each as a sum over the K
 * outcomes, with Neumaier compensation, of its `sumTerm` (else `term`), clamped into its range: e.g.
 * KL(P‖Q) = Σ p_k log(p_k/q_k) summed as the non-negative terms p log(p/q) − p + q, exact to a few
 * ulps also for P ≈ Q. Conventions: 0·log(0/q) = 0; a measure infinite where P has mass Q lacks
 * (`infiniteWhere`) is +Infinity at the first outcome with p_k > 0 = q_k (zeroIn 'Q'; the reverse
 * likewise). One pass over the outcomes for all of them.
 */
function sumMeasures(
  measures: readonly (typeof POINTWISE)[number][],
  p: DiscreteDistribution,
  q: DiscreteDistribution,
): Record<IntegratedKey, MeasureValue> {
  const out = {} as Record<IntegratedKey, MeasureValue>;
  const summed: (typeof POINTWISE)[number][] = [];
  for (const m of measures) {
    const at = mismatchAt(m, p, q);
    if (at < 0) summed.push(m);
    else
      out[m.key] = exact(Infinity, {
        code: 'support-mismatch',
        zeroIn: m.infiniteWhere === 'P-beyond-Q' ? 'Q' : 'P',
        outcome: at,
      });
  }
  const terms = summed.map((m) => m.sumTerm ?? m.term);
  const n = terms.length;
  const sum = new Float64Array(n);
  const compensation = new Float64Array(n);
  const { probs: pp, logProbs: lp } = p;
  const { probs: qq, logProbs: lq } = q;
  for (let k = 0; k < pp.length; k++) {
    const pk = pp[k]!;
    const qk = qq[k]!;
    if (!(pk > 0 || qk > 0)) continue;
    // ln(p + q) by one log: a sum of probabilities underflows only where both are 0.
    const lpq = Math.log(pk + qk);
    for (let i = 0; i < n; i++) {
      const x = terms[i]!(lp[k]!, pk, lq[k]!, qk, lpq);
      const s = sum[i]!;
      const t = s + x;
      compensation[i] = compensation[i]! + (Math.abs(s) >= Math.abs(x) ? s - t + x : x - t + s);
      sum[i] = t;
    }
  }
  summed.forEach((m, i) => {
    const total = Number.isFinite(sum[i]!) ? sum[i]! + compensation[i]! : sum[i]!;
    out[m.key] = exact(Math.min(m.max, Math.max(m.min, total)));
  });
  return out;
}

const KL_PQ = POINTWISE.filter((m) => m.key === 'klPQ');

/** KL(P‖Q) in nats ({@link sumMeasures}), which D₁ is. */
const klDiscrete = (p: DiscreteDistribution, q: DiscreteDistribution): MeasureValue =>
  sumMeasures(KL_PQ, p, q).klPQ;

/**
 * Signed per-outcome contributions for plots: p_k·log(p_k/q_k) (these sum to KL(P‖Q)) and
 * q_k·log(q_k/p_k). A term is 0 where its weight is 0 and +Infinity where the other side is 0.
 */
export function klContributionsDiscrete(
  p: DiscreteDistribution,
  q: DiscreteDistribution,
): { readonly pq: Float64Array; readonly qp: Float64Array } {
  const n = p.probs.length;
  const pq = new Float64Array(n);
  const qp = new Float64Array(n);
  for (let k = 0; k < n; k++) {
    pq[k] = signedTerm(p.probs[k]!, q.probs[k]!, p.logProbs[k]!, q.logProbs[k]!);
    qp[k] = signedTerm(q.probs[k]!, p.probs[k]!, q.logProbs[k]!, p.logProbs[k]!);
  }
  return { pq, qp };
}

function signedTerm(a: number, b: number, logA: number, logB: number): number {
  if (a === 0) return 0;
  if (b === 0) return Infinity;
  // log(a/b) = log1p((a − b)/b) keeps digits when a ≈ b.
  const x = (a - b) / b;
  return a * (x > -0.5 && x < 1 ? Math.log1p(x) : logA - logB);
}

/**
 * Rényi divergence of order α, D_α(P‖Q) = ln(Σ p_k^α q_k^(1−α))/(α − 1), in nats (renyiTerms.ts:
 * through the gap Σ[αp + (1−α)q − p^α q^(1−α)] while it is at most ½, else ln Σ by logsumexp).
 * α = 1 is KL(P‖Q). α > 1 with some q_k = 0 < p_k is +∞ (support mismatch, zeroIn 'Q', the first
 * such outcome); α < 1 is finite unless P and Q share no outcome (+∞, the first outcome of P).
 * @throws RangeError for α ≤ 0 or NaN.
 */
export function renyiDiscrete(
  p: DiscreteDistribution,
  q: DiscreteDistribution,
  alpha: number,
): MeasureValue {
  if (!(alpha > 0)) throw new RangeError(`Rényi order must be > 0, got ${alpha}`);
  if (alpha === 1) return klDiscrete(p, q);
  const mismatch = firstSupportMismatch(p.probs, q.probs);
  if (alpha > 1 && mismatch >= 0)
    return exact(Infinity, { code: 'support-mismatch', zeroIn: 'Q', outcome: mismatch });
  const r = renyiOrder(alpha);
  const gap = new CompensatedSum();
  const logTerms: number[] = [];
  for (let k = 0; k < p.probs.length; k++) {
    const [pk, qk, lp, lq] = [p.probs[k]!, q.probs[k]!, p.logProbs[k]!, q.logProbs[k]!];
    gap.add(renyiGapTerm(lp, pk, lq, qk, r));
    if (pk > 0 && qk > 0) logTerms.push(alpha * lp + r.t * lq);
  }
  const first = p.probs.findIndex((x) => x > 0);
  const value = renyiFromGap(
    gap.value,
    0,
    logTerms.length ? logSumExp(logTerms) : -Infinity,
    0,
    r,
    'closed-form',
    { code: 'support-mismatch', zeroIn: 'Q', outcome: first },
  );
  return value.reason ? value : exact(value.value);
}

/**
 * Every measure of two discrete distributions over the same K outcomes, each pointwise measure of
 * the table summed by {@link sumMeasures}; D_α at `order`.
 */
export function discreteMeasures(
  p: DiscreteDistribution,
  q: DiscreteDistribution,
  order: number = RENYI_DEFAULT_ORDER,
): MeasureSet {
  return completeMeasureSet(sumMeasures(POINTWISE, p, q), renyiDiscrete(p, q, order));
}
