import { expect } from 'vitest';

/** |actual − expected| ≤ abs + rel·|expected|; exact equality for infinities. */
export function expectClose(actual: number, expected: number, rel = 1e-13, abs = 1e-15): void {
  if (!Number.isFinite(expected)) {
    expect(actual).toBe(expected);
    return;
  }
  expect(Number.isFinite(actual)).toBe(true);
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(abs + rel * Math.abs(expected));
}

/** The number inside a TorchValue that must not be 'NaN'. */
export function num(v: number | 'NaN'): number {
  if (v === 'NaN') throw new Error('unexpected NaN');
  return v;
}
