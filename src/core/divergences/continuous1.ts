/**
 * Every measure between two 1-D specs (N or a Gaussian mixture), and the pointwise integrands the UI
 * plots. Closed forms where both are single Gaussians; otherwise adaptive Gauss–Kronrod: on the real
 * line split at each component's μ + kσ, with all measures sharing one set of log-density
 * evaluations, while a double resolves every component where it lies; beyond that (μ = 1e100 with
 * σ = 1, σ = 1e-300 at μ = 1e6, σ ratios past 1e70) one integral per component in its own
 * coordinates (quadrature/frames1.ts), which costs about four times as many evaluations.
 */
import { closedMeasures, withRenyiBracket } from './closedMeasures';
import { gaussianComponents1, isGaussianMixture1, logDensity1 } from '../families/registry';
import {
  continuous1MeasuresGeneric,
  infiniteRenyi1,
  plotRange1Generic,
} from './continuous1Generic';
import { mixtureLogWeights } from '../distributions/density';
import type { Continuous1Spec } from '../distributions/types';
import { gaussianBreakpoints, mergeBreakpoints, mixtureCrossings } from '../quadrature/breakpoints';
import { frameMeasures1, type Component1 } from '../quadrature/frames1';
import { densityCrossings } from '../quadrature/densityCrossings';
import { AdaptiveGK15 } from '../quadrature/gaussKronrod';
import {
  activeIntegrands,
  INTEGRAND,
  MEASURE_INTEGRAND_DIM,
  measureSetFromQuadrature,
  renyiIntegrated,
  renyiShift,
  writeMeasureIntegrands,
} from '../quadrature/measureIntegrands';
import { RENYI_DEFAULT_ORDER } from '../measures/renyiOrder';
import { INTEGRATED_KEYS, type IntegratedKey } from '../measures/table';
import { renyiOrder, type RenyiOrder } from './renyiTerms';
import { exact } from './types';
import { mixtureLogDensity1, mixtureTable1, type MixtureTable1 } from '../quadrature/mixtureTable';
import type { MeasureSet } from './types';

/** Split points in units of σ around every component; ±40σ bounds the range (e^(−800) beyond). */
const OFFSETS = [-8, -4, -2, -1, 0, 1, 2, 4, 8];
const TAIL_SIGMAS = 40;
const QUAD_OPTIONS = { relTol: 1e-11, absTol: 1e-15, maxIntervals: 4000 } as const;
/** A component's extent |μ| + 40σ must be within this of its σ for nodes in x to resolve it. */
const RESOLUTION = 1e8;
/** The extents must be within this of the narrowest σ, and σ above 1e-150 (peak densities × log-ratios stay finite). */
const SPREAD = 1e70;
const MIN_LINE_SIGMA = 1e-150;

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

/** True if one integral in x resolves every component of both tables (see the file comment). */
function inLineRange(tables: readonly MixtureTable1[]): boolean {
  let maxExtent = 0;
  let minSigma = Infinity;
  for (const t of tables) {
    for (let i = 0; i < t.n; i++) {
      const sigma = t.sigma[i]!;
      const extent = Math.abs(t.mu[i]!) + TAIL_SIGMAS * sigma;
      if (!(extent <= RESOLUTION * sigma) || !(sigma >= MIN_LINE_SIGMA)) return false;
      maxExtent = Math.max(maxExtent, extent);
      minSigma = Math.min(minSigma, sigma);
    }
  }
  return maxExtent <= SPREAD * minSigma;
}

/** Every measure by one integral over x (the tables must be {@link inLineRange}). */
function lineIntegrals(tp: MixtureTable1, tq: MixtureTable1, active: boolean[], alpha: number) {
  const sigmas = concat(tp.sigma, tq.sigma);
  const lp = (x: number) => mixtureLogDensity1(tp, x);
  const lq = (x: number) => mixtureLogDensity1(tq, x);
  const merge = 1e-9 * Math.min(...sigmas);
  let breaks = mergeBreakpoints(
    gaussianBreakpoints(concat(tp.mu, tq.mu), sigmas, OFFSETS, TAIL_SIGMAS),
    [...crossings(tp), ...crossings(tq)],
    merge,
  );
  // TV's kinks (where p = q) as split points too.
  if (active[INTEGRAND.tv])
    breaks = mergeBreakpoints(
      breaks,
      densityCrossings((x) => lp(x) - lq(x), breaks),
      merge,
    );
  integrator ??= new AdaptiveGK15(MEASURE_INTEGRAND_DIM, QUAD_OPTIONS.maxIntervals);
  const r = renyiOrder(alpha, renyiShift(breaks, lp, lq, alpha));
  const f = (x: number, out: Float64Array, o: number) =>
    writeMeasureIntegrands(lp(x), lq(x), out, o, r);
  return { ...integrator.integrate(f, breaks, { ...QUAD_OPTIONS, active }), order: r };
}

/** The components with nonzero weight, each with its normalised log-weight. */
function components(d: Continuous1Spec): Component1[] {
  const parts = gaussianComponents1(d);
  const logW = mixtureLogWeights(parts);
  const out: Component1[] = [];
  parts.forEach((c, i) => {
    if (logW[i]! > -Infinity)
      out.push({ logW: logW[i]!, mu: c.component.mu, sigma: c.component.sigma });
  });
  return out;
}

/**
 * KL(P‖Q), KL(Q‖P), JS, KL(P‖Q) + KL(Q‖P), H(P, Q), H(P), H(Q) in nats for 1-D specs.
 * - Both single Gaussians: KL, cross-entropy and entropies in closed form (error 0); JS by quadrature.
 * - A single Gaussian's entropy is always closed form; everything else is adaptive Gauss–Kronrod
 *   (in x, or per component in its own coordinates: see the file comment), with an absolute error
 *   estimate in nats (QUADPACK's heuristic, aimed at 1e-11 relative).
 * Values are finite, or +Infinity with the reason 'beyond-double' where the true value exceeds the
 * largest double (μ = ±1e308, σ ratios past 1e154); never NaN. JS is clamped to [0, ln 2], KL to ≥ 0.
 */
export function continuous1Measures(
  p: Continuous1Spec,
  q: Continuous1Spec,
  order: number = RENYI_DEFAULT_ORDER,
  renyiOnly = false,
): MeasureSet {
  // A family that is not a mixture of Normals has no mixture table: the generic path.
  if (!isGaussianMixture1(p) || !isGaussianMixture1(q))
    return continuous1MeasuresGeneric(p, q, order, renyiOnly);
  const closed = closedMeasures(p, q, order, renyiOnly);
  const tp = mixtureTable1(p);
  const tq = mixtureTable1(q);
  // Past a Normal's closed form, the generic tail reading (renyiTails.ts) decides a divergent D_α.
  const divergent = closed.renyi ? undefined : infiniteRenyi1(p, q, order);
  if (divergent) closed.renyi = exact(Infinity, divergent);
  if (inLineRange([tp, tq])) {
    const active = activeIntegrands(closed, order);
    const r = lineIntegrals(tp, tq, active, order);
    return withRenyiBracket(
      measureSetFromQuadrature(r.values, r.errors, closed, r.order),
      p,
      q,
      order,
    );
  }
  integrator ??= new AdaptiveGK15(MEASURE_INTEGRAND_DIM, QUAD_OPTIONS.maxIntervals);
  const r: RenyiOrder = renyiOrder(order);
  const frames = frameMeasures1(
    components(p),
    components(q),
    {
      ...(Object.fromEntries(INTEGRATED_KEYS.map((k) => [k, !closed[k]])) as Record<
        IntegratedKey,
        boolean
      >),
      renyi: renyiIntegrated(closed, order),
    },
    integrator,
    r,
  );
  return withRenyiBracket(
    measureSetFromQuadrature(frames.values, frames.errors, closed, r),
    p,
    q,
    order,
  );
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
  return [Math.max(lo, -PLOT_LIMIT), Math.min(hi, PLOT_LIMIT)];
}

/**
 * Plotted values are kept within ±1e300, so no chart's axis range computation overflows; a plotted
 * value this large (in nats) stands for ±∞.
 */
export const PLOT_LIMIT = 1e300;
const plotted = (v: number) => (v > PLOT_LIMIT ? PLOT_LIMIT : v < -PLOT_LIMIT ? -PLOT_LIMIT : v);

/**
 * `points` equally spaced x over [min(μ − 4σ), max(μ + 4σ)] across every component of P and Q, with
 * p, q, p·log(p/q) and q·log(q/p) there. Computed from log-densities: where a density underflows,
 * its integrand is 0. Every value is finite and within ±1e300 (x too: μ ± 4σ beyond it is cut off,
 * and an integrand whose log-ratio overflows, p·∞, is drawn at the limit). `points` is clamped to
 * at least 2.
 */
export function integrand1Grid(
  p: Continuous1Spec,
  q: Continuous1Spec,
  points = 400,
): Integrand1Grid {
  const n = Math.max(2, Math.floor(points));
  if (!isGaussianMixture1(p) || !isGaussianMixture1(q)) {
    const [lo, hi] = plotRange1Generic(p, q);
    return gridOf(n, lo, hi, logDensity1(p), logDensity1(q));
  }
  const tp = mixtureTable1(p);
  const tq = mixtureTable1(q);
  const [lo, hi] = range1([tp, tq], 4);
  return gridOf(
    n,
    lo,
    hi,
    (x) => mixtureLogDensity1(tp, x),
    (x) => mixtureLogDensity1(tq, x),
  );
}

/** The grid of {@link integrand1Grid} over [lo, hi] from two log-densities. */
function gridOf(
  n: number,
  lo: number,
  hi: number,
  logP: (x: number) => number,
  logQ: (x: number) => number,
): Integrand1Grid {
  const g = {
    x: new Float64Array(n),
    p: new Float64Array(n),
    q: new Float64Array(n),
    klPQ: new Float64Array(n),
    klQP: new Float64Array(n),
  };
  // hi/(n − 1) − lo/(n − 1) rather than (hi − lo)/(n − 1), which overflows for ±1e300.
  const step = hi / (n - 1) - lo / (n - 1);
  for (let i = 0; i < n; i++) {
    const x = i === n - 1 ? hi : Math.min(hi, lo + i * step);
    const lp = logP(x);
    const lq = logQ(x);
    const pv = Math.exp(lp);
    const qv = Math.exp(lq);
    g.x[i] = x;
    g.p[i] = plotted(pv);
    g.q[i] = plotted(qv);
    g.klPQ[i] = pv === 0 ? 0 : plotted(pv * (lp - lq));
    g.klQP[i] = qv === 0 ? 0 : plotted(qv * (lq - lp));
  }
  return g;
}
