import type { GaussianMixture1 } from '../distributions/types';
import { kMeansPlusPlusSeeds } from './kMeansPlusPlus';
import { gaussianMle1 } from './mle';

const LOG_SQRT_2PI = 0.5 * Math.log(2 * Math.PI);

/** A k-component 1-D Gaussian mixture fitted by EM, and how the fit went. */
export interface MixtureFit1 {
  readonly weights: number[];
  readonly mu: number[];
  readonly sigma: number[];
  /** (1/n) Σ log q̂(xᵢ) at the returned parameters, nats. */
  readonly avgLogLik: number;
  readonly iterations: number;
  /** The relative change of the average log-likelihood fell below the tolerance. */
  readonly converged: boolean;
  /** Which restart (0-based) this is. */
  readonly restart: number;
}

export interface EmOptions {
  /** Iteration cap per restart (default 200). */
  readonly maxIterations?: number;
  /** Stop when the average log-likelihood changes by less than this (default 1e-10, absolute, nats). */
  readonly tolerance?: number;
}

/**
 * σ is kept ≥ this fraction of the data's standard deviation: a component that collapses onto one
 * point has unbounded likelihood (the known degeneracy of Gaussian-mixture ML), which the floor rules out.
 */
export const EM_SIGMA_FLOOR = 1e-3;

/** Restart r draws its start from stream 1000 + r of the seed, apart from the sample streams 0 and 1. */
export const EM_STREAM_BASE = 1000;

/**
 * One EM run for a k-component Gaussian mixture on xs, from a seeded start: the means are k data
 * points chosen k-means++-style (each next one with probability ∝ squared distance to the nearest
 * chosen), from stream EM_STREAM_BASE + `restart` of `seed`; σ = the data's sd, equal weights.
 * E-step: responsibilities rᵢⱼ = wⱼN(xᵢ; μⱼ, σⱼ)/Σₗ wₗN(xᵢ; μₗ, σₗ) in log space (logsumexp per point);
 * M-step: wⱼ = Σᵢrᵢⱼ/n, μⱼ = Σᵢrᵢⱼxᵢ/Σᵢrᵢⱼ, σⱼ² = Σᵢrᵢⱼ(xᵢ − μⱼ)²/Σᵢrᵢⱼ. Each step does not lower
 * the likelihood (Dempster, Laird & Rubin 1977). k = 1 is the closed-form MLE in one step.
 * @throws RangeError if k < 1, xs has fewer than k values, or its values are all equal.
 */
export function emMixture1Run(
  xs: ArrayLike<number>,
  k: number,
  seed: number,
  restart: number,
  options: EmOptions = {},
): MixtureFit1 {
  const n = xs.length;
  if (!Number.isInteger(k) || k < 1) throw new RangeError(`k must be a whole number ≥ 1, got ${k}`);
  if (n < k) throw new RangeError(`need at least ${k} values, got ${n}`);
  const overall = gaussianMle1(xs);
  if (!(overall.sigma > 0)) throw new RangeError('every value is the same: no Gaussian fits');
  // EM runs on the standardised values z = (x − m)/s, so Σr·z²/Σr − μ² keeps its accuracy (no
  // cancellation when the data sit far from 0) and one pass per iteration suffices.
  const m = overall.mu;
  const s = overall.sigma;
  const z = new Float64Array(n);
  for (let i = 0; i < n; i++) z[i] = (xs[i]! - m) / s;
  const floor = EM_SIGMA_FLOOR;
  const maxIterations = options.maxIterations ?? 200;
  const tolerance = options.tolerance ?? 1e-10;

  const mu = kMeansPlusPlusSeeds(
    n,
    k,
    (i, j) => (z[i]! - z[j]!) ** 2,
    seed,
    EM_STREAM_BASE + restart,
  ).map((i) => z[i]!);
  const sigma = new Array<number>(k).fill(1);
  const w = new Array<number>(k).fill(1 / k);
  const logCoef = new Float64Array(k);
  const halfInvVar = new Float64Array(k);
  const lp = new Float64Array(k);
  const sr = new Float64Array(k);
  const srx = new Float64Array(k);
  const srxx = new Float64Array(k);

  let prev = -Infinity;
  let iterations = 0;
  let converged = false;
  while (iterations < maxIterations) {
    for (let j = 0; j < k; j++) {
      logCoef[j] = Math.log(w[j]!) - Math.log(sigma[j]!) - LOG_SQRT_2PI;
      halfInvVar[j] = 0.5 / (sigma[j]! * sigma[j]!);
    }
    sr.fill(0);
    srx.fill(0);
    srxx.fill(0);
    let total = 0;
    for (let i = 0; i < n; i++) {
      const x = z[i]!;
      let max = -Infinity;
      for (let j = 0; j < k; j++) {
        const d = x - mu[j]!;
        const v = logCoef[j]! - d * d * halfInvVar[j]!;
        lp[j] = v;
        if (v > max) max = v;
      }
      let sum = 0;
      for (let j = 0; j < k; j++) sum += lp[j] = Math.exp(lp[j]! - max);
      total += max + Math.log(sum);
      const inv = 1 / sum;
      for (let j = 0; j < k; j++) {
        const r = lp[j]! * inv;
        sr[j]! += r;
        srx[j]! += r * x;
        srxx[j]! += r * x * x;
      }
    }
    // The log-likelihood of the parameters this E-step used (EM never lowers it).
    const ll = total / n;
    iterations++;
    for (let j = 0; j < k; j++) {
      if (!(sr[j]! > 1e-12 * n)) {
        // An empty component: put it back on the data with the overall spread, a tiny weight.
        w[j] = 1e-12;
        sigma[j] = 1;
        continue;
      }
      w[j] = sr[j]! / n;
      mu[j] = srx[j]! / sr[j]!;
      const v = srxx[j]! / sr[j]! - mu[j]! * mu[j]!;
      sigma[j] = Math.max(floor, Math.sqrt(Math.max(0, v)));
    }
    if (Math.abs(ll - prev) < tolerance) {
      converged = true;
      break;
    }
    prev = ll;
  }
  const weights = normalise(w);
  const muX = mu.map((v) => m + s * v);
  const sigmaX = sigma.map((v) => s * v);
  return {
    weights,
    mu: muX,
    sigma: sigmaX,
    avgLogLik: averageMixtureLogLik(xs, weights, muX, sigmaX),
    iterations,
    converged,
    restart,
  };
}

const normalise = (w: readonly number[]) => {
  let t = 0;
  for (const v of w) t += v;
  return w.map((v) => v / t);
};

/** (1/n) Σ log Σⱼ wⱼ N(xᵢ; μⱼ, σⱼ), by logsumexp per point. */
export function averageMixtureLogLik(
  xs: ArrayLike<number>,
  weights: readonly number[],
  mu: readonly number[],
  sigma: readonly number[],
): number {
  const k = weights.length;
  const c = weights.map((w, j) => Math.log(w) - Math.log(sigma[j]!) - LOG_SQRT_2PI);
  let total = 0;
  for (let i = 0; i < xs.length; i++) {
    let max = -Infinity;
    for (let j = 0; j < k; j++) {
      const d = (xs[i]! - mu[j]!) / sigma[j]!;
      max = Math.max(max, c[j]! - 0.5 * d * d);
    }
    let s = 0;
    for (let j = 0; j < k; j++) {
      const d = (xs[i]! - mu[j]!) / sigma[j]!;
      s += Math.exp(c[j]! - 0.5 * d * d - max);
    }
    total += max + Math.log(s);
  }
  return total / xs.length;
}

/**
 * EM with `restarts` seeded starts (restart r uses stream r of `seed`); the fit with the highest
 * average log-likelihood wins (ties: the lowest restart), since EM finds a local maximum only.
 */
export function emMixture1(
  xs: ArrayLike<number>,
  k: number,
  options: EmOptions & { readonly seed: number; readonly restarts?: number },
): MixtureFit1 {
  let best: MixtureFit1 | null = null;
  for (let r = 0; r < (options.restarts ?? 4); r++) {
    const fit = emMixture1Run(xs, k, options.seed, r, options);
    if (best === null || fit.avgLogLik > best.avgLogLik) best = fit;
  }
  return best!;
}

/** The fit as a spec the core's divergences take (components sorted by mean, for stable display). */
export function mixtureFitSpec(
  fit: Pick<MixtureFit1, 'weights' | 'mu' | 'sigma'>,
): GaussianMixture1 {
  return {
    family: 'mixture',
    components: fit.mu
      .map((mu, j) => ({
        weight: fit.weights[j]!,
        component: { family: 'normal' as const, mu, sigma: fit.sigma[j]! },
      }))
      .sort((a, b) => a.component.mu - b.component.mu),
  };
}
