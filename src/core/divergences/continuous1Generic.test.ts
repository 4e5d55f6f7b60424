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
});
