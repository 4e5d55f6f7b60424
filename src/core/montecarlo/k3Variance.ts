import { heavierTail, infiniteKl1, infiniteRenyi1 } from '../divergences/continuous1Generic';
import { gaussianComponents1, gaussianComponents2, isGaussianMixture1 } from '../families/registry';
import type {
  Continuous1Spec,
  Continuous2Spec,
  Distribution,
  Normal2,
} from '../distributions/types';
import { isContinuous1, isContinuous2 } from '../distributions/types';

const widest1 = (d: Continuous1Spec): number =>
  Math.max(...gaussianComponents1(d).map((c) => c.component.sigma));

/** vᵀΣ⁻¹v for v = (cos θ, sin θ): (sy²c² − 2ρ sx sy c s + sx²s²) / (sx² sy² (1 − ρ²)). */
function precisionAlong(g: Normal2, c: number, s: number): number {
  const oneMinusRho2 = (1 - g.rho) * (1 + g.rho);
  return (
    (g.sy * g.sy * c * c - 2 * g.rho * g.sx * g.sy * c * s + g.sx * g.sx * s * s) /
    (g.sx * g.sx * g.sy * g.sy * oneMinusRho2)
  );
}

const components2 = (d: Continuous2Spec): Normal2[] =>
  gaussianComponents2(d).map((c) => c.component);

/** Directions scanned for 2-D mixtures (every half degree of a half circle: v and −v agree). */
const ANGLES = 360;

/**
 * Whether k3 = (r − 1) − log r, with r = to(x)/from(x) and x ~ from, has infinite variance. Where r
 * is large k3 ≈ r, where r is small k3 ≈ −ln r, so its variance is finite iff both E_from[r²] =
 * ∫ to²/from and E_from[ln² r] are. When either is infinite its standard error (and so its 95 %
 * interval) means nothing: 'infinite-ratio' for E_from[r²] = ∞, 'infinite-log' for E_from[ln² r] = ∞.
 *
 * The integral is decided by the tails, where each density behaves like its widest Gaussian:
 * to² ∝ exp(−x²/σ_to²) against from ∝ exp(−x²/(2σ_from²)), finite iff σ_to² < 2σ_from².
 * - 1-D Gaussians and mixtures: infinite iff max σ_to² ≥ 2·max σ_from² (at equality the exponent is
 *   linear or constant in x, and the integral still diverges). Exact.
 * - 2-D: along a direction v the decay rates are vᵀΣ⁻¹v; finite iff 2·min_j vᵀΣ_j⁻¹v > min_i vᵀΣ_i⁻¹v
 *   for every v (j over `to`'s components, i over `from`'s). Exact for single Gaussians up to the
 *   half-degree scan of v, which is what is checked for both.
 * - Any other 1-D pair: E_from[r²] = exp D₂(to‖from), infinite where the explorer finds D₂ infinite
 *   (infiniteRenyi1: a support mismatch, a tail of `to` too heavy, or to²/from not integrable far
 *   out or at a support edge); E_from[ln² r] is infinite where KL(from‖to) is (r = 0 on a set of
 *   positive mass, or from's tail too heavy for −ln to) or where from's tail is too heavy for the
 *   second moment of −ln to (heavierTail with moment 2: T(ν ≤ 4) against a Normal). Gaussian
 *   mixtures have neither kind of tail, so for them only E_from[r²] is checked, exactly.
 * - Discrete pairs: 'finite' (finite support, every moment is finite).
 */
export type K3VarianceStatus = 'finite' | 'infinite-ratio' | 'infinite-log';

/** See {@link k3VarianceStatus}. */
export function k3VarianceStatus(from: Distribution, to: Distribution): K3VarianceStatus {
  if (isContinuous1(from) && isContinuous1(to)) {
    if (!isGaussianMixture1(from) || !isGaussianMixture1(to)) return k3VarianceGeneric1(from, to);
    const sf = widest1(from);
    const st = widest1(to);
    return st * st >= 2 * sf * sf ? 'infinite-ratio' : 'finite';
  }
  if (isContinuous2(from) && isContinuous2(to)) {
    const f = components2(from);
    const t = components2(to);
    for (let a = 0; a < ANGLES; a++) {
      const theta = (Math.PI * a) / ANGLES;
      const c = Math.cos(theta);
      const s = Math.sin(theta);
      const rateTo = Math.min(...t.map((g) => precisionAlong(g, c, s)));
      const rateFrom = Math.min(...f.map((g) => precisionAlong(g, c, s)));
      if (!(2 * rateTo > rateFrom)) return 'infinite-ratio';
    }
    return 'finite';
  }
  return 'finite';
}

/** A 1-D pair with a family other than Normal in it: see {@link K3VarianceStatus}. */
function k3VarianceGeneric1(from: Continuous1Spec, to: Continuous1Spec): K3VarianceStatus {
  if (infiniteRenyi1(to, from, 2)) return 'infinite-ratio';
  if (infiniteKl1(from, to).klPQ || heavierTail(from, to, 2)) return 'infinite-log';
  return 'finite';
}

/** Whether k3's standard error cannot be trusted: its variance is infinite. */
export const k3VarianceInfinite = (from: Distribution, to: Distribution): boolean =>
  k3VarianceStatus(from, to) !== 'finite';
