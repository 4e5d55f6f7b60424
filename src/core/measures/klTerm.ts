import { xMinusLog1p } from '../numeric/logspace';

/**
 * One outcome's share of KL(A‖B), written as a·log(a/b) − a + b, which is ≥ 0 term by term: over
 * outcomes whose masses each sum to 1, Σ(b − a) = 0, so the sum is still KL. Summing non-negative
 * terms means nothing cancels when A ≈ B, where the textbook terms ±a·log(a/b) would lose most of
 * their digits. With x = (b − a)/a the term is a·(x − log(1 + x)); near x = 0 that needs the series
 * in {@link xMinusLog1p}, and b − a is exact there (Sterbenz), so the term keeps full relative accuracy.
 * Edge cases: a = 0 gives b; b = 0 < a gives +Infinity.
 */
export function klTermNonNegative(a: number, b: number, logA: number, logB: number): number {
  if (a === 0) return b;
  if (b === 0) return Infinity;
  const x = (b - a) / a;
  if (x > -0.5 && x < 1) return a * xMinusLog1p(x);
  return a * (logA - logB) - a + b;
}
