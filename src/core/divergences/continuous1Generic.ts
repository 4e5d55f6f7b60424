/**
 * Every measure between two 1-D specs from their families' generic parts only (log-density,
 * support, breakpoints, moments): the path for a family that is not a mixture of Normals, where the
 * Gaussian mixture tables of continuous1.ts do not apply. One adaptive Gauss–Kronrod integral over
 * the union of both families' breakpoints, with every measure sharing the log-density evaluations.
 *
 * Support mismatch: where P has mass outside Q's support, KL(P‖Q) and H(P, Q) are +Infinity with the
 * reason 'support-mismatch' (zeroIn Q), and the same for KL(Q‖P) the other way round; those
 * integrands are not integrated. JS and the entropies stay finite.
 */
import type { Continuous1Spec } from '../distributions/types';
import { real1Family } from '../families/registry';
import type { Support } from '../families/types';
import { AdaptiveGK15 } from '../quadrature/gaussKronrod';
import {
  activeIntegrands,
  MEASURE_INTEGRAND_DIM,
  measureSetFromQuadrature,
  writeMeasureIntegrands,
  type ClosedValues,
} from '../quadrature/measureIntegrands';
import { closedMeasures } from './closedMeasures';
import { exact, type MeasureSet } from './types';

const QUAD_OPTIONS = { relTol: 1e-11, absTol: 1e-15, maxIntervals: 4000 } as const;
let integrator: AdaptiveGK15 | undefined;

/** True if the interval support `a` reaches outside the interval support `b`. */
const outside = (a: Support, b: Support): boolean =>
  a.kind === 'interval' && b.kind === 'interval' && (a.lo < b.lo || a.hi > b.hi);

/** Sorted, distinct split points from both families, within the wider of the two ranges. */
function splitPoints(p: Continuous1Spec, q: Continuous1Spec): number[] {
  const all = [...real1Family(p).breakpoints(p), ...real1Family(q).breakpoints(q)]
    .filter(Number.isFinite)
    .sort((a, b) => a - b);
  const out: number[] = [];
  for (const x of all) if (out.length === 0 || x > out[out.length - 1]!) out.push(x);
  return out;
}

/** See the file comment. Values are finite or +Infinity with a reason; never NaN. */
export function continuous1MeasuresGeneric(p: Continuous1Spec, q: Continuous1Spec): MeasureSet {
  const closed: ClosedValues = { ...closedMeasures(p, q) };
  const sp = real1Family(p).support(p);
  const sq = real1Family(q).support(q);
  if (outside(sp, sq)) {
    closed.klPQ = exact(Infinity, { code: 'support-mismatch', zeroIn: 'Q' });
    closed.cePQ = exact(Infinity, { code: 'support-mismatch', zeroIn: 'Q' });
  }
  if (outside(sq, sp)) closed.klQP = exact(Infinity, { code: 'support-mismatch', zeroIn: 'P' });
  const lp = real1Family(p).logDensity(p);
  const lq = real1Family(q).logDensity(q);
  integrator ??= new AdaptiveGK15(MEASURE_INTEGRAND_DIM, QUAD_OPTIONS.maxIntervals);
  const active = activeIntegrands(closed);
  // An inactive integrand can be ±∞ where one density is 0 (that is why it is closed): write 0.
  const f = (x: number, out: Float64Array, o: number) => {
    writeMeasureIntegrands(lp(x), lq(x), out, o);
    for (let k = 0; k < active.length; k++) if (!active[k]) out[o + k] = 0;
  };
  const r = integrator.integrate(f, Float64Array.from(splitPoints(p, q)), {
    ...QUAD_OPTIONS,
    active,
  });
  return measureSetFromQuadrature(r.values, r.errors, closed);
}

/** Where to plot a 1-D pair from the generic parts: mean ± 4 sd of each, within its support. */
export function plotRange1Generic(p: Continuous1Spec, q: Continuous1Spec): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (const d of [p, q]) {
    const m = real1Family(d);
    const { mean, variance } = m.moments(d);
    const s = m.support(d);
    const [slo, shi] = s.kind === 'interval' ? [s.lo, s.hi] : [-Infinity, Infinity];
    const bp = m.breakpoints(d);
    // An infinite variance (Student-t with ν ≤ 2) falls back to the family's own split range.
    const [a, b] = Number.isFinite(variance)
      ? [mean - 4 * Math.sqrt(variance), mean + 4 * Math.sqrt(variance)]
      : [bp[0]!, bp[bp.length - 1]!];
    lo = Math.min(lo, Math.max(a, slo));
    hi = Math.max(hi, Math.min(b, shi));
  }
  return [lo, hi];
}
