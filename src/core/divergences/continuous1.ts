/**
 * Every measure between two 1-D specs (N or a Gaussian mixture), and the pointwise integrands the UI
 * plots. Closed forms where both are single Gaussians; otherwise adaptive Gauss–Kronrod on the real
 * line split at each component's μ + kσ, with all measures sharing one set of log-density evaluations.
 */
import type { Continuous1Spec } from '../distributions/types';
import { gaussianBreakpoints, mergeBreakpoints, mixtureCrossings } from '../quadrature/breakpoints';
import { AdaptiveGK15 } from '../quadrature/gaussKronrod';
import {
  MEASURE_INTEGRAND_DIM,
  measureSetFromQuadrature,
  writeMeasureIntegrands,
} from '../quadrature/measureIntegrands';
import { mixtureLogDensity1, mixtureTable1, type MixtureTable1 } from '../quadrature/mixtureTable';
import { exact, type MeasureSet, type MeasureValue } from './types';
import { klNormal, normalCrossEntropy, normalEntropy } from './gaussian';

/** Split points in units of σ around every component; ±40σ bounds the range (e^(−800) beyond). */
const OFFSETS = [-8, -4, -2, -1, 0, 1, 2, 4, 8];
const TAIL_SIGMAS = 40;
const QUAD_OPTIONS = { relTol: 1e-11, absTol: 1e-15, maxIntervals: 4000 } as const;

let integrator: AdaptiveGK15 | undefined;

/** Log-weights are recovered from logCoef = log w − log σ − ½ log 2π. */
function crossings(t: MixtureTable1): number[] {
  if (t.n < 2) return [];
  const logW = t.logCoef.map((c, i) => c + Math.log(t.sigma[i]!));
  return mixtureCrossings(logW, t.mu, t.sigma);
}

function concat(a: Float64Array, b: Float64Array): Float64Array {
  const out = new Float64Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

/**
 * KL(P‖Q), KL(Q‖P), JS, KL(P‖Q) + KL(Q‖P), H(P, Q), H(P), H(Q) in nats for 1-D specs.
 * - Both single Gaussians: KL, cross-entropy and entropies in closed form (error 0); JS by quadrature.
 * - A single Gaussian's entropy is always closed form; everything else is quadrature with an absolute
 *   error estimate in nats (QUADPACK's heuristic, aimed at 1e-11 relative).
 * Every value is finite (Gaussians have full support); JS is clamped to [0, ln 2] and KL to ≥ 0.
 */
export function continuous1Measures(p: Continuous1Spec, q: Continuous1Spec): MeasureSet {
  const closed: Partial<Record<'klPQ' | 'klQP' | 'cePQ' | 'hP' | 'hQ', MeasureValue>> = {};
  if (p.family === 'normal') closed.hP = exact(normalEntropy(p));
  if (q.family === 'normal') closed.hQ = exact(normalEntropy(q));
  if (p.family === 'normal' && q.family === 'normal') {
    closed.klPQ = exact(klNormal(p, q));
    closed.klQP = exact(klNormal(q, p));
    closed.cePQ = exact(normalCrossEntropy(p, q));
  }
  const active = [!closed.klPQ, !closed.klQP, true, !closed.cePQ, !closed.hP, !closed.hQ];
  const tp = mixtureTable1(p);
  const tq = mixtureTable1(q);
  const sigmas = concat(tp.sigma, tq.sigma);
  const breaks = mergeBreakpoints(
    gaussianBreakpoints(concat(tp.mu, tq.mu), sigmas, OFFSETS, TAIL_SIGMAS),
    [...crossings(tp), ...crossings(tq)],
    1e-9 * Math.min(...sigmas),
  );
  integrator ??= new AdaptiveGK15(MEASURE_INTEGRAND_DIM, QUAD_OPTIONS.maxIntervals);
  const f = (x: number, out: Float64Array, o: number) =>
    writeMeasureIntegrands(mixtureLogDensity1(tp, x), mixtureLogDensity1(tq, x), out, o);
  const r = integrator.integrate(f, breaks, { ...QUAD_OPTIONS, active });
  return measureSetFromQuadrature(r.values, r.errors, closed);
}

/** Pointwise densities and KL integrands on a grid, for plotting. */
export interface Integrand1Grid {
  readonly x: Float64Array;
  readonly p: Float64Array;
  readonly q: Float64Array;
  /** p(x)·log(p(x)/q(x)), nats per unit x. */
  readonly klPQ: Float64Array;
  /** q(x)·log(q(x)/p(x)). */
  readonly klQP: Float64Array;
}

function range1(tables: readonly MixtureTable1[], k: number): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (const t of tables) {
    for (let i = 0; i < t.n; i++) {
      lo = Math.min(lo, t.mu[i]! - k * t.sigma[i]!);
      hi = Math.max(hi, t.mu[i]! + k * t.sigma[i]!);
    }
  }
  return [lo, hi];
}

/**
 * `points` equally spaced x over [min(μ − 4σ), max(μ + 4σ)] across every component of P and Q, with
 * p, q, p·log(p/q) and q·log(q/p) there. Computed from log-densities: where a density underflows,
 * its integrand is 0, so every value is finite. `points` is clamped to at least 2.
 */
export function integrand1Grid(
  p: Continuous1Spec,
  q: Continuous1Spec,
  points = 400,
): Integrand1Grid {
  const n = Math.max(2, Math.floor(points));
  const tp = mixtureTable1(p);
  const tq = mixtureTable1(q);
  const [lo, hi] = range1([tp, tq], 4);
  const g = {
    x: new Float64Array(n),
    p: new Float64Array(n),
    q: new Float64Array(n),
    klPQ: new Float64Array(n),
    klQP: new Float64Array(n),
  };
  const step = (hi - lo) / (n - 1);
  for (let i = 0; i < n; i++) {
    const x = i === n - 1 ? hi : lo + i * step;
    const lp = mixtureLogDensity1(tp, x);
    const lq = mixtureLogDensity1(tq, x);
    const pv = Math.exp(lp);
    const qv = Math.exp(lq);
    g.x[i] = x;
    g.p[i] = pv;
    g.q[i] = qv;
    g.klPQ[i] = pv === 0 ? 0 : pv * (lp - lq);
    g.klQP[i] = qv === 0 ? 0 : qv * (lq - lp);
  }
  return g;
}
