import { describe, expect, it } from 'vitest';
import type { Continuous1Spec } from '../../distributions/types';
import { parseSpec } from '../../spec/parse';
import { forwardFit1 } from '../forward';
import { forwardFit1Path } from '../forwardPath';
import { landscape1Grid, landscape1Rows } from '../landscape';
import { reverseFit1 } from '../reverse1';
import { GenericReverse1Objective } from '../reverse1Generic';
import { fitTarget1 } from '../target1';

const spec = (s: string): Continuous1Spec => {
  const r = parseSpec(s);
  if (!r.ok) throw new Error(r.error.message);
  return r.value as Continuous1Spec;
};

describe('the fit view for any 1-D P (issue 14)', () => {
  it('forward fit to Laplace(0,1) is N(0, √2): Var = 2b² (hand derivation)', () => {
    const f = forwardFit1(spec('Laplace(0,1)'));
    expect(f.mu).toBeCloseTo(0, 14);
    expect(f.sigma).toBeCloseTo(Math.SQRT2, 14);
  });

  it('forward fit to U(−1,1) is N(0, 1/√3): Var = (b − a)²/12 = 1/3 (hand derivation)', () => {
    const f = forwardFit1(spec('U(-1,1)'));
    expect(f.mu).toBeCloseTo(0, 14);
    expect(f.sigma).toBeCloseTo(1 / Math.sqrt(3), 14);
  });

  it('the forward path ends at the moment match for a Laplace P', () => {
    const path = forwardFit1Path(spec('Laplace(0,1)'), { mu: 2, sigma: 0.5 });
    expect(path.converged).toBe(true);
    expect(path.end.mu).toBeCloseTo(0, 9);
    expect(path.end.sigma).toBeCloseTo(Math.SQRT2, 9);
  });

  it('the score-function objective matches KL(N(μ,σ)‖N(0,1)) and its derivatives (hand)', () => {
    // KL = −log σ + (σ² + μ²)/2 − ½; in (μ, s = log σ): ∇ = (μ, σ² − 1), H = [[1, 0], [0, 2σ²]].
    const o = new GenericReverse1Objective(spec('Mix(1*N(0,1),0*Laplace(0,1))'));
    for (const [mu, sigma] of [
      [0.3, 0.7],
      [-1.2, 1.6],
    ] as const) {
      const v = o.evaluate(mu, sigma);
      expect(v.kl).toBeCloseTo(-Math.log(sigma) + (sigma * sigma + mu * mu) / 2 - 0.5, 10);
      expect(v.grad[0]).toBeCloseTo(mu, 9);
      expect(v.grad[1]).toBeCloseTo(sigma * sigma - 1, 9);
      expect(v.hess[0]).toBeCloseTo(1, 8);
      expect(v.hess[1]).toBeCloseTo(0, 8);
      expect(v.hess[2]).toBeCloseTo(2 * sigma * sigma, 8);
    }
  });

  // scripts/references/mixtures_any.py (scipy.optimize on the mpmath objective; Laplace also by hand:
  // σ = √(π/2), KL = −½log(2πe·π/2) + log 2 + 1).
  it.each([
    ['Laplace(0,1)', 0, Math.sqrt(Math.PI / 2), 0.048417294710545135],
    ['T(4,0,1)', 0, 1.20336437293, 0.026006951416796],
    ['Mix(0.5*Laplace(-2,1),0.5*T(4,2,1))', -0.0142588512239, 2.46137490788, 0.12296003629956],
  ])('the reverse fit to %s matches the independent optimiser', (p, mu, sigma, kl) => {
    const best = reverseFit1(spec(p), { seed: 1, restarts: 6 }).minima[0]!;
    expect(Math.abs(best.q.mu - mu)).toBeLessThan(1e-6);
    expect(Math.abs(best.q.sigma - sigma)).toBeLessThan(1e-6);
    expect(Math.abs(best.kl - kl)).toBeLessThan(1e-10);
  });

  it.each(['U(-1,1)', 'Exp(1)', 'Gamma(2,1)', 'Beta(2,3)', 'Mix(0.5*U(-1,1),0.5*U(2,3))'])(
    'KL(Q‖P) is infinite for every Gaussian Q when P = %s has bounded support',
    (p) => {
      const t = fitTarget1(spec(p));
      expect(t.reverse).toBeNull();
      expect(t.reverseInfinite?.code).toBe('bounded-support');
      expect(t.forwardInfinite).toBeNull();
      expect(() => reverseFit1(spec(p))).toThrow(RangeError);
      const grid = landscape1Grid(spec(p), 4);
      const rows = landscape1Rows(spec(p), grid, 0, 4);
      expect([...rows.reverse].every((v) => v === Infinity)).toBe(true);
      expect([...rows.forward].every(Number.isFinite)).toBe(true);
    },
  );

  it('a mixture with gaps reports them', () => {
    const t = fitTarget1(spec('Mix(0.5*U(-1,1),0.5*U(2,3))'));
    expect(t.reverseInfinite).toEqual({
      code: 'bounded-support',
      lo: -1,
      hi: 3,
      gaps: [{ lo: 1, hi: 2 }],
    });
  });

  it.each(['T(2,0,1)', 'T(1,0,1)', 'Mix(0.5*N(0,1),0.5*T(1.5,0,1))'])(
    'KL(P‖Q) is infinite for every Gaussian Q when P = %s has infinite variance; reverse still fits',
    (p) => {
      const t = fitTarget1(spec(p));
      expect(t.forwardInfinite).toEqual({ code: 'infinite-variance' });
      expect(() => forwardFit1Path(spec(p), { mu: 0, sigma: 1 })).toThrow(RangeError);
      const r = reverseFit1(spec(p), { restarts: 3 });
      expect(Number.isFinite(r.minima[0]!.kl)).toBe(true);
      // The ranges and starts stay finite (the Gaussian stand-in of the central 99 %).
      expect([...t.table.mu, ...t.table.sigma].every(Number.isFinite)).toBe(true);
      const rows = landscape1Rows(spec(p), landscape1Grid(spec(p), 3), 0, 3);
      expect([...rows.forward].every((v) => v === Infinity)).toBe(true);
      expect([...rows.reverse].every(Number.isFinite)).toBe(true);
    },
  );
});

describe('the landscape of an infinite-variance P holds its reverse optimum', () => {
  it('the stand-in of a t with ν ≤ 2 has its quartiles; T(1.5)’s optimum is on the grid', () => {
    // A t's stand-in is N(median, IQR/1.349), from its exact quartiles. By hand: T(1, 0, 1) is
    // Cauchy, F⁻¹(u) = tan(π(u − ½)), quartiles ±1; for ν = 2, F⁻¹(u) = (2u − 1)/√(2u(1 − u)), so
    // T(2, 3, 2) has quartiles 3 ± 2·√(2/3).
    const IQR_PER_SD = 1.3489795003921634; // 2·Φ⁻¹(¾)
    const cauchy = fitTarget1({ family: 'studentT', nu: 1, mu: 0, s: 1 });
    expect(Math.abs(cauchy.table.mu[0]!)).toBeLessThan(1e-12);
    expect(cauchy.table.sigma[0]!).toBeCloseTo(2 / IQR_PER_SD, 12);
    const t2 = fitTarget1({ family: 'studentT', nu: 2, mu: 3, s: 2 });
    expect(t2.table.mu[0]!).toBeCloseTo(3, 12);
    expect(t2.table.sigma[0]!).toBeCloseTo((4 * Math.sqrt(2 / 3)) / IQR_PER_SD, 12);
    // The reverse optimum's log σ lies inside the landscape's log σ range.
    const p: Continuous1Spec = { family: 'studentT', nu: 1.5, mu: 0, s: 1 };
    const best = reverseFit1(p, { restarts: 3 }).minima[0]!;
    const grid = landscape1Grid(p, 10);
    const ls = Math.log(best.q.sigma);
    expect(ls).toBeGreaterThan(grid.logSigma[0]!);
    expect(ls).toBeLessThan(grid.logSigma[grid.logSigma.length - 1]!);
  });
});
