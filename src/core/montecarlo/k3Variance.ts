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
 * Whether k3 = (r − 1) − log r, with r = to(x)/from(x) and x ~ from, has infinite variance, i.e.
 * E_from[r²] = ∫ to²/from = ∞. Then its standard error (and so its 95 % interval) means nothing.
 *
 * The integral is decided by the tails, where each density behaves like its widest Gaussian:
 * to² ∝ exp(−x²/σ_to²) against from ∝ exp(−x²/(2σ_from²)), finite iff σ_to² < 2σ_from².
 * - 1-D Gaussians and mixtures: infinite iff max σ_to² ≥ 2·max σ_from² (at equality the exponent is
 *   linear or constant in x, and the integral still diverges). Exact.
 * - 2-D: along a direction v the decay rates are vᵀΣ⁻¹v; finite iff 2·min_j vᵀΣ_j⁻¹v > min_i vᵀΣ_i⁻¹v
 *   for every v (j over `to`'s components, i over `from`'s). Exact for single Gaussians up to the
 *   half-degree scan of v, which is what is checked for both.
 * - 1-D families that are not Gaussian mixtures: 'unproven' (no interval is claimed, and the page
 *   says it is not known, not that it is infinite).
 * - Discrete pairs: 'finite' (finite support, every moment is finite).
 */
export type K3VarianceStatus = 'finite' | 'infinite' | 'unproven';

/** See {@link k3VarianceStatus}. */
export function k3VarianceStatus(from: Distribution, to: Distribution): K3VarianceStatus {
  if (isContinuous1(from) && isContinuous1(to)) {
    // Without Gaussian tails to compare, finiteness is not proven: no interval is claimed.
    if (!isGaussianMixture1(from) || !isGaussianMixture1(to)) return 'unproven';
    const sf = widest1(from);
    const st = widest1(to);
    return st * st >= 2 * sf * sf ? 'infinite' : 'finite';
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
      if (!(2 * rateTo > rateFrom)) return 'infinite';
    }
    return 'finite';
  }
  return 'finite';
}

/** Whether k3's standard error cannot be trusted: its variance is infinite or not proven finite. */
export const k3VarianceInfinite = (from: Distribution, to: Distribution): boolean =>
  k3VarianceStatus(from, to) !== 'finite';
