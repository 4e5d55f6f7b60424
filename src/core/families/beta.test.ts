import { describe, expect, it } from 'vitest';
import type { Continuous1Spec } from '../distributions/types';
import { continuous1Measures } from '../divergences/continuous1';
import { logRatioKernel } from '../montecarlo/kernels';
import { xoshiro128FromSeed } from '../random/xoshiro128';
import { parseSpec } from '../spec/parse';
import { BETA } from './beta';

const B = (a: number, b: number): Continuous1Spec => ({ family: 'beta', a, b });
const U01: Continuous1Spec = { family: 'uniform', a: 0, b: 1 };

describe('Beta(a, b)', () => {
  it('parses, formats round-trip and refuses shapes out of range at parse time', () => {
    const r = parseSpec('Beta(0.5,2)');
    expect(r.ok && r.value).toEqual({ family: 'beta', a: 0.5, b: 2 });
    expect(BETA.format({ family: 'beta', a: 0.5, b: 2 })).toBe('Beta(0.5,2)');
    const bad = parseSpec('Beta(1,2e6)');
    expect(!bad.ok && bad.error.message).toMatch(/supports b from 0\.05 to 1e6/);
  });

  it('against U(0,1) with infinite density at both edges (a, b < 1; families_mixed.py, mpmath)', () => {
    const m = continuous1Measures(B(0.5, 0.5), U01);
    // The edge at 1 is integrated in its own variable (divergences/singularEdges.ts).
    expect(Math.abs(m.klPQ.value - 0.24156447527049019624)).toBeLessThan(1e-12);
    expect(Math.abs(m.klQP.value - 0.14472988584940017414)).toBeLessThan(1e-12);
    // A singularity at 0 only (b = 1) is resolved to the quadrature's tolerance: KL(Beta(½,1)‖U(0,1)).
    const left = continuous1Measures(B(0.5, 1), U01);
    // By hand: p = ½x^(−½), H = ln 2 + ½E[ln x] = ln 2 − 1 (E[ln x] = −1/a), so KL = 1 − ln 2.
    expect(left.klPQ.value).toBeCloseTo(1 - Math.LN2, 9);
  });

  it('Beta–Beta in closed form: KL(Beta(½,½)‖Beta(1,1)) = −H(Beta(½,½)) (families_new.py)', () => {
    expect(continuous1Measures(B(0.5, 0.5), B(1, 1)).klPQ.value).toBeCloseTo(
      0.24156447527049044469,
      14,
    );
  });

  it('Monte Carlo draws that round onto an infinite-density edge give finite log-ratios', () => {
    // Beta(1, 0.1): ≈ 2.5 % of draws round to exactly 1, where ln p = +∞.
    const k = logRatioKernel(B(1, 0.1), B(2, 2), 'Q');
    const out = new Float64Array(4000);
    k.fill(xoshiro128FromSeed(7), out, 0, out.length);
    expect(out.every((v) => !Number.isNaN(v))).toBe(true);
  });
});
