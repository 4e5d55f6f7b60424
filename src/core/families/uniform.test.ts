import { describe, expect, it } from 'vitest';
import type { Continuous1Spec } from '../distributions/types';
import { continuous1Measures } from '../divergences/continuous1';
import { parseSpec } from '../spec/parse';
import { UNIFORM } from './uniform';

const U = (a: number, b: number): Continuous1Spec => ({ family: 'uniform', a, b });
const N = (mu: number, sigma: number): Continuous1Spec => ({ family: 'normal', mu, sigma });

describe('U(a, b)', () => {
  it('parses and formats round-trip, with range messages at parse time', () => {
    const r = parseSpec('U(-1, 2.5)');
    expect(r.ok && r.value).toEqual({ family: 'uniform', a: -1, b: 2.5 });
    expect(UNIFORM.format({ family: 'uniform', a: -1, b: 2.5 })).toBe('U(-1,2.5)');
    const bad = parseSpec('U(2,1)');
    expect(!bad.ok && bad.error.message).toBe('U(a, b) needs a < b, got a = 2, b = 1');
    const wide = parseSpec('U(-1e308,1e308)');
    expect(!wide.ok && wide.error.message).toMatch(/widths b − a up to 1\.8e308/);
    expect(parseSpec('U(1)').ok).toBe(false);
  });

  it('splits quadrature at both edges', () => {
    const bp = UNIFORM.breakpoints({ family: 'uniform', a: -1, b: 3 });
    expect(bp[0]).toBe(-1);
    expect(bp[bp.length - 1]).toBe(3);
    expect(bp).toContain(1);
  });

  it('KL(U(−1,1)‖N(0,1)) = −ln 2 + ½ ln 2π + 1/6 (by hand; families_mixed.py agrees), JS by mpmath', () => {
    // E_U[−ln q] = ½ ln 2π + E[x²]/2 = ½ ln 2π + 1/6; H(U) = ln 2.
    const m = continuous1Measures(U(-1, 1), N(0, 1));
    const byHand = -Math.LN2 + 0.5 * Math.log(2 * Math.PI) + 1 / 6;
    expect(Math.abs(m.klPQ.value - byHand)).toBeLessThan(1e-9);
    expect(m.klPQ.value).toBeCloseTo(0.39245801931139409903, 9);
    expect(m.js.value).toBeCloseTo(0.12714954508153725292, 9);
    expect(m.js.error).toBeLessThan(1e-8);
    // Q has mass outside [−1, 1], where P has none: the reverse direction is infinite.
    expect(m.klQP.value).toBe(Infinity);
    expect(m.klQP.reason).toEqual({
      code: 'support-mismatch',
      zeroIn: 'P',
      region: [
        { lo: -Infinity, hi: -1 },
        { lo: 1, hi: Infinity },
      ],
    });
  });

  it('KL(N(0,1)‖U(−1,1)) = ∞ where N has mass outside [−1, 1]; JS stays finite', () => {
    const m = continuous1Measures(N(0, 1), U(-1, 1));
    expect(m.klPQ.value).toBe(Infinity);
    expect(m.klPQ.reason?.code).toBe('support-mismatch');
    expect(m.cePQ.value).toBe(Infinity);
    expect(m.js.value).toBeCloseTo(0.12714954508153725292, 9);
  });

  it('U–U: the closed form ln(w_q/w_p) when nested, ∞ with the region when not (families_new.py)', () => {
    const m = continuous1Measures(U(0, 1), U(-1, 3));
    expect(m.klPQ.value).toBeCloseTo(Math.log(4), 15);
    expect(m.klPQ.method).toBe('closed-form');
    expect(m.cePQ.value).toBeCloseTo(Math.log(4), 15);
    expect(m.klQP.value).toBe(Infinity);
    const shifted = continuous1Measures(U(0, 2), U(1, 3));
    expect(shifted.klPQ.reason).toEqual({
      code: 'support-mismatch',
      zeroIn: 'Q',
      region: [{ lo: 0, hi: 1 }],
    });
    // JS of two half-overlapping uniforms by hand: on the overlap p = q, elsewhere one is 0:
    // ½[½ ln 2 + ½ ln 2] = ½ ln 2.
    expect(Math.abs(shifted.js.value - Math.LN2 / 2)).toBeLessThan(1e-9);
  });
});
