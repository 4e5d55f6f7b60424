import type { Distribution, MixtureComponent } from '../distributions/types';
import {
  asGaussian1,
  asGaussian2,
  closedFormsOf,
  familyOf,
  gaussianComponents1,
  gaussianComponents2,
  isContinuous1,
  isGaussianMixture1,
  isContinuous2,
} from '../families/registry';
import {
  hellingerNormal,
  hellingerNormal2,
  renyiNormal,
  renyiNormal2,
  totalVariationNormalEqualSigma,
} from '../families/math/fDivergences';
import {
  renyiOnly as renyiOnlyPlaceholders,
  type ClosedValues,
} from '../quadrature/measureIntegrands';
import { exactOrBeyond, type MeasureSet, type MeasureValue } from './types';
import { logSumExp } from '../numeric/logspace';
import { mixtureLogWeights } from '../distributions/density';
import { nats } from '../units';

/** The measures a quadrature may be spared: the ones some families give in closed form. */
export type ClosedMeasures = ClosedValues;

/**
 * Every measure of (P, Q) that the families' closed forms give (exact, or +Infinity with the reason
 * 'beyond-double' where the formula overflowed): the entropy of each that has one, and KL in each
 * direction and H(P, Q) where P's family lists a closed form against Q's (`closedForms`). Two
 * Normals (1-D or 2-D) also give H² and D_α of order `order` in closed form (math/fDivergences.ts;
 * D_α = ∞ with 'divergent-integral' where Σ_α is not positive definite), and TV when 1-D with equal
 * σ. The rest is left for quadrature or summation. With `renyiOnly`, every other integrated
 * measure is marked as not needed (measureIntegrands' `renyiOnly` placeholders, which win over a
 * closed form), for a caller that wants D_α alone.
 */
export function closedMeasures(
  p: Distribution,
  q: Distribution,
  order: number,
  renyiOnly = false,
): ClosedMeasures {
  const closed = closedForms(p, q, order);
  return renyiOnly ? { ...closed, ...renyiOnlyPlaceholders(order) } : closed;
}

function closedForms(p: Distribution, q: Distribution, order: number): ClosedMeasures {
  const closed: ClosedMeasures = {};
  const mp = familyOf(p);
  const mq = familyOf(q);
  if (mp.entropy) closed.hP = exactOrBeyond(mp.entropy(p));
  if (mq.entropy) closed.hQ = exactOrBeyond(mq.entropy(q));
  const pq = closedFormsOf(p, q);
  const qp = closedFormsOf(q, p);
  if (pq) closed.klPQ = exactOrBeyond(pq.kl(p, q));
  if (qp) closed.klQP = exactOrBeyond(qp.kl(q, p));
  if (pq?.crossEntropy) closed.cePQ = exactOrBeyond(pq.crossEntropy(p, q));
  if (isContinuous1(p) && isContinuous1(q)) {
    const [np, nq] = [asGaussian1(p), asGaussian1(q)];
    if (np && nq) {
      closed.hellinger = hellingerNormal(np, nq);
      if (order !== 1) closed.renyi = renyiNormal(np, nq, order);
      const tv = totalVariationNormalEqualSigma(np, nq);
      if (tv) closed.tv = tv;
    }
  }
  if (isContinuous2(p) && isContinuous2(q)) {
    const [np, nq] = [asGaussian2(p), asGaussian2(q)];
    if (np && nq) {
      const h = hellingerNormal2(np, nq);
      if (h) closed.hellinger = h;
      const r = order === 1 ? undefined : renyiNormal2(np, nq, order);
      if (r) closed.renyi = r;
    }
  }
  return closed;
}

/**
 * D_α(P‖Q) for α < 1 between two Gaussian mixtures from their components alone, for pairs whose
 * overlap lies where the quadrature does not reach (components tens of σ apart, I below its
 * tolerance): with terms Tᵢⱼ = α ln wᵢ + (1 − α) ln vⱼ + ln Iᵢⱼ, Iᵢⱼ = ∫pᵢ^α qⱼ^(1−α) in closed
 * form, max Tᵢⱼ ≤ ln I ≤ logsumexp Tᵢⱼ ((a + b)^α ≤ a^α + b^α for the upper bound, one term for the
 * lower). The midpoint is reported with half the bracket, at most ln(#pairs)/(2(1 − α)), as its
 * error. Undefined for α ≥ 1 or a family that is not a Gaussian mixture.
 */
function renyiMixtureBracket(
  p: Distribution,
  q: Distribution,
  alpha: number,
): MeasureValue | undefined {
  if (!(alpha > 0 && alpha < 1)) return undefined;
  const pairs = componentPairs(p, q, alpha);
  if (!pairs) return undefined;
  const terms = pairs.filter(Number.isFinite);
  if (terms.length === 0) return undefined;
  const lower = Math.max(...terms);
  const upper = logSumExp(terms);
  const t = 1 - alpha;
  const [dLow, dHigh] = [-upper / t, -lower / t];
  return {
    value: nats(Math.max(0, (dLow + dHigh) / 2)),
    error: (dHigh - dLow) / 2,
    method: 'quadrature',
  };
}

/** The bracket's terms Tᵢⱼ for two Gaussian mixtures (1-D or 2-D), undefined for any other pair. */
function componentPairs(p: Distribution, q: Distribution, alpha: number): number[] | undefined {
  if (isContinuous1(p) && isContinuous1(q)) {
    if (!isGaussianMixture1(p) || !isGaussianMixture1(q)) return undefined;
    return pairTerms(gaussianComponents1(p), gaussianComponents1(q), alpha, renyiNormal);
  }
  if (isContinuous2(p) && isContinuous2(q))
    return pairTerms(gaussianComponents2(p), gaussianComponents2(q), alpha, renyiNormal2);
  return undefined;
}

/**
 * α ln wᵢ + (1 − α) ln vⱼ + ln Iᵢⱼ for every component pair, ln Iᵢⱼ = −(1 − α)·D_α(pᵢ‖qⱼ);
 * undefined if a pair's D_α has no closed value (then logsumexp would not bound ln I from above).
 */
function pairTerms<C>(
  cp: readonly MixtureComponent<C>[],
  cq: readonly MixtureComponent<C>[],
  alpha: number,
  renyi: (a: C, b: C, alpha: number) => MeasureValue | undefined,
): number[] | undefined {
  const t = 1 - alpha;
  const [wp, wq] = [mixtureLogWeights(cp), mixtureLogWeights(cq)];
  const out: number[] = [];
  for (const [i, a] of cp.entries())
    for (const [j, b] of cq.entries()) {
      const d = renyi(a.component, b.component, alpha);
      if (!d) return undefined;
      out.push(alpha * wp[i]! + t * wq[j]! - t * d.value);
    }
  return out;
}

/**
 * `set` with its D_α replaced by {@link renyiMixtureBracket} where that is tighter: the quadrature
 * found no overlap (I below its reach, reported +∞) or its error estimate is wider than the bracket.
 */
export function withRenyiBracket(
  set: MeasureSet,
  p: Distribution,
  q: Distribution,
  alpha: number,
): MeasureSet {
  const r = set.renyi;
  // For α < 1, ∫p^α q^(1−α) is at most 1 and positive for Gaussian mixtures: an infinite D_α there,
  // whatever reason the quadrature gave (I underflowed far from both), is the bracket's to replace.
  const belowReach = r.reason && (r.reason.code === 'support-mismatch' || alpha < 1);
  if (r.method === 'closed-form' || (r.reason && !belowReach)) return set;
  const bracket = renyiMixtureBracket(p, q, alpha);
  if (!bracket || !(r.reason || bracket.error < r.error)) return set;
  return { ...set, renyi: bracket };
}
