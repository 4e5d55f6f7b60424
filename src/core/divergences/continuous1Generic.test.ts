import { describe, expect, it } from 'vitest';
import type { Continuous1Spec } from '../distributions/types';
import { continuous1Measures } from './continuous1';
import { continuous1MeasuresGeneric, plotRange1Generic } from './continuous1Generic';

const N = (mu: number, sigma: number): Continuous1Spec => ({ family: 'normal', mu, sigma });

describe('the generic 1-D path (log-density, breakpoints, moments only)', () => {
  it('reproduces the closed forms for N(0,1) vs N(1,2) and integrates JS', () => {
    // By hand: KL(P‖Q) = ln 2 + (1 + 1)/8 − ½ = ln 2 − 0.25; KL(Q‖P) = −ln 2 + (4 + 1)/2 − ½ = 2 − ln 2.
    const m = continuous1MeasuresGeneric(N(0, 1), N(1, 2));
    expect(m.klPQ.value).toBeCloseTo(Math.LN2 - 0.25, 14);
    expect(m.klQP.value).toBeCloseTo(2 - Math.LN2, 14);
    // JS is integrated on both paths; the Gaussian path's own quadrature agrees to its tolerance.
    const fast = continuous1Measures(N(0, 1), N(1, 2));
    expect(m.js.method).toBe('quadrature');
    expect(Math.abs(m.js.value - fast.js.value)).toBeLessThan(1e-9);
  });

  it('integrates a mixture against a Gaussian as the mixture tables do (within 1e-9)', () => {
    const p: Continuous1Spec = {
      family: 'mixture',
      components: [
        { weight: 0.5, component: { family: 'normal', mu: -2, sigma: 0.6 } },
        { weight: 0.5, component: { family: 'normal', mu: 2, sigma: 0.6 } },
      ],
    };
    const q = N(0, 2);
    const g = continuous1MeasuresGeneric(p, q);
    const fast = continuous1Measures(p, q);
    for (const k of ['klPQ', 'klQP', 'js', 'cePQ', 'hP', 'hQ'] as const) {
      expect(Math.abs(g[k].value - fast[k].value)).toBeLessThan(1e-9);
      expect(Number.isFinite(g[k].error)).toBe(true);
    }
  });

  it('stays finite where a density falls to 0 at a shared edge (a node rounding onto x = 1)', () => {
    // By hand: KL(U(0,1)‖Beta(a,b)) = E_U[−ln p] = ln B(a,b) − (a − 1)E[ln x] − (b − 1)E[ln(1 − x)]
    // with E_U[ln x] = E_U[ln(1 − x)] = −1; B(½, 2) = Γ(½)Γ(2)/Γ(5/2) = 4/3, so ln(4/3) + ½.
    const m = continuous1MeasuresGeneric(
      { family: 'uniform', a: 0, b: 1 },
      { family: 'beta', a: 0.5, b: 2 },
    );
    expect(m.klPQ.value).toBeCloseTo(Math.log(4 / 3) + 0.5, 9);
    expect(m.klPQ.reason).toBeUndefined();
  });

  it('plots mean ± 4 sd of both', () => {
    expect(plotRange1Generic(N(0, 1), N(1, 2))).toEqual([-7, 9]);
  });

  it.each([1, 1e30, 1e100])(
    'reads the tails relative to the scale: Laplace(0,b) vs N(0,b) is scale-free at b = %s',
    (b) => {
      // By hand, with s = σ = b: KL(L(0,b)‖N(0,σ)) = −H(L) + E_L[−ln q] = −(1 + ln 2b) + ½ln(2πσ²)
      // + E[x²]/(2σ²), E_L[x²] = 2b², so ln√(π/2). KL(N(0,σ)‖L(0,b)) = −½ln(2πeσ²) + ln 2b
      // + E_N|x|/b, E_N|x| = σ√(2/π), so ln 2 − ½ln 2π − ½ + √(2/π). (mpmath quadrature agrees to 30 digits.)
      const laplace: Continuous1Spec = { family: 'laplace', mu: 0, b };
      const m = continuous1MeasuresGeneric(laplace, N(0, b));
      expect(m.klPQ.reason).toBeUndefined();
      expect(m.klQP.reason).toBeUndefined();
      expect(m.klPQ.value).toBeCloseTo(Math.log(Math.sqrt(Math.PI / 2)), 9);
      expect(m.klQP.value).toBeCloseTo(
        Math.LN2 - 0.5 * Math.log(2 * Math.PI) - 0.5 + Math.sqrt(2 / Math.PI),
        9,
      );
    },
  );

  it.each([1, 1e30, 1e100])('still finds T(2) too heavy for N at any scale (s = %s)', (s) => {
    // E_T[x²] = ∞ for ν = 2, so KL(T(2)‖N) = ∞ whatever the common scale; N against T is finite.
    const t: Continuous1Spec = { family: 'studentT', nu: 2, mu: 0, s };
    const m = continuous1MeasuresGeneric(t, N(0, s));
    expect(m.klPQ.value).toBe(Infinity);
    expect(m.klPQ.reason?.code).toBe('heavy-tail');
    expect(Number.isFinite(m.klQP.value)).toBe(true);
  });
});
