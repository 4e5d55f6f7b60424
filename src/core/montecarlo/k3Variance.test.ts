import { describe, expect, it } from 'vitest';
import type { Distribution } from '../distributions/types';
import { k3VarianceInfinite, k3VarianceStatus } from './k3Variance';

const n = (mu: number, sigma: number): Distribution => ({ family: 'normal', mu, sigma });
const n2 = (sx: number, sy: number, rho = 0): Distribution => ({
  family: 'normal2',
  mx: 0,
  my: 0,
  sx,
  sy,
  rho,
});
const mix = (...sigmas: number[]): Distribution => ({
  family: 'mixture',
  components: sigmas.map((sigma, i) => ({
    weight: 1,
    component: { family: 'normal', mu: i, sigma },
  })),
});

/**
 * E_from[(to/from)²] = ∫ to²/from: for Gaussians the integrand is ∝ exp(−x²/σ_to² + x²/(2σ_from²))
 * up to linear terms, finite iff 1/σ_to² > 1/(2σ_from²), i.e. σ_to² < 2σ_from² (derived by hand).
 * In 2-D the same along every direction v: vᵀΣ_to⁻¹v·2 > vᵀΣ_from⁻¹v.
 */
describe('k3VarianceInfinite', () => {
  it.each<[string, Distribution, Distribution, boolean]>([
    ['σ_Q² = 2.25 ≥ 2σ_P² = 2', n(0, 1), n(1, 1.5), true],
    ['σ_Q² = 1.96 < 2', n(0, 1), n(1, 1.4), false],
    ['σ_Q² = 2σ_P² exactly (the integral diverges at equality)', n(0, 1), n(0, Math.SQRT2), true],
    ['a narrower target', n(0, 1.5), n(1, 1), false],
    ['a mixture target with one wide component', n(0, 1), mix(0.5, 2), true],
    ['a mixture sampled, widest σ 2: target σ 2.5 (6.25 < 8)', mix(0.5, 2), n(0, 2.5), false],
    ['2-D: Σ_to = diag(9, 0.25) is too wide along x', n2(1, 1), n2(3, 0.5), true],
    ['2-D: Σ_to = 1.5·I is fine (2/1.5 > 1)', n2(1, 1), n2(Math.sqrt(1.5), Math.sqrt(1.5)), false],
    // Σ_to with ρ = 0.9 and unit variances has eigenvalues 1.9 and 0.1: 1.9 < 2 so finite.
    ['2-D: correlated ρ = 0.9 (largest eigenvalue 1.9 < 2)', n2(1, 1), n2(1, 1, 0.9), false],
    // ρ = 0.95: largest eigenvalue 1.95 < 2, finite; ρ = 0.99 with σ² = 1.2: 1.2·1.99 = 2.388 ≥ 2.
    [
      '2-D: σ² = 1.2, ρ = 0.99 (largest eigenvalue 2.388 ≥ 2)',
      n2(1, 1),
      n2(Math.sqrt(1.2), Math.sqrt(1.2), 0.99),
      true,
    ],
    [
      'discrete pairs are always finite',
      { family: 'bernoulli', p: 0.1 },
      { family: 'bernoulli', p: 0.9 },
      false,
    ],
  ])('%s', (_, from, to, expected) => expect(k3VarianceInfinite(from, to)).toBe(expected));
});

describe('k3VarianceStatus', () => {
  it('says infinite, finite, or (outside Gaussian mixtures) unproven', () => {
    expect(k3VarianceStatus(n(0, 1), n(1, 1.5))).toBe('infinite');
    expect(k3VarianceStatus(n(0, 1), n(1, 1.4))).toBe('finite');
    // Exp(1) against Gamma(2,1): no Gaussian tails to compare; not claimed either way.
    expect(
      k3VarianceStatus({ family: 'gamma', k: 2, theta: 1 }, { family: 'exponential', rate: 1 }),
    ).toBe('unproven');
  });
});
