import { expect } from 'vitest';
import { MEASURE_KEYS, type MeasureSet } from '../core/divergences/types';

/**
 * What every numerically computed MeasureSet must satisfy: finite values and error estimates,
 * KL ≥ 0 both ways, 0 ≤ JS ≤ ln 2, and H(P,Q) = H(P) + KL(P‖Q) within the reported error estimates
 * plus `relative`·scale + `absolute` of rounding.
 */
export function expectMeasureInvariants(m: MeasureSet, relative: number, absolute: number): void {
  for (const key of MEASURE_KEYS) {
    expect(Number.isFinite(m[key].value), key).toBe(true);
    expect(Number.isFinite(m[key].error), key).toBe(true);
  }
  expect(m.klPQ.value).toBeGreaterThanOrEqual(0);
  expect(m.klQP.value).toBeGreaterThanOrEqual(0);
  expect(m.js.value).toBeGreaterThanOrEqual(0);
  expect(m.js.value).toBeLessThanOrEqual(Math.LN2);
  const gap = Math.abs(m.cePQ.value - m.hP.value - m.klPQ.value);
  const scale = Math.abs(m.cePQ.value) + Math.abs(m.hP.value) + m.klPQ.value;
  expect(gap).toBeLessThanOrEqual(
    m.cePQ.error + m.hP.error + m.klPQ.error + relative * scale + absolute,
  );
}
