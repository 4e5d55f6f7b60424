import { describe, expect, it } from 'vitest';
import {
  INTEGRAND,
  MEASURE_INTEGRAND_DIM,
  writeMeasureIntegrands,
} from '../quadrature/measureIntegrands';
import { renyiOrder } from '../divergences/renyiTerms';
import { INTEGRATED_KEYS, MEASURE_KEYS, MEASURES } from './table';

describe('the measures table', () => {
  it('gives every measure a distinct key and test id', () => {
    expect(new Set(MEASURE_KEYS).size).toBe(MEASURES.length);
    expect(new Set(MEASURES.map((m) => m.testId)).size).toBe(MEASURES.length);
  });

  it('derives the integrand indices the inlined writer uses', () => {
    // The table's integrated measures, then the Rényi divergence's gap and mass.
    expect(MEASURE_INTEGRAND_DIM).toBe(INTEGRATED_KEYS.length + 2);
    expect([INTEGRAND.renyiGap, INTEGRAND.renyiMass]).toEqual([8, 9]);
    // p = 0.5, q = 0.25 at one point, by hand: log p = −ln 2, log q = −2 ln 2, m = 0.375.
    const out = new Float64Array(MEASURE_INTEGRAND_DIM);
    const [p, q] = [0.5, 0.25];
    const alpha = 0.3;
    writeMeasureIntegrands(Math.log(p), Math.log(q), out, 0, renyiOrder(alpha, 0.1));
    const expected: Record<(typeof INTEGRATED_KEYS)[number], number> = {
      klPQ: p * Math.log(p / q),
      klQP: q * Math.log(q / p),
      js: 0.5 * (p * Math.log(p / 0.375) + q * Math.log(q / 0.375)),
      cePQ: -p * Math.log(q),
      hP: -p * Math.log(p),
      hQ: -q * Math.log(q),
      tv: 0.5 * (p - q),
      hellinger: 0.5 * (Math.sqrt(p) - Math.sqrt(q)) ** 2,
    };
    for (const key of INTEGRATED_KEYS) expect(out[INTEGRAND[key]]).toBeCloseTo(expected[key], 14);
    // Rényi's two, by hand: αp + (1−α)q − p^α q^(1−α), and p^α q^(1−α)/e^0.1.
    const mass = p ** alpha * q ** (1 - alpha);
    expect(out[INTEGRAND.renyiGap]).toBeCloseTo(alpha * p + (1 - alpha) * q - mass, 14);
    expect(out[INTEGRAND.renyiMass]).toBeCloseTo(mass / Math.exp(0.1), 14);
  });
});
