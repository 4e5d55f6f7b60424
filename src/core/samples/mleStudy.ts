import { logDensity1, logDensity2 } from '../families/registry';
import type { Continuous1Spec, Continuous2Spec, Normal } from '../distributions/types';
import { forwardFit1, forwardFit2 } from '../fit/forward';
import { normal2FromGaussian2 } from '../fit/gaussian2';
import type { Gaussian1, Gaussian2 } from '../fit/types';
import { emMixture1Run, mixtureFitSpec, type MixtureFit1 } from './em1';
import { emMixture2Run, mixture2FitSpec, type MixtureFit2 } from './em2';
import { exactPair1, exactPair2 } from './exact';
import { averageLogLikelihood1, averageLogLikelihood2, gaussianMle1, gaussianMle2 } from './mle';

/** One maximum-likelihood fit Q̂_n on the first n samples, compared with P exactly. */
export interface MleFitPoint {
  readonly n: number;
  /** KL(P‖Q̂_n), nats, exact for the fitted Q (the core's closed form or quadrature). */
  readonly kl: number;
  /** (1/n) Σ log q̂(xᵢ) over the n samples, nats. */
  readonly avgLogLik: number;
  /** −H(P, Q̂_n) = E_P[log q̂], what the average log-likelihood estimates, nats. */
  readonly negCrossEntropy: number;
}

/** A fitted Q as data the core's divergences take. */
export type FittedQ1 = Continuous1Spec;

const normalOf = (g: Gaussian1): Normal => ({ family: 'normal', mu: g.mu, sigma: g.sigma });

/**
 * Fits Q on the first n of xs: the closed-form Gaussian MLE for `components` = 1, else EM with
 * `restarts` seeded restarts (the best average log-likelihood wins). Returns the fit as a spec.
 * `onRestart` runs after each EM restart (a worker's chunk boundary).
 * @throws RangeError if the samples cannot be fitted (fewer than `components` values, all equal).
 */
export async function mleFit1(
  xs: Float64Array,
  n: number,
  components: number,
  seed: number,
  restarts: number,
  onRestart: () => Promise<void> = async () => {},
): Promise<FittedQ1> {
  const data = xs.subarray(0, n);
  if (components === 1) {
    const g = gaussianMle1(data);
    if (!(g.sigma > 0)) throw new RangeError('every sample is the same value: σ̂ = 0');
    return normalOf(g);
  }
  let best: MixtureFit1 | null = null;
  for (let r = 0; r < restarts; r++) {
    const fit = emMixture1Run(data, components, seed, r);
    if (best === null || fit.avgLogLik > best.avgLogLik) best = fit;
    await onRestart();
  }
  return mixtureFitSpec(best!);
}

/** KL(P‖Q̂), the average log-likelihood of the first n samples under Q̂, and −H(P, Q̂). */
export function mlePoint1(
  p: Continuous1Spec,
  q: FittedQ1,
  xs: Float64Array,
  n: number,
): MleFitPoint {
  const e = exactPair1(p, q);
  return {
    n,
    kl: e.kl,
    avgLogLik: averageLogLikelihood1(xs, logDensity1(q), n),
    negCrossEntropy: -e.crossEntropy,
  };
}

/**
 * Fits Q on the first n interleaved points: the closed-form 2-D Gaussian MLE for `components` = 1,
 * else EM with full covariances and `restarts` seeded restarts (the best average log-likelihood
 * wins; core/samples/em2.ts). `onRestart` runs after each EM restart (a worker's chunk boundary).
 * @throws RangeError if the points lie on a line or are fewer than `components`.
 */
export async function mleFit2(
  xy: Float64Array,
  n: number,
  components = 1,
  seed = 1,
  restarts = 1,
  onRestart: () => Promise<void> = async () => {},
): Promise<Continuous2Spec> {
  if (components === 1) {
    const g = gaussianMle2(xy, n);
    const det = g.cov[0][0] * g.cov[1][1] - g.cov[0][1] * g.cov[0][1];
    if (!(det > 0)) throw new RangeError('the samples lie on a line: Σ̂ is singular');
    return normal2FromGaussian2(g);
  }
  let best: MixtureFit2 | null = null;
  for (let r = 0; r < restarts; r++) {
    const fit = emMixture2Run(xy, n, components, seed, r);
    if (best === null || fit.avgLogLik > best.avgLogLik) best = fit;
    await onRestart();
  }
  return mixture2FitSpec(best!);
}

export function mlePoint2(
  p: Continuous2Spec,
  q: Continuous2Spec,
  xy: Float64Array,
  n: number,
): MleFitPoint {
  const e = exactPair2(p, q);
  return {
    n,
    kl: e.kl,
    avgLogLik: averageLogLikelihood2(xy, logDensity2(q), n),
    negCrossEntropy: -e.crossEntropy,
  };
}

/**
 * The forward-KL optimum over Gaussians, argmin_Q KL(P‖Q) (moment matching, the fit view's forward
 * fit), and its KL: the value the Gaussian MLE's KL(P‖Q̂_n) converges to as n → ∞.
 */
export function forwardOptimum1(p: Continuous1Spec): { q: Gaussian1; kl: number } {
  const q = forwardFit1(p);
  return { q, kl: exactPair1(p, normalOf(q)).kl };
}

export function forwardOptimum2(p: Continuous2Spec): { q: Gaussian2; kl: number } {
  const q = forwardFit2(p);
  return { q, kl: exactPair2(p, normal2FromGaussian2(q)).kl };
}
