import type { Normal, Normal2 } from './types';

/**
 * A d-dimensional Gaussian N(μ, Σ) for the core API (not in the spec grammar). Σ is given as rows
 * and must be symmetric positive definite; the functions that use it factor it with Cholesky and throw
 * if it is not.
 */
export interface GaussianNd {
  readonly mean: readonly number[];
  readonly cov: readonly (readonly number[])[];
}

/** N(μ, σ) as a 1-dimensional {@link GaussianNd}: Σ = [[σ²]]. */
export function gaussianNdFromNormal(d: Normal): GaussianNd {
  return { mean: [d.mu], cov: [[d.sigma * d.sigma]] };
}

/** N2(mx, my, sx, sy, ρ) as a {@link GaussianNd}: Σ = [[sx², ρ·sx·sy], [ρ·sx·sy, sy²]]. */
export function gaussianNdFromNormal2(d: Normal2): GaussianNd {
  const c = d.rho * d.sx * d.sy;
  return {
    mean: [d.mx, d.my],
    cov: [
      [d.sx * d.sx, c],
      [c, d.sy * d.sy],
    ],
  };
}
