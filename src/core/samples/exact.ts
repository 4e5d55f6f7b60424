import type { Continuous1Spec, Continuous2Spec } from '../distributions/types';
import { continuous1Measures } from '../divergences/continuous1';
import { continuous2Measures } from '../divergences/continuous2';
import {
  klNormal,
  klNormal2,
  normalCrossEntropy,
  normal2CrossEntropy,
} from '../divergences/gaussian';

/** KL(P‖Q) and the cross-entropy H(P, Q) = H(P) + KL(P‖Q), nats, from the core's divergences. */
export interface ExactPair {
  readonly kl: number;
  readonly crossEntropy: number;
}

/**
 * Exact KL(P‖Q) and H(P, Q) for 1-D specs: the closed forms when both are single Gaussians (cheap
 * enough to call at every point of a convergence trace), else the explorer's own quadrature.
 */
export function exactPair1(p: Continuous1Spec, q: Continuous1Spec): ExactPair {
  if (p.family === 'normal' && q.family === 'normal')
    return { kl: klNormal(p, q), crossEntropy: normalCrossEntropy(p, q) };
  const m = continuous1Measures(p, q);
  return { kl: m.klPQ.value, crossEntropy: m.cePQ.value };
}

/** The 2-D form of {@link exactPair1}. */
export function exactPair2(p: Continuous2Spec, q: Continuous2Spec): ExactPair {
  if (p.family === 'normal2' && q.family === 'normal2')
    return { kl: klNormal2(p, q), crossEntropy: normal2CrossEntropy(p, q) };
  const m = continuous2Measures(p, q);
  return { kl: m.klPQ.value, crossEntropy: m.cePQ.value };
}
