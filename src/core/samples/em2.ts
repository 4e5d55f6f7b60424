import type { Mixture2 } from '../distributions/types';
import { EM_STREAM_BASE, type EmOptions } from './em1';
import { kMeansPlusPlusSeeds } from './kMeansPlusPlus';

const LOG_2PI = Math.log(2 * Math.PI);

/**
 * Each component's standard deviations are kept ≥ this fraction of the data's (per axis) and its
 * correlation within ±{@link EM_RHO_LIMIT}: a component collapsing onto a point or a line has
 * unbounded likelihood, the degeneracy of Gaussian-mixture ML that the floor rules out.
 */
export const EM2_SD_FLOOR = 1e-3;
export const EM_RHO_LIMIT = 0.999999;

/** A k-component 2-D Gaussian mixture fitted by EM, and how the fit went. */
export interface MixtureFit2 {
  readonly weights: number[];
  readonly mean: [number, number][];
  /** Each component's covariance [[a, b], [b, c]]. */
  readonly cov: [[number, number], [number, number]][];
  /** (1/n) Σ log q̂(xᵢ) at the returned parameters, nats. */
  readonly avgLogLik: number;
  readonly iterations: number;
  readonly converged: boolean;
  readonly restart: number;
}

/**
 * One EM run for a k-component 2-D Gaussian mixture with full covariances on n interleaved points
 * [x₀, y₀, x₁, …], from a seeded start: k data points chosen k-means++-style (stream
 * EM_STREAM_BASE + `restart` of `seed`, as in 1-D) as means, the data's covariance for each,
 * equal weights.
 * E-step: rᵢⱼ ∝ wⱼ N(xᵢ; μⱼ, Σⱼ) in log space (logsumexp per point); M-step: wⱼ = Σᵢrᵢⱼ/n,
 * μⱼ = Σᵢrᵢⱼxᵢ/Σᵢrᵢⱼ, Σⱼ = Σᵢrᵢⱼ(xᵢ − μⱼ)(xᵢ − μⱼ)ᵀ/Σᵢrᵢⱼ. Runs on per-axis standardised
 * coordinates (no cancellation in Σr·x² − μ² for data far from 0). Each step does not lower the
 * likelihood (Dempster, Laird & Rubin 1977).
 * @throws RangeError if k < 1, there are fewer than k points, or the points lie on a line.
 */
export function emMixture2Run(
  xy: ArrayLike<number>,
  n: number,
  k: number,
  seed: number,
  restart: number,
  options: EmOptions = {},
): MixtureFit2 {
  if (!Number.isInteger(k) || k < 1) throw new RangeError(`k must be a whole number ≥ 1, got ${k}`);
  if (n < k) throw new RangeError(`need at least ${k} points, got ${n}`);
  // Per-axis standardisation.
  let mx = 0;
  let my = 0;
  for (let i = 0; i < n; i++) {
    mx += xy[2 * i]!;
    my += xy[2 * i + 1]!;
  }
  mx /= n;
  my /= n;
  let vx = 0;
  let vy = 0;
  let cxy = 0;
  for (let i = 0; i < n; i++) {
    const dx = xy[2 * i]! - mx;
    const dy = xy[2 * i + 1]! - my;
    vx += dx * dx;
    vy += dy * dy;
    cxy += dx * dy;
  }
  const sx = Math.sqrt(vx / n);
  const sy = Math.sqrt(vy / n);
  const rho0 = cxy / Math.sqrt(vx * vy);
  if (!(sx > 0 && sy > 0) || !(Math.abs(rho0) < 1 - 1e-12))
    throw new RangeError('the samples lie on a line: no 2-D Gaussian fits');
  const zx = new Float64Array(n);
  const zy = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    zx[i] = (xy[2 * i]! - mx) / sx;
    zy[i] = (xy[2 * i + 1]! - my) / sy;
  }
  const maxIterations = options.maxIterations ?? 300;
  const tolerance = options.tolerance ?? 1e-10;
  const floor2 = EM2_SD_FLOOR * EM2_SD_FLOOR;

  const starts = kMeansPlusPlusSeeds(
    n,
    k,
    (i, j) => (zx[i]! - zx[j]!) ** 2 + (zy[i]! - zy[j]!) ** 2,
    seed,
    EM_STREAM_BASE + restart,
  );
  const ux = starts.map((i) => zx[i]!);
  const uy = starts.map((i) => zy[i]!);
  // Covariances in standardised coordinates: the data's is [[1, ρ₀], [ρ₀, 1]].
  const ca = new Array<number>(k).fill(1);
  const cb = new Array<number>(k).fill(rho0);
  const cc = new Array<number>(k).fill(1);
  const w = new Array<number>(k).fill(1 / k);
  const logCoef = new Float64Array(k);
  const ia = new Float64Array(k);
  const ib = new Float64Array(k);
  const ic = new Float64Array(k);
  const lp = new Float64Array(k);
  const sr = new Float64Array(k);
  const srx = new Float64Array(k);
  const sry = new Float64Array(k);
  const srxx = new Float64Array(k);
  const srxy = new Float64Array(k);
  const sryy = new Float64Array(k);

  let prev = -Infinity;
  let iterations = 0;
  let converged = false;
  while (iterations < maxIterations) {
    for (let j = 0; j < k; j++) {
      const det = ca[j]! * cc[j]! - cb[j]! * cb[j]!;
      // Σ⁻¹ = [[c, −b], [−b, a]]/det; log N = −log 2π − ½ log det − ½ dᵀΣ⁻¹d.
      ia[j] = cc[j]! / det;
      ib[j] = -cb[j]! / det;
      ic[j] = ca[j]! / det;
      logCoef[j] = Math.log(w[j]!) - LOG_2PI - 0.5 * Math.log(det);
    }
    sr.fill(0);
    srx.fill(0);
    sry.fill(0);
    srxx.fill(0);
    srxy.fill(0);
    sryy.fill(0);
    let total = 0;
    for (let i = 0; i < n; i++) {
      const x = zx[i]!;
      const y = zy[i]!;
      let max = -Infinity;
      for (let j = 0; j < k; j++) {
        const dx = x - ux[j]!;
        const dy = y - uy[j]!;
        const v = logCoef[j]! - 0.5 * (ia[j]! * dx * dx + 2 * ib[j]! * dx * dy + ic[j]! * dy * dy);
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
        sry[j]! += r * y;
        srxx[j]! += r * x * x;
        srxy[j]! += r * x * y;
        sryy[j]! += r * y * y;
      }
    }
    const ll = total / n;
    iterations++;
    for (let j = 0; j < k; j++) {
      if (!(sr[j]! > 1e-12 * n)) {
        // An empty component: back on the data with its spread, a tiny weight.
        w[j] = 1e-12;
        ca[j] = 1;
        cb[j] = rho0;
        cc[j] = 1;
        continue;
      }
      const s = sr[j]!;
      w[j] = s / n;
      ux[j] = srx[j]! / s;
      uy[j] = sry[j]! / s;
      const a = Math.max(floor2, srxx[j]! / s - ux[j]! * ux[j]!);
      const c = Math.max(floor2, sryy[j]! / s - uy[j]! * uy[j]!);
      const limit = EM_RHO_LIMIT * Math.sqrt(a * c);
      ca[j] = a;
      cc[j] = c;
      cb[j] = Math.max(-limit, Math.min(limit, srxy[j]! / s - ux[j]! * uy[j]!));
    }
    if (Math.abs(ll - prev) < tolerance) {
      converged = true;
      break;
    }
    prev = ll;
  }
  let t = 0;
  for (const v of w) t += v;
  const weights = w.map((v) => v / t);
  const mean = ux.map((u, j): [number, number] => [mx + sx * u, my + sy * uy[j]!]);
  const cov = ca.map((a, j): [[number, number], [number, number]] => {
    const b = cb[j]! * sx * sy;
    return [
      [a * sx * sx, b],
      [b, cc[j]! * sy * sy],
    ];
  });
  return {
    weights,
    mean,
    cov,
    avgLogLik: averageMixture2LogLik(xy, n, weights, mean, cov),
    iterations,
    converged,
    restart,
  };
}

/** (1/n) Σ log Σⱼ wⱼ N(xᵢ; μⱼ, Σⱼ) over n interleaved points, by logsumexp per point. */
export function averageMixture2LogLik(
  xy: ArrayLike<number>,
  n: number,
  weights: readonly number[],
  mean: readonly (readonly [number, number])[],
  cov: readonly (readonly [readonly [number, number], readonly [number, number]])[],
): number {
  const k = weights.length;
  const parts = cov.map(([[a, b], [, c]], j) => {
    const det = a * c - b * b;
    return {
      c0: Math.log(weights[j]!) - LOG_2PI - 0.5 * Math.log(det),
      ia: c / det,
      ib: -b / det,
      ic: a / det,
    };
  });
  const lp = new Float64Array(k);
  let total = 0;
  for (let i = 0; i < n; i++) {
    let max = -Infinity;
    for (let j = 0; j < k; j++) {
      const dx = xy[2 * i]! - mean[j]![0];
      const dy = xy[2 * i + 1]! - mean[j]![1];
      const q = parts[j]!;
      lp[j] = q.c0 - 0.5 * (q.ia * dx * dx + 2 * q.ib * dx * dy + q.ic * dy * dy);
      if (lp[j]! > max) max = lp[j]!;
    }
    let s = 0;
    for (let j = 0; j < k; j++) s += Math.exp(lp[j]! - max);
    total += max + Math.log(s);
  }
  return total / n;
}

/** The fit as a spec the core's divergences take (components sorted by their mean's x). */
export function mixture2FitSpec(fit: Pick<MixtureFit2, 'weights' | 'mean' | 'cov'>): Mixture2 {
  return {
    family: 'mixture2',
    components: fit.mean
      .map((m, j) => {
        const [[a, b], [, c]] = fit.cov[j]!;
        const sx = Math.sqrt(a);
        const sy = Math.sqrt(c);
        return {
          weight: fit.weights[j]!,
          component: { family: 'normal2' as const, mx: m[0], my: m[1], sx, sy, rho: b / (sx * sy) },
        };
      })
      .sort((p, q) => p.component.mx - q.component.mx),
  };
}
