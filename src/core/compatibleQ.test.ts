import { describe, expect, it } from 'vitest';
import { incompatibility } from './analysis';
import { compatibleQ } from './compatibleQ';
import { normal2 as n2 } from './distributions/make';
import type { Distribution } from './distributions/types';

const mix = (s: number): Distribution => ({
  family: 'mixture',
  components: [
    { weight: 0.5, component: { family: 'normal', mu: -s, sigma: 1 } },
    { weight: 0.5, component: { family: 'normal', mu: s, sigma: 1 } },
  ],
});

describe('compatibleQ: a Q on P’s sample space', () => {
  it.each<[string, Distribution, Distribution]>([
    ['Bern(0.3) → Bern(0.5)', { family: 'bernoulli', p: 0.3 }, { family: 'bernoulli', p: 0.5 }],
    [
      'Cat(0.1,0.4,0.5) → the uniform Cat(1,1,1)',
      { family: 'categorical', weights: [0.1, 0.4, 0.5] },
      { family: 'categorical', weights: [1, 1, 1] },
    ],
    // Mean 0, variance ½(1 + 9)·2 = 10: sd √10 = 3.162, 1.5·sd = 4.743 → 4.7.
    ['½N(−3,1)+½N(3,1) → N(0, 4.7)', mix(3), { family: 'normal', mu: 0, sigma: 4.7 }],
    // sd 2 → 3; mean 1.23 to a step of roundStep(0.2) = 0.2 → 1.2.
    [
      'N(1.23, 2) → N(1.2, 3)',
      { family: 'normal', mu: 1.23, sigma: 2 },
      { family: 'normal', mu: 1.2, sigma: 3 },
    ],
    // Forward fit: mean (0, 0), cov [[10, 0], [0, 1]]: sx = 4.7, sy = 1.5.
    [
      '½N2(−3,0,1,1,0)+½N2(3,0,1,1,0) → N2(0,0,4.7,1.5,0)',
      {
        family: 'mixture2',
        components: [
          { weight: 0.5, component: n2(-3, 0, 1, 1, 0) },
          { weight: 0.5, component: n2(3, 0, 1, 1, 0) },
        ],
      },
      n2(0, 0, 4.7, 1.5, 0),
    ],
  ])('%s', (_, p, q) => {
    expect(compatibleQ(p)).toEqual(q);
    expect(incompatibility(p, compatibleQ(p))).toBeNull();
  });
});

describe('compatibleQ for a P of infinite variance (issue 14)', () => {
  it('T(1.5,0,1) and a mixture with it get a finite Gaussian Q, centred on P', () => {
    for (const p of [
      { family: 'studentT', nu: 1.5, mu: 0, s: 1 },
      {
        family: 'mixture',
        components: [
          { weight: 0.5, component: { family: 'studentT', nu: 1.5, mu: 0, s: 1 } },
          { weight: 0.5, component: { family: 'normal', mu: 0, sigma: 1 } },
        ],
      },
    ] as const) {
      const q = compatibleQ(p) as { family: string; mu: number; sigma: number };
      expect(q.family).toBe('normal');
      expect(Math.abs(q.mu)).toBeLessThan(1e-9);
      expect(Number.isFinite(q.sigma) && q.sigma > 0).toBe(true);
    }
  });

  it('a Cauchy P gets the Gaussian of its quartiles, widened 1.5×: N(0, 2.2)', () => {
    // By hand: T(1, 0, 1)'s quartiles are ±tan(π/4) = ±1, so σ = 2/(2·Φ⁻¹(¾)) = 2/1.34898 = 1.4826,
    // and 1.5σ = 2.224 to two significant digits is 2.2.
    expect(compatibleQ({ family: 'studentT', nu: 1, mu: 0, s: 1 })).toEqual({
      family: 'normal',
      mu: 0,
      sigma: 2.2,
    });
  });
});
