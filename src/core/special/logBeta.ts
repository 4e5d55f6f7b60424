import { logGamma, LN_SQRT_2PI, stirlingRemainder } from './logGamma';

/**
 * ln B(a, b) = ln Γ(a) + ln Γ(b) − ln Γ(a + b), for a, b > 0.
 *
 * When both are ≥ 10 the three ln Γ values are large and nearly cancel (ln B(10⁴, 10⁴) ≈ −1.4·10⁴ from
 * terms of 8·10⁴), so Stirling's form is used with the large pieces combined analytically:
 * ln B = ½ ln 2π + (a − ½) ln(a/(a+b)) + (b − ½) ln(b/(a+b)) − ½ ln(a+b) + R(a) + R(b) − R(a+b)
 * with R the Stirling remainder; ln(a/(a+b)) is taken as −log1p(b/a) to keep its digits.
 * Otherwise the direct sum (each ln Γ is accurate to ~1e-15 relative; if one of a, b is < 10 the
 * cancellation is mild).
 *
 * Edge cases: a or b = 0 gives +Infinity; overflow of a + b to Infinity gives −Infinity.
 */
export function logBeta(a: number, b: number): number {
  if (a === 0 || b === 0) return Infinity;
  const small = Math.min(a, b);
  const large = Math.max(a, b);
  const sum = a + b;
  if (sum === Infinity) return -Infinity;
  if (small >= 10) {
    return (
      LN_SQRT_2PI -
      (small - 0.5) * Math.log1p(large / small) -
      (large - 0.5) * Math.log1p(small / large) -
      0.5 * Math.log(sum) +
      stirlingRemainder(small) +
      stirlingRemainder(large) -
      stirlingRemainder(sum)
    );
  }
  if (large >= 10) {
    // ln Γ(large) − ln Γ(large + small) by Stirling, combined so that no large terms cancel.
    const ratio =
      -(large - 0.5) * Math.log1p(small / large) -
      small * Math.log(sum) +
      small +
      stirlingRemainder(large) -
      stirlingRemainder(sum);
    return logGamma(small) + ratio;
  }
  return logGamma(a) + logGamma(b) - logGamma(sum);
}
