import { describe, expect, it } from 'vitest';
import { AdaptiveGK15, GK15 } from './gaussKronrod';

describe('GK15 rule', () => {
  // Kronrod-15 integrates polynomials of degree ≤ 22 exactly and Gauss-7 those of degree ≤ 13:
  // ∫₋₁¹ x^k dx = 2/(k + 1) for even k, 0 for odd k. A wrong digit in a constant breaks this.
  it.each(Array.from({ length: 23 }, (_, k) => k))('is exact for x^%i', (k) => {
    const exact = k % 2 === 0 ? 2 / (k + 1) : 0;
    const kr = GK15.nodes.reduce((s, x, i) => s + GK15.kronrod[i]! * x ** k, 0);
    expect(Math.abs(kr - exact)).toBeLessThan(1e-15);
    if (k <= 13) {
      const g = GK15.nodes.reduce((s, x, i) => s + GK15.gauss[i]! * x ** k, 0);
      expect(Math.abs(g - exact)).toBeLessThan(1e-15);
    }
  });
});

describe('AdaptiveGK15', () => {
  it('integrates a vector of functions with honest error estimates', () => {
    // ∫₀¹ eˣ = e − 1; ∫₀^π sin = 2 (split at π/2); ∫₀¹ √x = 2/3 (endpoint singularity, needs bisection).
    const gk = new AdaptiveGK15(2);
    const r = gk.integrate(
      (x, out, o) => {
        out[o] = Math.exp(x);
        out[o + 1] = Math.sqrt(x);
      },
      [0, 0.5, 1],
      { relTol: 1e-12 },
    );
    expect(Math.abs(r.values[0]! - (Math.E - 1))).toBeLessThan(1e-14);
    expect(Math.abs(r.values[1]! - 2 / 3)).toBeLessThan(1e-11);
    expect(Math.abs(r.values[1]! - 2 / 3)).toBeLessThanOrEqual(r.errors[1]! + 1e-15);
    expect(r.converged).toBe(true);
  });

  it('holds a component with a tolerance factor to its looser tolerance, its error still honest', () => {
    // ∫₀¹ √x = 2/3 (the endpoint singularity drives bisection) and ∫₀¹ eˣ = e − 1 (smooth).
    const f = (x: number, out: Float64Array, o: number) => {
      out[o] = Math.sqrt(x);
      out[o + 1] = Math.exp(x);
    };
    const tight = new AdaptiveGK15(2).integrate(f, [0, 1], { relTol: 1e-12 });
    const loose = new AdaptiveGK15(2).integrate(f, [0, 1], {
      relTol: 1e-12,
      toleranceFactors: [1e6, 1],
    });
    expect(loose.intervals).toBeLessThan(tight.intervals);
    expect(loose.converged).toBe(true);
    expect(loose.errors[0]!).toBeLessThanOrEqual(1e-6 * (2 / 3));
    expect(Math.abs(loose.values[0]! - 2 / 3)).toBeLessThanOrEqual(loose.errors[0]!);
    expect(Math.abs(loose.values[1]! - (Math.E - 1))).toBeLessThan(1e-14);
  });

  it('reports non-convergence when the interval budget runs out', () => {
    const gk = new AdaptiveGK15(1, 4);
    const r = gk.integrate((x, out, o) => void (out[o] = 1 / Math.sqrt(x + 1e-300)), [0, 1], {
      relTol: 1e-14,
    });
    expect(r.converged).toBe(false);
    expect(r.intervals).toBeLessThanOrEqual(4);
  });
});

describe('AdaptiveGK15.integrateBatch', () => {
  it('gives the same results as integrate, bit for bit', () => {
    const f = (x: number, out: Float64Array, o: number) => {
      out[o] = Math.exp(-x * x);
      out[o + 1] = Math.sqrt(Math.abs(x));
      out[o + 2] = Math.sin(3 * x);
    };
    const options = { relTol: 1e-12, active: [true, true, false] };
    const a = new AdaptiveGK15(3).integrate(f, [-2, 0, 1, 3], options);
    const b = new AdaptiveGK15(3).integrateBatch(
      (xs, out) => {
        for (let i = 0; i < xs.length; i++) f(xs[i]!, out, 3 * i);
      },
      [-2, 0, 1, 3],
      options,
    );
    expect(b.intervals).toBe(a.intervals);
    expect(b.converged).toBe(a.converged);
    expect(Array.from(b.values)).toEqual(Array.from(a.values));
    expect(Array.from(b.errors)).toEqual(Array.from(a.errors));
  });
});
