import { discreteFamily, isDiscrete } from '../families/registry';
import type { Distribution } from '../distributions/types';

/**
 * Smoothing of a discrete distribution: the usual cure for a zero where the other distribution has
 * mass (which makes KL infinite). Both maps send the probability simplex to itself and keep every
 * output strictly positive as soon as their parameter is.
 */

/** Throws a RangeError unless ε is finite and ≥ 0. */
function assertEpsilon(eps: number): void {
  if (!(eps >= 0) || !Number.isFinite(eps))
    throw new RangeError(`ε must be finite and ≥ 0, got ${eps}`);
}

/** Throws a RangeError unless α ∈ [0, 1]. */
function assertAlpha(alpha: number): void {
  if (!(alpha >= 0 && alpha <= 1)) throw new RangeError(`α must be in [0, 1], got ${alpha}`);
}

/**
 * Additive (Laplace/Lidstone) smoothing: p'_k = (p_k + ε) / (1 + K·ε), for probabilities p summing
 * to 1 over K outcomes. ε = 0 returns a copy; every p'_k ≥ ε/(1 + Kε) > 0 when ε > 0.
 * Throws a RangeError unless ε is finite and ≥ 0. Probabilities in, probabilities out (no units).
 */
export function additiveSmoothing(probs: ArrayLike<number>, eps: number): Float64Array {
  assertEpsilon(eps);
  const k = probs.length;
  const out = new Float64Array(k);
  const denominator = 1 + k * eps;
  for (let i = 0; i < k; i++) out[i] = (probs[i]! + eps) / denominator;
  return out;
}

/**
 * Label smoothing: p'_k = (1 − α)·p_k + α/K, a mixture of p with the uniform distribution.
 * α = 0 returns a copy, α = 1 the uniform distribution; every p'_k ≥ α/K.
 * Throws a RangeError unless α ∈ [0, 1].
 */
export function labelSmoothing(probs: ArrayLike<number>, alpha: number): Float64Array {
  assertAlpha(alpha);
  const k = probs.length;
  const out = new Float64Array(k);
  const uniform = alpha / k;
  for (let i = 0; i < k; i++) out[i] = (1 - alpha) * probs[i]! + uniform;
  return out;
}

/** The smoothing a scenario asks for: additive ε first, then label smoothing α. */
export interface Smoothing {
  readonly eps: number;
  readonly alpha: number;
}

export const NO_SMOOTHING: Smoothing = { eps: 0, alpha: 0 };

/**
 * A discrete distribution smoothed by {@link additiveSmoothing} (ε) and then {@link labelSmoothing}
 * (α), returned as a distribution of the same family (a Categorical's weights are normalised first).
 * Continuous distributions, and ε = α = 0, are returned unchanged (the same object, so callers
 * comparing by reference see no change). Throws a RangeError for ε < 0 or α ∉ [0, 1].
 */
export function smoothDistribution(d: Distribution, smoothing: Smoothing): Distribution {
  const { eps, alpha } = smoothing;
  assertEpsilon(eps);
  assertAlpha(alpha);
  if ((eps === 0 && alpha === 0) || !isDiscrete(d)) return d;
  const m = discreteFamily(d);
  const { probs } = m.distribution(d);
  return m.fromProbabilities(labelSmoothing(additiveSmoothing(probs, eps), alpha));
}
