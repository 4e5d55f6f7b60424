import { expect } from 'vitest';

/** The worst relative error seen per function in this run, printed by the suites for the report. */
export const WORST: Record<string, number> = {};

/**
 * actual ≈ expected within rel·|expected| + abs; infinities must match exactly, NaN never passes.
 * Records the relative error under `name` in {@link WORST}.
 */
export function expectNear(
  name: string,
  actual: number,
  expected: number,
  rel: number,
  abs = 0,
): void {
  expect(Number.isNaN(actual), `${name}: NaN`).toBe(false);
  if (!Number.isFinite(expected)) {
    expect(actual, name).toBe(expected);
    return;
  }
  const err = Math.abs(actual - expected);
  if (expected !== 0) WORST[name] = Math.max(WORST[name] ?? 0, err / Math.abs(expected));
  expect(err, `${name}: ${actual} vs ${expected}`).toBeLessThanOrEqual(
    rel * Math.abs(expected) + abs,
  );
}
