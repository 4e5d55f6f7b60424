import { describe, expect, it } from 'vitest';
import type { Continuous1Spec } from '../distributions/types';
import { continuous1Measures } from '../divergences/continuous1';
import { parseSpec } from '../spec/parse';
import { LAPLACE } from './laplace';

const L = (mu: number, b: number): Continuous1Spec => ({ family: 'laplace', mu, b });
const N01: Continuous1Spec = { family: 'normal', mu: 0, sigma: 1 };

describe('Laplace(mu, b)', () => {
  it('parses, formats round-trip and refuses b ≤ 0 at parse time', () => {
    const r = parseSpec('Laplace(-2,0.5)');
    expect(r.ok && r.value).toEqual({ family: 'laplace', mu: -2, b: 0.5 });
    expect(LAPLACE.format({ family: 'laplace', mu: -2, b: 0.5 })).toBe('Laplace(-2,0.5)');
    const bad = parseSpec('Laplace(0,0)');
    expect(!bad.ok && bad.error.message).toMatch(/supports b from 2\.2e-308/);
  });

  it('splits at its peak', () => {
    expect(LAPLACE.breakpoints({ family: 'laplace', mu: 3, b: 1 })).toContain(3);
  });

  it('Laplace–Laplace in closed form: KL(L(0,1)‖L(0,2)) = ln 2 + ½ − 1 (by hand)', () => {
    const m = continuous1Measures(L(0, 1), L(0, 2));
    expect(m.klPQ.value).toBeCloseTo(Math.LN2 - 0.5, 15);
  });

  it('against N(0,1), both directions (families_mixed.py, mpmath)', () => {
    const m = continuous1Measures(N01, L(0, 1));
    expect(m.klPQ.value).toBeCloseTo(0.072093208158137923517, 9);
    expect(m.klQP.value).toBeCloseTo(0.22579135264472743236, 9);
    expect(m.klPQ.error).toBeLessThan(1e-8);
  });
});
