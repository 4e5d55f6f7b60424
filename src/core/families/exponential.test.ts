import { describe, expect, it } from 'vitest';
import type { Continuous1Spec } from '../distributions/types';
import { continuous1Measures } from '../divergences/continuous1';
import { parseSpec } from '../spec/parse';
import { EXPONENTIAL } from './exponential';

const E = (rate: number): Continuous1Spec => ({ family: 'exponential', rate });

describe('Exp(rate)', () => {
  it('parses, formats round-trip and refuses a rate out of range at parse time', () => {
    const r = parseSpec('Exp(2.5)');
    expect(r.ok && r.value).toEqual({ family: 'exponential', rate: 2.5 });
    expect(EXPONENTIAL.format({ family: 'exponential', rate: 2.5 })).toBe('Exp(2.5)');
    const bad = parseSpec('Exp(-1)');
    expect(!bad.ok && bad.error.message).toBe(
      'Exp(rate) supports rate from 2.2e-308 to 1.8e308, got -1',
    );
  });

  it('Exp–Exp in closed form: KL(Exp(1)‖Exp(2)) = ln ½ + 2 − 1 = 1 − ln 2 (by hand)', () => {
    const m = continuous1Measures(E(1), E(2));
    expect(m.klPQ.value).toBeCloseTo(1 - Math.LN2, 15);
    expect(m.klPQ.method).toBe('closed-form');
  });

  it('against a Normal through the generic path (families_mixed.py, mpmath)', () => {
    const m = continuous1Measures(E(1), { family: 'normal', mu: 1, sigma: 1 });
    expect(m.klPQ.value).toBeCloseTo(0.41893853320467274178, 9);
    // N has mass below 0, where Exp has none.
    expect(m.klQP.value).toBe(Infinity);
    expect(m.klQP.reason).toMatchObject({ code: 'support-mismatch', zeroIn: 'P' });
    const js = continuous1Measures({ family: 'normal', mu: 0, sigma: 1 }, E(1)).js;
    expect(js.value).toBeCloseTo(0.22927276892321794306, 9);
  });

  it('its handle sits at the mean 1/λ and sets the rate', () => {
    const h = EXPONENTIAL.handles![0]!;
    expect(h.x({ family: 'exponential', rate: 4 })).toBe(0.25);
    expect(h.moved({ family: 'exponential', rate: 4 }, 2)).toEqual({
      family: 'exponential',
      rate: 0.5,
    });
  });
});
