/**
 * Every measure between two 1-D specs (N or a Gaussian mixture), and the pointwise integrands the UI
 * plots. Closed forms where both are single Gaussians; otherwise adaptive Gauss–Kronrod on the real
 * line split at each component's μ + kσ, with all measures sharing one set of log-density evaluations.
 */
import { mixtureLogWeights } from '../distributions/density';
import type { Continuous1Spec } from '../distributions/types';
import { frameMeasures1, type Component1 } from '../quadrature/frames1';
import { AdaptiveGK15 } from '../quadrature/gaussKronrod';
import { MEASURE_INTEGRAND_DIM, measureSetFromQuadrature } from '../quadrature/measureIntegrands';
import { mixtureLogDensity1, mixtureTable1, type MixtureTable1 } from '../quadrature/mixtureTable';
import { exactOrBeyond, type MeasureSet, type MeasureValue } from './types';
import { klNormal, normalCrossEntropy, normalEntropy } from './gaussian';

let integrator: AdaptiveGK15 | undefined;

/** The components with nonzero weight, each with its normalised log-weight. */
function components(d: Continuous1Spec): Component1[] {
  if (d.family === 'normal') return [{ logW: 0, mu: d.mu, sigma: d.sigma }];
  const logW = mixtureLogWeights(d.components);
  const out: Component1[] = [];
  d.components.forEach((c, i) => {
    if (logW[i]! > -Infinity)
      out.push({ logW: logW[i]!, mu: c.component.mu, sigma: c.component.sigma });
  });
  return out;
}

/**
 * KL(P‖Q), KL(Q‖P), JS, KL(P‖Q) + KL(Q‖P), H(P, Q), H(P), H(Q) in nats for 1-D specs.
 * - Both single Gaussians: KL, cross-entropy and entropies in closed form (error 0); JS by quadrature.
 * - A single Gaussian's entropy is always closed form; everything else is adaptive Gauss–Kronrod,
 *   one integral per component in that component's own coordinates (see quadrature/frames1.ts),
 *   with an absolute error estimate in nats (QUADPACK's heuristic, aimed at 1e-11 relative).
 * Values are finite, or +Infinity with the reason 'beyond-double' where the true value exceeds the
 * largest double (μ = ±1e308, σ ratios past 1e154); never NaN. JS is clamped to [0, ln 2], KL to ≥ 0.
 */
export function continuous1Measures(p: Continuous1Spec, q: Continuous1Spec): MeasureSet {
  const closed: Partial<Record<'klPQ' | 'klQP' | 'cePQ' | 'hP' | 'hQ', MeasureValue>> = {};
  if (p.family === 'normal') closed.hP = exactOrBeyond(normalEntropy(p));
  if (q.family === 'normal') closed.hQ = exactOrBeyond(normalEntropy(q));
  if (p.family === 'normal' && q.family === 'normal') {
    closed.klPQ = exactOrBeyond(klNormal(p, q));
    closed.klQP = exactOrBeyond(klNormal(q, p));
    closed.cePQ = exactOrBeyond(normalCrossEntropy(p, q));
  }
  integrator ??= new AdaptiveGK15(MEASURE_INTEGRAND_DIM, 4000);
  const r = frameMeasures1(
    components(p),
    components(q),
    {
      klPQ: !closed.klPQ,
      klQP: !closed.klQP,
      cePQ: !closed.cePQ,
      hP: !closed.hP,
      hQ: !closed.hQ,
    },
    integrator,
  );
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
  return [Math.max(lo, -PLOT_LIMIT), Math.min(hi, PLOT_LIMIT)];
}

/** Plotted values are kept within ±1e300, so no chart's axis range computation overflows. */
const PLOT_LIMIT = 1e300;
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
  // hi/(n − 1) − lo/(n − 1) rather than (hi − lo)/(n − 1), which overflows for ±1e300.
  const step = hi / (n - 1) - lo / (n - 1);
  for (let i = 0; i < n; i++) {
    const x = i === n - 1 ? hi : Math.min(hi, lo + i * step);
    const lp = mixtureLogDensity1(tp, x);
    const lq = mixtureLogDensity1(tq, x);
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
