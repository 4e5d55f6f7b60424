import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addCategory, removeCategory, setBarProbability, toProbabilities } from './renormalise';

const close = (actual: readonly number[], expected: readonly number[], tol = 1e-6) => {
  expect(actual).toHaveLength(expected.length);
  actual.forEach((x, i) => expect(Math.abs(x - expected[i]!)).toBeLessThanOrEqual(tol));
};

describe('setBarProbability', () => {
  it.each([
    // (0.1, 0.4, 0.3, 0.2), bar 0 → 0.5: others share 0.5 in proportion 4:3:2, so 0.5·(4,3,2)/9
    { p: [0.1, 0.4, 0.3, 0.2], k: 0, v: 0.5, want: [0.5, 2 / 9, 1.5 / 9, 1 / 9] },
    // bar 3 → 0: others share 1 in proportion 1:4:3
    { p: [0.1, 0.4, 0.3, 0.2], k: 3, v: 0, want: [0.125, 0.5, 0.375, 0] },
    // (1, 0, 0) with bar 0 → 0.4: the others were all 0, so they split 0.6 equally
    { p: [1, 0, 0], k: 0, v: 0.4, want: [0.4, 0.3, 0.3] },
    // a zero bar stays zero when another bar moves: (0.5, 0.5, 0), bar 0 → 0.8
    { p: [0.5, 0.5, 0], k: 0, v: 0.8, want: [0.8, 0.2, 0] },
    // out of range clamps
    { p: [0.5, 0.5], k: 1, v: 1.7, want: [0, 1] },
  ])('sets bar $k of $p to $v', ({ p, k, v, want }) => close(setBarProbability(p, k, v), want));

  it('keeps an exact zero exactly zero', () => {
    expect(setBarProbability([0.5, 0.5, 0], 0, 0.8)[2]).toBe(0);
  });

  it('property (seed 11): bars sum to 1 within 1e-9, none negative or NaN', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 2, maxLength: 20 }),
        fc.nat(),
        fc.double({ min: -1, max: 2, noNaN: true }),
        (w, k, v) => {
          const p = toProbabilities(w);
          const out = setBarProbability(p, k % p.length, v);
          const sum = out.reduce((a, b) => a + b, 0);
          return Math.abs(sum - 1) < 1e-9 && out.every((x) => x >= 0 && !Number.isNaN(x));
        },
      ),
      { seed: 11, numRuns: 300 },
    );
  });
});

describe('adding and removing categories', () => {
  it('adds a bar at 1/(K+1) and scales the others by K/(K+1)', () => {
    // (0.5, 0.5) → (1/3, 1/3, 1/3)
    close(addCategory([0.5, 0.5]), [1 / 3, 1 / 3, 1 / 3]);
  });
  it('removes a bar and renormalises the rest', () => {
    // (0.1, 0.4, 0.3, 0.2) without bar 1 → (0.1, 0.3, 0.2)/0.6
    close(removeCategory([0.1, 0.4, 0.3, 0.2], 1), [1 / 6, 0.5, 1 / 3]);
    close(removeCategory([1, 0, 0], 0), [0.5, 0.5]);
  });
  it('reads weights as probabilities', () => {
    close(toProbabilities([1, 3]), [0.25, 0.75], 1e-15);
    close(toProbabilities([0, 0]), [0.5, 0.5], 1e-15);
  });
});
