import { betaTails } from './incompleteBeta';

/**
 * The CDF of the standard Student-t distribution with ν > 0 degrees of freedom, F(t) = P(T ≤ t).
 *
 * Method: with y = t²/(ν + t²) and x = ν/(ν + t²) = 1 − y (both computed directly, neither as 1 − the
 * other), P(|T| > |t|) = I_x(ν/2, ½) and P(|T| ≤ |t|) = I_y(½, ν/2) (A&S 26.7.1); the incomplete beta
 * returns whichever tail is small without cancellation, so F is accurate to ≈ 1e-14 relative in both
 * tails (special.test.ts, against mpmath) and F(t) + F(−t) = 1 exactly in the arithmetic.
 * Edge cases: t = ±Infinity gives 1 / 0; t = 0 gives ½; NaN gives NaN.
 */
export function studentTCdf(t: number, nu: number): number {
  if (Number.isNaN(t)) return NaN;
  if (t === Infinity) return 1;
  if (t === -Infinity) return 0;
  const at = Math.abs(t);
  // For huge |t|, t² overflows; ν/(ν + t²) = (ν/|t|)/|t| to first order, and y = 1 to double precision.
  let x: number;
  let y: number;
  if (at > 1e150) {
    x = nu / at / at;
    y = 1;
  } else {
    const t2 = at * at;
    x = nu / (nu + t2);
    y = t2 / (nu + t2);
  }
  const tails = betaTails(x, nu / 2, 0.5, y); // lower = P(|T| > |t|)
  const outside = tails.lower;
  const half = 0.5 * outside;
  return t < 0 ? half : 1 - half;
}

/** The survival function 1 − F(t) of the standard Student-t, accurate in the upper tail. */
export function studentTSurvival(t: number, nu: number): number {
  return studentTCdf(-t, nu);
}
