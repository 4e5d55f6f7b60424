import { type MeasureValue, exact } from '../divergences/types';
import { xMinusLog1p } from '../numeric/logspace';
import { neumaierSum } from '../numeric/summation';
import { assertTemperature, softmax } from './softmax';

/**
 * KL(P‖Q) = Σ_{k: p_k > 0} p_k (log p_k − log q_k), in nats, from log-probabilities.
 * Conventions (the mathematically correct ones, unlike PyTorch's pointwise rule): a class with
 * p_k = 0 contributes 0 whatever q_k is; q_k = 0 < p_k makes the value +Infinity with a
 * support-mismatch reason naming the first such class. Never NaN for valid distributions; a sum
 * that rounds below 0 is returned as 0 (KL ≥ 0 by Gibbs' inequality).
 * Throws a RangeError if the rows differ in length.
 */
export function categoricalKlFromLogProbs(
  logP: ArrayLike<number>,
  logQ: ArrayLike<number>,
): MeasureValue {
  if (logP.length !== logQ.length) throw new RangeError('P and Q must have the same length');
  const terms: number[] = [];
  for (let k = 0; k < logP.length; k++) {
    const lp = logP[k]!;
    if (lp === -Infinity) continue;
    const lq = logQ[k]!;
    if (lq === -Infinity)
      return exact(Infinity, { code: 'support-mismatch', zeroIn: 'Q', outcome: k });
    terms.push(Math.exp(lp) * (lp - lq));
  }
  return exact(Math.max(0, neumaierSum(terms)));
}

/**
 * KL(softmax(a/T) ‖ softmax(b/T)) in nats, accurate to a few ulps relative even when the two
 * distributions are nearly equal (KL ≈ 1e-15).
 *
 * Why: the direct sum Σ p_k (log p_k − log q_k) adds terms of size |δ| whose total is of size δ²,
 * losing digits as δ → 0. With δ_k = (b_k − a_k)/T and d_k = log p_k − log q_k
 * = log1p(Σ_j p_j expm1(δ_j)) − δ_k, and using Σ q_k = Σ p_k e^{−d_k} = 1,
 *   KL = Σ p_k d_k = Σ p_k (d_k + e^{−d_k} − 1) = Σ p_k · (x_k − log1p(x_k)),  x_k = expm1(−d_k),
 * a sum of non-negative terms computed without cancellation. This path is used when both rows
 * mask (−Infinity) the same classes and max |δ_k| ≤ 1; otherwise the direct sum is used.
 *
 * Edge cases: as {@link categoricalKlFromLogProbs}; an invalid row (all masked, NaN or +Infinity
 * logit) throws a RangeError, since no distribution exists. Throws unless T is finite and > 0.
 */
export function categoricalKlFromLogits(
  a: ArrayLike<number>,
  b: ArrayLike<number>,
  temperature = 1,
): MeasureValue {
  assertTemperature(temperature);
  if (a.length !== b.length) throw new RangeError('logit rows must have the same length');
  const p = softmax(a, temperature);
  const q = softmax(b, temperature);
  if (!p.valid || !q.valid) {
    throw new RangeError(`no distribution: ${p.valid ? 'Q' : 'P'} row is ${p.reason ?? q.reason}`);
  }
  let sameMask = true;
  let maxDelta = 0;
  const delta = new Array<number>(a.length).fill(0);
  for (let k = 0; k < a.length; k++) {
    const maskedA = a[k] === -Infinity;
    if (maskedA !== (b[k] === -Infinity)) sameMask = false;
    else if (!maskedA) {
      delta[k] = (b[k]! - a[k]!) / temperature;
      maxDelta = Math.max(maxDelta, Math.abs(delta[k]!));
    }
  }
  if (!sameMask || maxDelta > 1) return categoricalKlFromLogProbs(p.logProbs, q.logProbs);

  const s = neumaierSum(p.probs.map((pk, k) => pk * Math.expm1(delta[k]!)));
  const c = Math.log1p(s);
  const terms = p.probs.map((pk, k) =>
    pk === 0 ? 0 : pk * xMinusLog1p(Math.expm1(delta[k]! - c)),
  );
  return exact(neumaierSum(terms));
}
