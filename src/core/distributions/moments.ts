import type { MixtureComponent, Normal } from './types';

/**
 * Mean and variance of a mixture of 1-D Gaussians (a single Gaussian is one component of weight 1):
 * μ = Σwᵢμᵢ and σ² = Σwᵢ(σᵢ² + (μᵢ − μ)²) with normalised weights, a sum of non-negative terms
 * that cannot cancel to a negative number (unlike Σwᵢ(σᵢ² + μᵢ²) − μ²).
 */
export function gaussianMixtureMoments(components: readonly MixtureComponent<Normal>[]): {
  mean: number;
  variance: number;
} {
  let total = 0;
  for (const c of components) total += c.weight;
  const parts = components.map((c) => ({ w: c.weight / total, c: c.component }));
  let mean = 0;
  for (const { w, c } of parts) mean += w * c.mu;
  let variance = 0;
  for (const { w, c } of parts) variance += w * (c.sigma * c.sigma + (c.mu - mean) * (c.mu - mean));
  return { mean, variance };
}
