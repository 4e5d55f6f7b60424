import type { Normal2 } from '../distributions/types';
import type { Gaussian2 } from './types';

/** N2(mx, my, sx, sy, ρ) as mean and covariance [[sx², ρ·sx·sy], [ρ·sx·sy, sy²]]. */
export function gaussian2FromNormal2(d: Normal2): Gaussian2 {
  const c = d.rho * d.sx * d.sy;
  return {
    mean: [d.mx, d.my],
    cov: [
      [d.sx * d.sx, c],
      [c, d.sy * d.sy],
    ],
  };
}

/** The inverse of {@link gaussian2FromNormal2}: sx = √Σ₁₁, sy = √Σ₂₂, ρ = Σ₁₂/(sx·sy). */
export function normal2FromGaussian2({ mean, cov }: Gaussian2): Normal2 {
  const sx = Math.sqrt(cov[0][0]);
  const sy = Math.sqrt(cov[1][1]);
  return { family: 'normal2', mx: mean[0], my: mean[1], sx, sy, rho: cov[0][1] / (sx * sy) };
}
