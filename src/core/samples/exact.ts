import { closedFormsOf } from '../families/registry';
import type { Continuous1Spec, Continuous2Spec } from '../distributions/types';
import { continuous1Measures } from '../divergences/continuous1';
import { continuous2Measures } from '../divergences/continuous2';

/** KL(P‖Q) and the cross-entropy H(P, Q) = H(P) + KL(P‖Q), nats, from the core's divergences. */
export interface ExactPair {
  readonly kl: number;
  readonly crossEntropy: number;
}

/**
 * Exact KL(P‖Q) and H(P, Q) for 1-D specs: the families' closed forms where they have them (cheap
 * enough to call at every point of a convergence trace), else the explorer's own quadrature.
 */
export function exactPair1(p: Continuous1Spec, q: Continuous1Spec): ExactPair {
  const closed = closedFormsOf(p, q);
  if (closed?.crossEntropy) return { kl: closed.kl(p, q), crossEntropy: closed.crossEntropy(p, q) };
  const m = continuous1Measures(p, q);
  return { kl: m.klPQ.value, crossEntropy: m.cePQ.value };
}

/** The 2-D form of {@link exactPair1}. */
export function exactPair2(p: Continuous2Spec, q: Continuous2Spec): ExactPair {
  const closed = closedFormsOf(p, q);
  if (closed?.crossEntropy) return { kl: closed.kl(p, q), crossEntropy: closed.crossEntropy(p, q) };
  const m = continuous2Measures(p, q);
  return { kl: m.klPQ.value, crossEntropy: m.cePQ.value };
}
