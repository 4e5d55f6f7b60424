import { expect } from 'vitest';

/**
 * Asserts |actual − expected| ≤ max(relative·|expected|, absolute), and exact equality for infinities.
 * The message shows both values and the allowed error, so a failure says by how much it missed.
 */
export function expectClose(
  actual: number,
  expected: number,
  relative: number,
  absolute = 0,
): void {
  if (!Number.isFinite(expected)) {
    expect(actual, `expected ${expected}`).toBe(expected);
    return;
  }
  const allowed = Math.max(relative * Math.abs(expected), absolute);
  const error = Math.abs(actual - expected);
  expect(
    error <= allowed,
    `actual ${actual}, expected ${expected}: error ${error.toExponential(3)} > allowed ${allowed.toExponential(3)}`,
  ).toBe(true);
}
