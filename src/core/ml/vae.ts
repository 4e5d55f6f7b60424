import { type Nats, nats } from '../units';
import { xMinusLog1p } from '../numeric/logspace';
import { neumaierSum } from '../numeric/summation';

/**
 * KL(N(μ, σ²) ‖ N(0, 1)) = ½(μ² + σ² − 1 − log σ²) nats: one dimension of the VAE KL term.
 *
 * σ² − 1 − log σ² is computed as x − log1p(x) with x = σ² − 1 = (σ − 1)(σ + 1): near σ = 1 the
 * direct form subtracts nearly equal numbers (σ = 1 + 1e-8 would lose all digits), while
 * (σ − 1) is exact there (Sterbenz) and {@link xMinusLog1p} sums its Taylor series.
 * Edge cases: σ = 0 gives +Infinity (a point mass has infinite KL to a density).
 * Throws a RangeError if μ is not finite or σ is negative or not finite.
 */
export function vaeDimensionKl(mu: number, sigma: number): Nats {
  if (!Number.isFinite(mu)) throw new RangeError(`μ must be finite, got ${mu}`);
  if (!(sigma >= 0) || !Number.isFinite(sigma))
    throw new RangeError(`σ must be finite and ≥ 0, got ${sigma}`);
  if (sigma === 0) return nats(Infinity);
  const x = (sigma - 1) * (sigma + 1);
  return nats(0.5 * (mu * mu + xMinusLog1p(x)));
}

/**
 * The same KL from the log-variance v = log σ² that VAE encoders output:
 * ½(μ² + e^v − 1 − v) = ½(μ² + x − log1p(x)) with x = expm1(v), accurate for v ≈ 0.
 * Edge cases: v = −Infinity (σ = 0) gives +Infinity. Throws a RangeError if μ is not finite, or if
 * v is NaN or +Infinity.
 */
export function vaeDimensionKlFromLogVar(mu: number, logVar: number): Nats {
  if (!Number.isFinite(mu)) throw new RangeError(`μ must be finite, got ${mu}`);
  if (Number.isNaN(logVar) || logVar === Infinity)
    throw new RangeError(`log σ² must be < ∞, got ${logVar}`);
  if (logVar === -Infinity) return nats(Infinity);
  return nats(0.5 * (mu * mu + xMinusLog1p(Math.expm1(logVar))));
}

/** The KL term of a diagonal-Gaussian encoder against the standard normal prior. */
export interface VaeKlResult {
  /** KL per latent dimension, nats. */
  readonly perDimension: Nats[];
  /** Σ over dimensions: KL(N(μ, diag σ²) ‖ N(0, I)). */
  readonly total: Nats;
  /** β·total: the β-VAE term. */
  readonly betaTotal: Nats;
  readonly beta: number;
  /** Indices of "switched off" dimensions: KL < threshold (the posterior equals the prior there). */
  readonly switchedOff: number[];
  readonly threshold: number;
}

/** The default threshold below which a latent dimension counts as switched off, in nats. */
export const VAE_SWITCHED_OFF_THRESHOLD = 0.01;

/**
 * KL(N(μ, diag σ²) ‖ N(0, I)) = Σ_d ½(μ_d² + σ_d² − 1 − log σ_d²) in nats (the KL factorises over
 * independent dimensions), β times it, and the dimensions whose KL is below `threshold`
 * (default 0.01 nats): those carry no information about x ("posterior collapse" per dimension).
 * Edge cases: any σ_d = 0 makes that dimension and the total +Infinity (β·∞ = ∞ for β > 0; β = 0
 * gives 0, the term switched off). Throws a RangeError when μ and σ differ in length, are empty,
 * β is negative or not finite, or as {@link vaeDimensionKl}.
 */
export function vaeKl(
  mu: ArrayLike<number>,
  sigma: ArrayLike<number>,
  options: { readonly beta?: number; readonly threshold?: number } = {},
): VaeKlResult {
  const beta = options.beta ?? 1;
  const threshold = options.threshold ?? VAE_SWITCHED_OFF_THRESHOLD;
  if (mu.length !== sigma.length || mu.length === 0) {
    throw new RangeError('μ and σ must be non-empty and of the same length');
  }
  if (!(beta >= 0) || !Number.isFinite(beta))
    throw new RangeError(`β must be finite and ≥ 0, got ${beta}`);
  const perDimension: Nats[] = [];
  const switchedOff: number[] = [];
  for (let d = 0; d < mu.length; d++) {
    const kl = vaeDimensionKl(mu[d]!, sigma[d]!);
    perDimension.push(kl);
    if (kl < threshold) switchedOff.push(d);
  }
  const total = neumaierSum(perDimension);
  return {
    perDimension,
    total: nats(total),
    betaTotal: nats(beta === 0 ? 0 : beta * total),
    beta,
    switchedOff,
    threshold,
  };
}
