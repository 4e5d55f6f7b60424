import { gaussianComponents2, real1Family } from '../families/registry';
import type { Continuous1Spec, Continuous2Spec, Normal2 } from '../distributions/types';
import type { Gaussian1, Gaussian2 } from './types';

/** Normalised (weight, component) pairs; a single Gaussian is a one-component mixture. */
function weighted<D>(components: readonly { weight: number; component: D }[]) {
  let total = 0;
  for (const c of components) total += c.weight;
  return components.map((c) => ({ w: c.weight / total, c: c.component }));
}

/**
 * The forward fit argmin_Q KL(P‖Q) over 1-D Gaussians Q: moment matching, exact (P's family gives
 * its mean and variance; for a Gaussian mixture:)
 * KL(P‖Q) = −H(P) − E_P[log q] and E_P[log q] = −log σ − ½log 2π − E_P[(x − μ)²]/(2σ²) is maximised
 * at μ = E_P[x] = Σwᵢμᵢ and σ² = Var_P = Σwᵢ(σᵢ² + μᵢ²) − μ² (formed as Σwᵢ(σᵢ² + (μᵢ − μ)²), which
 * cannot cancel to a negative number). Weights are normalised. Throws nothing; σ > 0 whenever P's are.
 */
export function forwardFit1(p: Continuous1Spec): Gaussian1 {
  const { mean, variance } = real1Family(p).moments(p);
  return { mu: mean, sigma: Math.sqrt(variance) };
}

/**
 * The forward fit over full-covariance 2-D Gaussians: mean m = Σwᵢmᵢ and covariance
 * Σ = Σwᵢ(Σᵢ + (mᵢ − m)(mᵢ − m)ᵀ), exact (the 2-D form of {@link forwardFit1}).
 */
export function forwardFit2(p: Continuous2Spec): Gaussian2 {
  const parts = weighted<Normal2>(gaussianComponents2(p));
  let mx = 0;
  let my = 0;
  for (const { w, c } of parts) {
    mx += w * c.mx;
    my += w * c.my;
  }
  let a = 0;
  let b = 0;
  let cc = 0;
  for (const { w, c } of parts) {
    const dx = c.mx - mx;
    const dy = c.my - my;
    a += w * (c.sx * c.sx + dx * dx);
    b += w * (c.rho * c.sx * c.sy + dx * dy);
    cc += w * (c.sy * c.sy + dy * dy);
  }
  return {
    mean: [mx, my],
    cov: [
      [a, b],
      [b, cc],
    ],
  };
}
