import type { Continuous1Spec } from '../distributions/types';
import { xoshiro128FromSeed } from '../random/xoshiro128';
import { type FitMixture1, mixture1Summary } from './mixture1';
import { fitTarget1 } from './target1';
import { Reverse1Objective, type Reverse1Value } from './reverse1Objective';
import type { Gaussian1, LocalMinimum, PathPoint, ReverseFitResult, RunResult } from './types';

/** Stop when ‖∇KL‖∞ in (μ, log σ) is below this (nats per unit of μ or of log σ). */
export const GRADIENT_TOLERANCE = 1e-9;
const MAX_ITERATIONS = 200;

/** What {@link newtonRun1} minimises: a value with its gradient and Hessian in θ = (μ, log σ). */
export interface Objective1 {
  evaluate(mu: number, sigma: number): Objective1Value;
}

/** A value in nats with its gradient and Hessian (∂μμ, ∂μs, ∂ss) in θ = (μ, s = log σ). */
export type Objective1Value = Pick<Reverse1Value, 'kl' | 'grad' | 'hess'>;

/**
 * Damped Newton on θ = (μ, s = log σ) for KL(Q‖P), from `start`, recording every iterate
 * ({@link newtonRun1} with the reverse objective).
 */
export function reverseFit1Run(
  p: FitMixture1,
  start: Gaussian1,
  objective: Objective1 = new Reverse1Objective(p),
): RunResult<Gaussian1> {
  return newtonRun1(objective, start);
}

/**
 * Damped Newton on θ = (μ, s = log σ) for any {@link Objective1}, from `start`, recording every
 * iterate. Direction: −H⁻¹∇ with H shifted by τI until positive definite (τ = 0 when it already is),
 * capped so one step moves μ by at most 1.5σ and log σ by at most 0.75 (a path a person can follow,
 * and no leap into a far basin); then Armijo backtracking. A stationary point that is not a minimum
 * (a saddle, e.g. μ = 0 exactly for a symmetric P) is left along its negative-curvature direction.
 * Deterministic. Converged when ‖∇‖∞ < {@link GRADIENT_TOLERANCE}.
 */
export function newtonRun1(objective: Objective1, start: Gaussian1): RunResult<Gaussian1> {
  let mu = start.mu;
  let s = Math.log(start.sigma);
  let cur: Objective1Value = objective.evaluate(mu, Math.exp(s));
  const path: PathPoint<Gaussian1>[] = [{ q: { mu, sigma: Math.exp(s) }, kl: cur.kl }];
  let converged = false;
  for (let it = 0; it < MAX_ITERATIONS; it++) {
    const [g0, g1] = cur.grad;
    const [a, b, c] = cur.hess;
    const gradNorm = Math.max(Math.abs(g0), Math.abs(g1));
    const tr = a + c;
    const disc = Math.sqrt(Math.max(0, 0.25 * (a - c) * (a - c) + b * b));
    const lmin = 0.5 * tr - disc;
    const lmax = 0.5 * tr + disc;
    if (gradNorm < GRADIENT_TOLERANCE) {
      if (lmin > 0) {
        converged = true;
        break;
      }
      // A saddle or a flat maximum: step along the eigenvector of the most negative curvature.
      const vx = Math.abs(b) > 1e-300 ? b : a <= c ? 1 : 0;
      const vy = Math.abs(b) > 1e-300 ? lmin - a : a <= c ? 0 : 1;
      const nv = Math.hypot(vx, vy);
      mu += (0.3 * Math.exp(s) * vx) / nv;
      s += (0.05 * vy) / nv;
      cur = objective.evaluate(mu, Math.exp(s));
      path.push({ q: { mu, sigma: Math.exp(s) }, kl: cur.kl });
      continue;
    }
    const tau =
      lmin > 1e-8 * Math.max(1, Math.abs(lmax)) ? 0 : -lmin + 1e-3 * Math.max(1, Math.abs(lmax));
    const ha = a + tau;
    const hc = c + tau;
    const det = ha * hc - b * b;
    let d0 = -(hc * g0 - b * g1) / det;
    let d1 = -(-b * g0 + ha * g1) / det;
    const sigma = Math.exp(s);
    const scale = Math.min(
      1,
      (1.5 * sigma) / Math.abs(d0 || 1e-300),
      0.75 / Math.abs(d1 || 1e-300),
    );
    d0 *= scale;
    d1 *= scale;
    const slope = g0 * d0 + g1 * d1;
    let step = 1;
    let next: Objective1Value | null = null;
    for (let k = 0; k < 40; k++) {
      const trial = objective.evaluate(mu + step * d0, Math.exp(s + step * d1));
      if (trial.kl <= cur.kl + 1e-4 * step * slope || (k > 30 && trial.kl <= cur.kl)) {
        next = trial;
        break;
      }
      step *= 0.5;
    }
    if (!next) break; // no descent possible at working precision: the gradient is at rounding level
    mu += step * d0;
    s += step * d1;
    cur = next;
    path.push({ q: { mu, sigma: Math.exp(s) }, kl: cur.kl });
  }
  const gradNorm = Math.max(Math.abs(cur.grad[0]), Math.abs(cur.grad[1]));
  return {
    path,
    end: { mu, sigma: Math.exp(s) },
    kl: cur.kl,
    gradNorm,
    converged: converged || gradNorm < GRADIENT_TOLERANCE,
  };
}

/**
 * `count` starting points, stratified over P's range so every region is visited: μ in the k-th of
 * `count` equal slices of [min(μᵢ − σᵢ), max(μᵢ + σᵢ)], log σ uniform between log(½·min σᵢ) and
 * log(1.2·sd(P)). Deterministic for a seed (xoshiro128**).
 */
export function reverseFitStarts1(p: FitMixture1, seed: number, count: number): Gaussian1[] {
  const { lo, hi, minSigma, variance } = mixture1Summary(p);
  const rng = xoshiro128FromSeed(seed);
  const ls0 = Math.log(0.5 * minSigma);
  const ls1 = Math.log(1.2 * Math.sqrt(variance));
  const starts: Gaussian1[] = [];
  for (let k = 0; k < count; k++) {
    const mu = lo + ((hi - lo) * (k + rng.nextUniform())) / count;
    const sigma = Math.exp(ls0 + (ls1 - ls0) * rng.nextUniform());
    starts.push({ mu, sigma });
  }
  return starts;
}

/**
 * Groups run ends into distinct minima: two ends are the same minimum when their μ differ by less
 * than 1e-5·(1 + |scale|) and their log σ by less than 1e-5. Sorted by KL, lowest first.
 */
export function distinctMinima1(
  runs: readonly RunResult<Gaussian1>[],
  scale: number,
): LocalMinimum<Gaussian1>[] {
  const out: { q: Gaussian1; kl: number; restarts: number[] }[] = [];
  runs.forEach((r, i) => {
    const same = out.find(
      (m) =>
        Math.abs(m.q.mu - r.end.mu) < 1e-5 * (1 + Math.abs(scale)) &&
        Math.abs(Math.log(m.q.sigma / r.end.sigma)) < 1e-5,
    );
    if (same) {
      same.restarts.push(i);
      if (r.kl < same.kl) {
        same.kl = r.kl;
        same.q = r.end;
      }
    } else out.push({ q: r.end, kl: r.kl, restarts: [i] });
  });
  return out
    .sort((a, b) => a.kl - b.kl)
    .map((m) => ({ q: m.q, kl: m.kl, count: m.restarts.length, restarts: m.restarts }));
}

export interface ReverseFitOptions {
  readonly seed?: number;
  readonly restarts?: number;
}

/**
 * argmin_Q KL(Q‖P) over 1-D Gaussians, from `restarts` (default 12) seeded starts
 * ({@link reverseFitStarts1}), each run by {@link reverseFit1Run}; returns the distinct local minima
 * with the global one first. Deterministic for a seed (default 1). Any 1-D P (target1.ts); throws
 * a RangeError where KL(Q‖P) is infinite for every Gaussian (`fitTarget1(p).reverseInfinite`).
 */
export function reverseFit1(
  p: Continuous1Spec,
  options: ReverseFitOptions = {},
): ReverseFitResult<Gaussian1> {
  const { table, reverse: objective } = fitTarget1(p);
  if (!objective) throw new RangeError('KL(Q‖P) is infinite for every Gaussian Q');
  const starts = reverseFitStarts1(table, options.seed ?? 1, options.restarts ?? 12);
  const runs = starts.map((s) => reverseFit1Run(table, s, objective));
  const { hi, lo } = mixture1Summary(table);
  return {
    minima: distinctMinima1(runs, Math.max(Math.abs(hi), Math.abs(lo))),
    restarts: runs.length,
    unconverged: runs.filter((r) => !r.converged).length,
  };
}
