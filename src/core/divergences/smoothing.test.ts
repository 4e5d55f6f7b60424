import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { additiveSmoothing, labelSmoothing, smoothDistribution } from './smoothing';

const close = (actual: ArrayLike<number>, expected: readonly number[], tol = 1e-15) => {
  expect(actual.length).toBe(expected.length);
  for (let i = 0; i < expected.length; i++)
    expect(Math.abs(actual[i]! - expected[i]!)).toBeLessThanOrEqual(tol);
};

describe('additiveSmoothing', () => {
  // By hand: (p_k + ε)/(1 + Kε).
  it.each([
    // (0.5, 0.5, 0), ε = 0.1, K = 3: (0.6, 0.6, 0.1)/1.3 = (6/13, 6/13, 1/13)
    { p: [0.5, 0.5, 0], eps: 0.1, want: [6 / 13, 6 / 13, 1 / 13] },
    // (1, 0), ε = 1: (2, 1)/3
    { p: [1, 0], eps: 1, want: [2 / 3, 1 / 3] },
    // (0.25, 0.75), ε = 0: unchanged
    { p: [0.25, 0.75], eps: 0, want: [0.25, 0.75] },
    // (0.1, 0.4, 0.3, 0.2), ε = 0.05, K = 4: (0.15, 0.45, 0.35, 0.25)/1.2
    { p: [0.1, 0.4, 0.3, 0.2], eps: 0.05, want: [0.125, 0.375, 0.35 / 1.2, 0.25 / 1.2] },
  ])('smooths $p with ε = $eps', ({ p, eps, want }) => close(additiveSmoothing(p, eps), want));

  it.each([-1e-9, NaN, Infinity])('throws for ε = %s', (eps) =>
    expect(() => additiveSmoothing([0.5, 0.5], eps)).toThrow(RangeError),
  );
});

describe('labelSmoothing', () => {
  // By hand: (1 − α)p_k + α/K.
  it.each([
    // (1, 0, 0, 0), α = 0.3: 0.7 + 0.075 = 0.775, and 0.075 three times
    { p: [1, 0, 0, 0], alpha: 0.3, want: [0.775, 0.075, 0.075, 0.075] },
    // α = 1 gives the uniform distribution
    { p: [0.9, 0.1], alpha: 1, want: [0.5, 0.5] },
    // (0.5, 0.5, 0), α = 0.1: 0.45 + 1/30 = 29/60 twice, and 1/30
    { p: [0.5, 0.5, 0], alpha: 0.1, want: [29 / 60, 29 / 60, 1 / 30] },
  ])('smooths $p with α = $alpha', ({ p, alpha, want }) =>
    close(labelSmoothing(p, alpha), want, 2e-16),
  );

  it.each([-0.1, 1.1, NaN])('throws for α = %s', (alpha) =>
    expect(() => labelSmoothing([0.5, 0.5], alpha)).toThrow(RangeError),
  );
});

describe('smoothDistribution', () => {
  it('returns the same object when nothing is smoothed, and leaves continuous families alone', () => {
    const cat = { family: 'categorical', weights: [1, 0] } as const;
    expect(smoothDistribution(cat, { eps: 0, alpha: 0 })).toBe(cat);
    const n = { family: 'normal', mu: 0, sigma: 1 } as const;
    expect(smoothDistribution(n, { eps: 0.1, alpha: 0.1 })).toBe(n);
  });

  it('normalises Cat weights, then applies ε, then α', () => {
    // Cat(2, 2, 0) = (0.5, 0.5, 0); ε = 0.1 → (6/13, 6/13, 1/13); α = 0.1 →
    // 0.9·6/13 + 0.1/3 = 5.4/13 + 1/30, and 0.9/13 + 1/30.
    const d = smoothDistribution(
      { family: 'categorical', weights: [2, 2, 0] },
      { eps: 0.1, alpha: 0.1 },
    );
    expect(d.family).toBe('categorical');
    if (d.family === 'categorical')
      close(d.weights, [5.4 / 13 + 1 / 30, 5.4 / 13 + 1 / 30, 0.9 / 13 + 1 / 30], 1e-15);
  });

  it('smooths a Bernoulli as a distribution over {0, 1}', () => {
    // Bern(0): (1, 0) → ε = 0.5: (1.5, 0.5)/2 → P(X = 1) = 0.25
    const d = smoothDistribution({ family: 'bernoulli', p: 0 }, { eps: 0.5, alpha: 0 });
    expect(d).toEqual({ family: 'bernoulli', p: 0.25 });
  });

  it('property (seed 7): smoothed Cat sums to 1, is positive and never NaN', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 1e6, noNaN: true }), { minLength: 2, maxLength: 50 }),
        fc.double({ min: 1e-12, max: 10, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (w, eps, alpha) => {
          fc.pre(w.some((x) => x > 0));
          const d = smoothDistribution({ family: 'categorical', weights: w }, { eps, alpha });
          if (d.family !== 'categorical') return false;
          const sum = d.weights.reduce((a, b) => a + b, 0);
          return Math.abs(sum - 1) < 1e-12 && d.weights.every((x) => x > 0 && !Number.isNaN(x));
        },
      ),
      { seed: 7, numRuns: 300 },
    );
  });
});
