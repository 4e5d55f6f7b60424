import type { DiscreteDistribution } from '../distributions/discrete';
import { xMinusLog1p } from '../numeric/logspace';
import { CompensatedSum } from '../numeric/summation';
import { logSumExp } from '../numeric/logspace';
import { RENYI_DEFAULT_ORDER } from '../measures/renyiOrder';
import { renyiFromGap, renyiGapTerm, renyiOrder } from './renyiTerms';
import { exact, type MeasureSet, type MeasureValue } from './types';

/**
 * One category's share of KL(P‖Q), written as p·log(p/q) − p + q, which is ≥ 0 term by term
 * (Σ(q − p) = 0, so the sum is still KL). Summing non-negative terms means nothing cancels when
 * P ≈ Q, where the textbook terms ±p·log(p/q) would lose most of their digits.
 * With x = (q − p)/p the term is p·(x − log(1 + x)); near x = 0 that needs the series in
 * {@link xMinusLog1p}, and q − p is exact there (Sterbenz), so the term keeps full relative accuracy.
 */
function klTermNonNegative(p: number, q: number, logP: number, logQ: number): number {
  if (p === 0) return q;
  if (q === 0) return Infinity;
  const x = (q - p) / p;
  if (x > -0.5 && x < 1) return p * xMinusLog1p(x);
  return p * (logP - logQ) - p + q;
}

/** Index of the first outcome with P > 0 and Q = 0, or −1. */
function firstSupportMismatch(p: Float64Array, q: Float64Array): number {
  for (let k = 0; k < p.length; k++) if (p[k]! > 0 && q[k] === 0) return k;
  return -1;
}

/**
 * KL(P‖Q) = Σ_k p_k log(p_k/q_k), in nats.
 * Conventions: 0·log(0/q) = 0; p_k > 0 with q_k = 0 gives +Infinity, with the first such outcome
 * as the reason (zeroIn 'Q'). Exact to a few ulps, also for P ≈ Q (see klTermNonNegative).
 */
export function klDiscrete(p: DiscreteDistribution, q: DiscreteDistribution): MeasureValue {
  const mismatch = firstSupportMismatch(p.probs, q.probs);
  if (mismatch >= 0)
    return exact(Infinity, { code: 'support-mismatch', zeroIn: 'Q', outcome: mismatch });
  const sum = new CompensatedSum();
  for (let k = 0; k < p.probs.length; k++) {
    sum.add(klTermNonNegative(p.probs[k]!, q.probs[k]!, p.logProbs[k]!, q.logProbs[k]!));
  }
  return exact(Math.max(0, sum.value));
}

/** Shannon entropy H(P) = −Σ p_k log p_k ≥ 0, in nats (0·log 0 = 0). */
export function entropyDiscrete(p: DiscreteDistribution): MeasureValue {
  const sum = new CompensatedSum();
  for (let k = 0; k < p.probs.length; k++)
    if (p.probs[k]! > 0) sum.add(-p.probs[k]! * p.logProbs[k]!);
  return exact(Math.max(0, sum.value));
}

/**
 * Cross-entropy H(P, Q) = −Σ p_k log q_k, in nats. Computed as H(P) + KL(P‖Q), which is the same
 * number but keeps KL's accuracy when P ≈ Q. +Infinity (zeroIn 'Q') on a support mismatch.
 */
export function crossEntropyDiscrete(
  p: DiscreteDistribution,
  q: DiscreteDistribution,
): MeasureValue {
  const kl = klDiscrete(p, q);
  if (kl.reason) return kl;
  return exact(entropyDiscrete(p).value + kl.value);
}

/**
 * Jensen–Shannon divergence JS(P‖Q) = ½KL(P‖M) + ½KL(Q‖M), M = ½(P + Q), in nats; always finite
 * and in [0, ln 2] (M is positive wherever P or Q is). log m_k = logaddexp(log p_k, log q_k) − ln 2.
 */
export function jsDiscrete(p: DiscreteDistribution, q: DiscreteDistribution): MeasureValue {
  const sum = new CompensatedSum();
  for (let k = 0; k < p.probs.length; k++) {
    const pk = p.probs[k]!;
    const qk = q.probs[k]!;
    const m = 0.5 * pk + 0.5 * qk;
    if (m === 0) continue;
    const logM = Math.log(m);
    sum.add(0.5 * klTermNonNegative(pk, m, p.logProbs[k]!, logM));
    sum.add(0.5 * klTermNonNegative(qk, m, q.logProbs[k]!, logM));
  }
  return exact(Math.min(Math.LN2, Math.max(0, sum.value)));
}

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

/** Total variation TV(P, Q) = ½Σ|p_k − q_k|, unitless, in [0, 1]; symmetric. */
function tvDiscrete(p: DiscreteDistribution, q: DiscreteDistribution): MeasureValue {
  const sum = new CompensatedSum();
  for (let k = 0; k < p.probs.length; k++) sum.add(0.5 * Math.abs(p.probs[k]! - q.probs[k]!));
  return exact(Math.min(1, Math.max(0, sum.value)));
}

/**
 * Squared Hellinger distance H² = 1 − Σ√(p_k q_k), summed as ½Σ(√p_k − √q_k)² (non-negative terms,
 * so P ≈ Q keeps its digits); unitless, in [0, 1]; symmetric.
 */
function hellingerDiscrete(p: DiscreteDistribution, q: DiscreteDistribution): MeasureValue {
  const sum = new CompensatedSum();
  for (let k = 0; k < p.probs.length; k++) {
    const d = Math.sqrt(p.probs[k]!) - Math.sqrt(q.probs[k]!);
    sum.add(0.5 * d * d);
  }
  return exact(Math.min(1, Math.max(0, sum.value)));
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

/** Every measure of two discrete distributions over the same K outcomes; D_α at `order`. */
export function discreteMeasures(
  p: DiscreteDistribution,
  q: DiscreteDistribution,
  order: number = RENYI_DEFAULT_ORDER,
): MeasureSet {
  const klPQ = klDiscrete(p, q);
  const klQPRaw = klDiscrete(q, p);
  const klQP: MeasureValue =
    klQPRaw.reason?.code === 'support-mismatch'
      ? { ...klQPRaw, reason: { ...klQPRaw.reason, zeroIn: 'P' } }
      : klQPRaw;
  const symKl = klPQ.reason ? klPQ : klQP.reason ? klQP : exact(klPQ.value + klQP.value);
  return {
    klPQ,
    klQP,
    js: jsDiscrete(p, q),
    symKl,
    cePQ: crossEntropyDiscrete(p, q),
    hP: entropyDiscrete(p),
    hQ: entropyDiscrete(q),
    tv: tvDiscrete(p, q),
    hellinger: hellingerDiscrete(p, q),
    renyi: renyiDiscrete(p, q, order),
  };
}
