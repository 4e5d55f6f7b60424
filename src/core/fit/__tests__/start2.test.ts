import { describe, expect, it } from 'vitest';
import type { Mixture2, Normal2 } from '../../distributions/types';
import { Reverse2Objective, reverseFit2Run } from '../reverse2';
import { defaultStart2 } from '../start2';

// The product reference of reverse2.test.ts: for P = ½N2((−3,0), I) + ½N2((3,0), I) the mode-locked
// reverse optimum is the 1-D one in x (scripts/references/fit_reverse.py, mpmath) with σ_y = 1, ρ = 0.
const MODE_MU = 2.984305987835742;
const MODE_SIGMA = 1.023368559661197;
const n2 = (mx: number, my = 0, sx = 1, sy = 1, rho = 0): Normal2 => ({
  family: 'normal2',
  mx,
  my,
  sx,
  sy,
  rho,
});
const classic: Mixture2 = {
  family: 'mixture2',
  components: [
    { weight: 1, component: n2(-3) },
    { weight: 1, component: n2(3) },
  ],
};

describe('the 2-D default start', () => {
  it('sits 1.5σ beyond the heaviest mode, away from P’s mean, with that mode’s covariance', () => {
    // P's mean is (0, 0); the first of the equal components is at (−3, 0), so the start is at
    // (−3 − 1.5, 0) with Σ = I. Spread √(10 + 1)/100 ≈ 0.033 → step 0.02, and −4.5 is on it.
    expect(defaultStart2(classic)).toEqual({
      mean: [-4.5, 0],
      cov: [
        [1, 0],
        [0, 1],
      ],
    });
  });
  it('follows the heavier mode and its covariance along the line away from the mean', () => {
    // Weights ¼, ¾: mean = ¼(0,0) + ¾(4,3) = (3, 2.25); away from it from (4,3) is the direction
    // (0.8, 0.6). Σ₂ = diag(4, 1): σ along it = √(0.64·4 + 0.36) = √2.92.
    const p: Mixture2 = {
      family: 'mixture2',
      components: [
        { weight: 1, component: n2(0, 0) },
        { weight: 3, component: n2(4, 3, 2, 1) },
      ],
    };
    const s = defaultStart2(p);
    const shift = 1.5 * Math.sqrt(2.92);
    // Step: 1/100 of √tr Σ_P, rounded down to 1, 2 or 5 × 10ᵏ. By hand: Σ_P = ¼I + ¾diag(4, 1)
    // + ¼·¾·(4,3)(4,3)ᵀ, tr = 3.25 + 1 + 3 + 1.6875 = 8.9375, √ ≈ 2.99 → 0.0299 → step 0.02.
    expect(Math.abs(s.mean[0] - (4 + 0.8 * shift))).toBeLessThanOrEqual(0.01 + 1e-12);
    expect(Math.abs(s.mean[1] - (3 + 0.6 * shift))).toBeLessThanOrEqual(0.01 + 1e-12);
    for (const m of s.mean) expect(Math.abs(m / 0.02 - Math.round(m / 0.02))).toBeLessThan(1e-9);
    expect(s.cov).toEqual([
      [4, 0],
      [0, 1],
    ]);
  });
  it('lies to the left of a single Gaussian', () => {
    expect(defaultStart2(n2(1, 2, 2, 1)).mean).toEqual([-2, 2]);
  });
  it('is in a mode’s basin: the reverse path from it locks onto that mode', () => {
    const run = reverseFit2Run(new Reverse2Objective(classic), defaultStart2(classic));
    expect(run.converged).toBe(true);
    expect(Math.abs(run.end.mean[0] + MODE_MU)).toBeLessThan(1e-5);
    expect(Math.abs(run.end.mean[1])).toBeLessThan(1e-5);
    expect(Math.abs(run.end.cov[0][0] - MODE_SIGMA ** 2)).toBeLessThan(1e-5);
    expect(Math.abs(run.end.cov[1][1] - 1)).toBeLessThan(1e-5);
  });
});
