import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Mixture2, Normal2 } from '../distributions/types';
import { mixture2 as mix2, normal2 as n2 } from '../distributions/make';
import { MEASURE_KEYS } from './types';
import { mixture2Arbitrary } from '../../test/mixture2Arbitrary';
import { continuous2Measures } from './continuous2';

// The scenario bench:ui drags (3 vs 3), and the explorer's default 2-D mixture shapes.
const MIX2_P = mix2(
  [0.4, n2(-2, 0, 1, 1, 0.3)],
  [0.3, n2(2, 0, 1, 0.8, -0.3)],
  [0.3, n2(0, 2, 0.7, 1, 0)],
);
const MIX2_Q = mix2(
  [0.3, n2(-1.5, 0.5, 1.2, 1, 0)],
  [0.4, n2(1.5, -0.5, 1, 1.1, 0.2)],
  [0.3, n2(0, -2, 0.8, 0.8, 0)],
);

const mixture = mixture2Arbitrary({ mean: 4, sigma: [0.3, 3], rho: 0.95, maxComponents: 4 });

/**
 * The coarse pass's promise: |coarse − truth| ≤ its stated error. The fine value (whose own error
 * is ≤ 1e-6 relative, checked against mpmath references in continuous2.test.ts) stands in for the
 * truth, with the fine error added to the allowance.
 */
function expectCoarseBoundsFine(p: Mixture2 | Normal2, q: Mixture2 | Normal2) {
  const fine = continuous2Measures(p, q);
  const coarse = continuous2Measures(p, q, 'coarse');
  for (const key of MEASURE_KEYS) {
    const c = coarse[key];
    const f = fine[key];
    expect(f.coarse).toBeUndefined();
    if (c.method === 'closed-form') {
      expect(c).toEqual(f);
      continue;
    }
    expect(c.coarse).toBe(true);
    expect(Number.isFinite(c.value)).toBe(true);
    expect(Math.abs(c.value - f.value), key).toBeLessThanOrEqual(c.error + f.error);
  }
  return { fine, coarse };
}

describe("continuous2Measures(…, 'coarse')", () => {
  it('bounds its distance from the fine value on the dragged 3 vs 3 mixture', () => {
    const { fine, coarse } = expectCoarseBoundsFine(MIX2_P, MIX2_Q);
    // A real first pass: looser than the fine one (else it would not be cheaper).
    expect(coarse.klPQ.error).toBeGreaterThan(fine.klPQ.error);
  });

  it('bounds its distance from the fine value on seeded random mixtures', () => {
    fc.assert(
      fc.property(mixture, mixture, (p, q) => {
        expectCoarseBoundsFine(p, q);
      }),
      { seed: 1313, numRuns: 25 },
    );
  });

  it('leaves closed forms exact and unmarked (single N2 against a mixture)', () => {
    const q = n2(0, 0, 2, 2, 0.1);
    const coarse = continuous2Measures(MIX2_P, q, 'coarse');
    expect(coarse.hQ.method).toBe('closed-form');
    expect(coarse.hQ.coarse).toBeUndefined();
    expectCoarseBoundsFine(MIX2_P, q);
  });
});
