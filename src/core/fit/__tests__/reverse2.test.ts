import { describe, expect, it } from 'vitest';
import type { Mixture2 } from '../../distributions/types';
import { reverseFit2 } from '../reverse2';

// P(x, y) = (½N(−3,1) + ½N(3,1))(x) · N(0,1)(y) = ½N2((−3,0), I) + ½N2((3,0), I). For any Q,
// KL(Q‖p₁⊗φ) = KL(Q‖Q_x⊗Q_y) + KL(Q_x‖p₁) + KL(Q_y‖φ) ≥ KL(Q_x‖p₁), with equality iff Q = Q_x⊗φ:
// so the 2-D reverse optimum is the 1-D one in x, σ_y = 1, ρ = 0, with the 1-D KL.
// 1-D values: scripts/references/fit_reverse.py (mpmath, 30 digits).
const MODE_MU = 2.984305987835742;
const MODE_SIGMA = 1.023368559661197;
const MODE_KL = 0.68876899585496384;
const n2 = (mx: number) => ({ family: 'normal2' as const, mx, my: 0, sx: 1, sy: 1, rho: 0 });
const P: Mixture2 = {
  family: 'mixture2',
  components: [
    { weight: 1, component: n2(-3) },
    { weight: 1, component: n2(3) },
  ],
};

describe('2-D reverse fit (product reference)', () => {
  it('seed 3, 2 restarts: global minimum is the 1-D optimum × N(0,1), within 1e-5', () => {
    const r = reverseFit2(P, { seed: 3, restarts: 2 });
    const g = r.minima[0]!;
    expect(Math.abs(Math.abs(g.q.mean[0]) - MODE_MU)).toBeLessThan(1e-5);
    expect(Math.abs(g.q.mean[1])).toBeLessThan(1e-5);
    expect(Math.abs(g.q.cov[0][0] - MODE_SIGMA ** 2)).toBeLessThan(1e-5);
    expect(Math.abs(g.q.cov[0][1])).toBeLessThan(1e-5);
    expect(Math.abs(g.q.cov[1][1] - 1)).toBeLessThan(1e-5);
    expect(Math.abs(g.kl - MODE_KL)).toBeLessThan(1e-8);
  });
  it('is deterministic for a seed (seed 5, 1 restart)', () => {
    expect(reverseFit2(P, { seed: 5, restarts: 1 })).toEqual(
      reverseFit2(P, { seed: 5, restarts: 1 }),
    );
  });
});
