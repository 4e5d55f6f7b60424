import { describe, expect, it } from 'vitest';
import type { Distribution } from '../distributions/types';
import { parseSpec } from '../spec/parse';
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
  it('names which moment is infinite for Gaussians', () => {
    expect(k3VarianceStatus(n(0, 1), n(1, 1.5))).toBe('infinite-ratio');
    expect(k3VarianceStatus(n(0, 1), n(1, 1.4))).toBe('finite');
  });

  const spec = (text: string): Distribution => {
    const r = parseSpec(text);
    if (!r.ok) throw new Error(text);
    return r.value;
  };

  /**
   * Other 1-D pairs, each derived by hand. k3 ≈ r where r = to/from is large and ≈ −ln r where it is
   * small, so Var k3 < ∞ iff E_from[r²] = ∫ to²/from and E_from[ln² r] are both finite.
   */
  it.each<[string, string, string, ReturnType<typeof k3VarianceStatus>]>([
    // ∫ ¼e^(−2|x|)·√(2π)e^(x²/2) dx = ∞.
    ['a Laplace target for a Normal: ∫ to²/from = ∞', 'N(0,1)', 'Laplace(0,1)', 'infinite-ratio'],
    // ∫ φ²·2e^|x| < ∞, and ln r = −x²/2 + |x| + c has E_Laplace[x⁴] = 24 < ∞.
    ['a Normal target for a Laplace', 'Laplace(0,1)', 'N(0,1)', 'finite'],
    // ln r ≈ −x²/2 and E_T(ν)[x⁴] < ∞ iff ν > 4; ∫ φ²/t < ∞ for every ν.
    ['T(3) against N: E[x⁴] = ∞', 'T(3,0,1)', 'N(0,1)', 'infinite-log'],
    ['T(4) against N: E[x⁴] diverges (logarithmically)', 'T(4,0,1)', 'N(0,1)', 'infinite-log'],
    ['T(5) against N: E[x⁴] = 3ν²/((ν − 2)(ν − 4)) = 25', 'T(5,0,1)', 'N(0,1)', 'finite'],
    // r = 1/(6t(1 − t)): ∫₀¹ dt/(6t(1 − t)) = ∞.
    ['a Uniform target for Beta(2, 2)', 'Beta(2,2)', 'U(0,1)', 'infinite-ratio'],
    // r = 6t(1 − t) ≤ 3/2, and ∫₀¹ ln²(6t(1 − t)) dt < ∞ (ln² t is integrable).
    ['a Beta(2, 2) target for a Uniform', 'U(0,1)', 'Beta(2,2)', 'finite'],
    // r = 0 outside [−1, 1], where the Normal has mass: KL(N‖U) = ∞, so ln r = −∞ there.
    ['a target with a smaller support', 'N(0,1)', 'U(-1,1)', 'infinite-log'],
    // r = 1/x: E_Gamma(2)[1/x²] = ∫ e^(−x)/x dx = ∞ at 0.
    ['Exp(1) as target for Gamma(2, 1)', 'Gamma(2,1)', 'Exp(1)', 'infinite-ratio'],
    // r = x: E_Exp[x²] = 2 and E_Exp[ln² x] = γ² + π²/6 are finite.
    ['Gamma(2, 1) as target for Exp(1)', 'Exp(1)', 'Gamma(2,1)', 'finite'],
  ])('%s', (_, from, to, expected) =>
    expect(k3VarianceStatus(spec(from), spec(to))).toBe(expected),
  );
});
