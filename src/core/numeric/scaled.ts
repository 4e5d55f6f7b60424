/**
 * Arithmetic that keeps intermediates inside the double range where the result is representable:
 * standardised differences of means near ±1.8e308, and halves of squares near 1.9e154.
 */

/**
 * (a − b)/s without a spurious overflow of a − b: when |a − b| exceeds the largest double (a = 1e308,
 * b = −1e308) the halves are subtracted instead, ((a/2 − b/2)/s)·2, which is exact in the same cases
 * and overflows only if the quotient does. ±Infinity means |a − b|/s really exceeds 1.8e308.
 */
export function standardisedDifference(a: number, b: number, s: number): number {
  const d = a - b;
  if (Number.isFinite(d)) return d / s;
  return ((0.5 * a - 0.5 * b) / s) * 2;
}

/** x²/2 formed as (x/2)·x, which stays finite for |x| up to 1.9e154 (x·x overflows at 1.34e154). */
export const halfSquare = (x: number): number => 0.5 * x * x;
