import { describe, expect, it } from 'vitest';
import type { Continuous1Spec } from '../distributions/types';
import { continuous1Measures } from '../divergences/continuous1';
import { plotRange1Generic } from '../divergences/continuous1Generic';
import { parseSpec } from '../spec/parse';
import { STUDENT_T } from './studentT';

const T = (nu: number, mu: number, s: number): Continuous1Spec => ({
  family: 'studentT',
  nu,
  mu,
  s,
});
const N01: Continuous1Spec = { family: 'normal', mu: 0, sigma: 1 };

describe('T(nu, mu, s)', () => {
  it('parses, formats round-trip and refuses ν out of range at parse time', () => {
    const r = parseSpec('T(4,0,1)');
    expect(r.ok && r.value).toEqual({ family: 'studentT', nu: 4, mu: 0, s: 1 });
    expect(STUDENT_T.format({ family: 'studentT', nu: 4, mu: 0, s: 1 })).toBe('T(4,0,1)');
    const bad = parseSpec('T(0.05,0,1)');
    expect(!bad.ok && bad.error.message).toMatch(/nu from 0\.1 to 1e6, got 0\.05/);
  });

  it('KL(T(4,0,1)‖N(0,1)) and KL(N(0,1)‖T(4,0,1)) (families_mixed.py, mpmath)', () => {
    const m = continuous1Measures(T(4, 0, 1), N01);
    expect(m.klPQ.value).toBeCloseTo(0.23717851632600638534, 8);
    expect(m.klQP.value).toBeCloseTo(0.046270531042630117729, 9);
  });

  it('KL(T(3,0,1)‖Laplace(0,1)) (families_mixed.py, mpmath)', () => {
    const m = continuous1Measures(T(3, 0, 1), { family: 'laplace', mu: 0, b: 1 });
    expect(m.klPQ.value).toBeCloseTo(0.022327399540238460347, 8);
  });

  it('ν ≤ 2 against a Normal: E_T[x²] = ∞, so KL(T‖N) = ∞ with the heavy-tail reason; KL(N‖T) finite', () => {
    const m = continuous1Measures(T(2, 0, 1), N01);
    expect(m.klPQ.value).toBe(Infinity);
    expect(m.klPQ.reason).toEqual({ code: 'heavy-tail', lighter: 'Q' });
    expect(Number.isFinite(m.klQP.value)).toBe(true);
    // ν = 1.5 against Laplace: E|x| finite, so finite; ν = 1 (Cauchy): E|x| = ∞.
    const lap: Continuous1Spec = { family: 'laplace', mu: 0, b: 1 };
    expect(Number.isFinite(continuous1Measures(T(1.5, 0, 1), lap).klPQ.value)).toBe(true);
    expect(continuous1Measures(T(1, 0, 1), lap).klPQ.value).toBe(Infinity);
  });

  it('plots its central 99 % when the variance is infinite', () => {
    // Cauchy (ν = 1): quantile 0.005 = −tan(π(½ − 0.005)) = −63.657 (by hand).
    const [lo, hi] = plotRange1Generic(T(1, 0, 1), T(1, 0, 1));
    expect(lo).toBeCloseTo(-Math.tan(Math.PI * 0.495), 6);
    expect(hi).toBeCloseTo(Math.tan(Math.PI * 0.495), 6);
  });
});
