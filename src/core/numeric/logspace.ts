/**
 * log(Σ exp(xᵢ)) without overflow or underflow: shifts by the maximum first.
 * Edge cases: an empty array gives −Infinity (the log of an empty sum); all −Infinity gives −Infinity;
 * any +Infinity gives +Infinity.
 */
export function logSumExp(xs: ArrayLike<number>): number {
  let max = -Infinity;
  for (let i = 0; i < xs.length; i++) if (xs[i]! > max) max = xs[i]!;
  if (max === -Infinity || max === Infinity) return max;
  let sum = 0;
  for (let i = 0; i < xs.length; i++) sum += Math.exp(xs[i]! - max);
  return max + Math.log(sum);
}

/** log(eᵃ + eᵇ), exact in the sense of {@link logSumExp} for two terms. */
export function logAddExp(a: number, b: number): number {
  if (a === -Infinity) return b;
  if (b === -Infinity) return a;
  const max = a > b ? a : b;
  if (max === Infinity) return Infinity;
  return max + Math.log1p(Math.exp(-Math.abs(a - b)));
}

/**
 * x·log(y) with the information-theory convention 0·log(anything) = 0 (SciPy's `xlogy`).
 * Edge cases: x = 0 gives 0 even for y = 0; x > 0 with y = 0 gives −Infinity.
 */
export function xlogy(x: number, y: number): number {
  if (x === 0) return 0;
  return x * Math.log(y);
}

/**
 * x − log(1 + x), accurate for small |x| where the subtraction would cancel.
 * For |x| < 0.01 the Taylor series x²/2 − x³/3 + x⁴/4 − … is summed to full precision
 * (the tenth term is 1e-16 of the first); elsewhere the direct formula loses at most 2ε/|x| ≤ 2e-14.
 * Edge cases: x = −1 gives +Infinity; x < −1 gives NaN (no real logarithm), which callers never pass.
 */
export function xMinusLog1p(x: number): number {
  if (Math.abs(x) < 0.01) {
    let term = x * x; // x^k for k = 2
    let sum = 0;
    for (let k = 2; k <= 12; k++) {
      sum += (k % 2 === 0 ? term : -term) / k;
      term *= x;
    }
    return sum;
  }
  return x - Math.log1p(x);
}
