import type { MeasureValue } from '../../divergences/types';
import { exactOrBeyond } from '../../divergences/types';
import { gammaTails } from '../../special/incompleteGamma';
import { deviance0, logPoissonRaw } from '../../special/loader';
import { logFactorial } from '../../special/logGamma';
import { invertIntegerCdf, rangeError, type Interval, type Sampler } from './common';

/** Pois(λ) on {0, 1, 2, …}: pmf λᵏe^(−λ)/k!, mean and variance λ. */
export interface PoissonParams {
  readonly lambda: number;
}

/** λ from 1e-9 to 1e4: the range the sums in integerSums.ts are proven and measured on. */
export const POISSON_LAMBDA_RANGE = { lo: 1e-9, hi: 1e4 } as const;

export const poissonParamError = ({ lambda }: PoissonParams): string | undefined =>
  rangeError(
    'Pois(lambda)',
    'lambda',
    lambda,
    POISSON_LAMBDA_RANGE.lo,
    POISSON_LAMBDA_RANGE.hi,
    '1e-9',
    '1e4',
  );

/** {0, 1, 2, …} as the interval [0, ∞). */
export const poissonSupport = (): Interval => ({ lo: 0, hi: Infinity });

/**
 * ln P(X = k) by Loader's saddle point (−δ(k) − bd0(k, λ) − ½ ln 2πk; exact −λ at k = 0): a few ε
 * absolute even at λ = 10⁴. Negative or non-integer k: −Infinity.
 */
export function poissonLogPmf(k: number, { lambda }: PoissonParams): number {
  if (k < 0 || k !== Math.floor(k)) return -Infinity;
  return logPoissonRaw(k, lambda);
}

/** P(X ≤ k) = Q(⌊k⌋ + 1, λ); 0 below 0. */
export function poissonCdf(k: number, { lambda }: PoissonParams): number {
  if (k < 0) return 0;
  return gammaTails(Math.floor(k) + 1, lambda).upper;
}

/** P(X > k) = P(⌊k⌋ + 1, λ), accurate in the upper tail. */
export function poissonSurvival(k: number, { lambda }: PoissonParams): number {
  if (k < 0) return 1;
  return gammaTails(Math.floor(k) + 1, lambda).lower;
}

/** The smallest k with P(X ≤ k) ≥ u (SciPy's ppf convention); u = 1 gives Infinity. */
export function poissonQuantile(u: number, p: PoissonParams): number {
  if (u >= 1) return Infinity;
  return invertIntegerCdf(u, (k) => poissonCdf(k, p), 0, Infinity);
}

export const poissonMean = ({ lambda }: PoissonParams): number => lambda;
export const poissonVariance = ({ lambda }: PoissonParams): number => lambda;

/** Below this λ the sampler inverts the CDF (≤ λ + 1 steps on average); above, PTRS. */
export const POISSON_INVERSION_BELOW = 10;

/**
 * Pois(λ) draws. λ < 10: sequential inversion from k = 0 (one uniform; p_{k+1} = p_k·λ/(k + 1)).
 * λ ≥ 10: PTRS, Hörmann (1993), "The transformed rejection method for generating Poisson random
 * variables" (the method of NumPy): a transformed-rejection proposal with a squeeze, ≈ 1.1 uniforms
 * pairs per draw for every λ, and an exact acceptance test against ln P(X = k).
 */
export function poissonSampler({ lambda }: PoissonParams): Sampler {
  if (lambda < POISSON_INVERSION_BELOW) {
    const p0 = Math.exp(-lambda);
    return (rng) => {
      const u = rng.nextUniform();
      let k = 0;
      let prob = p0;
      let cdf = p0;
      // Rounding can leave cdf a few ulps below u near 1; the cap (far beyond λ + 40√λ) stops it.
      while (u > cdf && k < 1000) {
        k += 1;
        prob *= lambda / k;
        cdf += prob;
      }
      return k;
    };
  }
  const slam = Math.sqrt(lambda);
  const loglam = Math.log(lambda);
  const b = 0.931 + 2.53 * slam;
  const a = -0.059 + 0.02483 * b;
  const invAlpha = 1.1239 + 1.1328 / (b - 3.4);
  const vr = 0.9277 - 3.6224 / (b - 2);
  return (rng) => {
    for (;;) {
      const u = rng.nextUniform() - 0.5;
      const v = rng.nextUniform();
      const us = 0.5 - Math.abs(u);
      const k = Math.floor(((2 * a) / us + b) * u + lambda + 0.43);
      if (us >= 0.07 && v <= vr) return k;
      if (k < 0 || (us < 0.013 && v > us)) continue;
      if (
        Math.log(v) + Math.log(invAlpha) - Math.log(a / (us * us) + b) <=
        -lambda + k * loglam - logFactorial(k)
      ) {
        return k;
      }
    }
  };
}

/**
 * KL(Pois(λp)‖Pois(λq)) = λp ln(λp/λq) + λq − λp = bd0(λp, λq), by Loader's deviance (series near
 * λp = λq, so close pairs keep their digits). Always finite: both supports are all of ℕ.
 */
export function klPoisson(p: PoissonParams, q: PoissonParams): MeasureValue {
  return exactOrBeyond(deviance0(p.lambda, q.lambda));
}
