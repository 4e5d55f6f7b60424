import { logGamma, LN_SQRT_2PI } from './logGamma';

/**
 * Catherine Loader's saddle-point evaluation of binomial and Poisson probabilities ("Fast and
 * accurate computation of binomial probabilities", 2000; the method of R's dbinom/dpois). Writing
 * ln p as −stirlerr − bd0 − ½ ln(2π…) keeps every piece small, so the log-pmf has an absolute error
 * of a few ε even for n = 10⁴ or λ = 10⁴, where ln n! ≈ 8·10⁴ would cost 1e-11 by the naive formula.
 */

/** δ(n) = ln Γ(n + 1) − (n + ½) ln n + n − ½ ln 2π for n = 0, ½, 1, …, 15 (mpmath, 40 digits; δ(0) = 0 by convention). */
const STIRLING_ERROR_HALVES = [
  0, 0.15342640972002736, 0.08106146679532726, 0.05481412105191765, 0.0413406959554093,
  0.03316287351993629, 0.02767792568499834, 0.023746163656297496, 0.020790672103765093,
  0.018488450532673187, 0.016644691189821193, 0.015134973221917378, 0.013876128823070748,
  0.012810465242920227, 0.01189670994589177, 0.011104559758206917, 0.010411265261972096,
  0.009799416126158804, 0.009255462182712733, 0.008768700134139386, 0.00833056343336287,
  0.00793411456431402, 0.007573675487951841, 0.007244554301320383, 0.00694284010720953,
  0.006665247032707682, 0.006408994188004207, 0.006171712263039458, 0.0059513701127588475,
  0.0057462165130101155, 0.005554733551962801,
] as const;

/**
 * Stirling's error δ(n) = ln n! − [(n + ½) ln n − n + ½ ln 2π], n ≥ 0 real.
 * Half-integers ≤ 15 from a table; other n ≤ 15 from ln Γ (absolute error ≈ 1e-15, which is what a
 * log-pmf needs); n > 15 from the series 1/(12n) − 1/(360n³) + … with as many terms as n needs.
 */
export function stirlingError(n: number): number {
  if (n <= 15) {
    const twice = n + n;
    if (twice === Math.floor(twice)) return STIRLING_ERROR_HALVES[twice]!;
    return logGamma(n + 1) - (n + 0.5) * Math.log(n) + n - LN_SQRT_2PI;
  }
  const nn = n * n;
  const S0 = 1 / 12;
  const S1 = 1 / 360;
  const S2 = 1 / 1260;
  const S3 = 1 / 1680;
  const S4 = 1 / 1188;
  if (n > 500) return (S0 - S1 / nn) / n;
  if (n > 80) return (S0 - (S1 - S2 / nn) / nn) / n;
  if (n > 35) return (S0 - (S1 - (S2 - S3 / nn) / nn) / nn) / n;
  return (S0 - (S1 - (S2 - (S3 - S4 / nn) / nn) / nn) / nn) / n;
}

/**
 * The deviance term bd0(x, m) = x ln(x/m) + m − x ≥ 0, for x > 0, m > 0. Near x = m the direct
 * formula cancels; there (|x − m| < 0.1(x + m)) it sums the series
 * (x − m)²/(x + m) · Σ v²ʲ/(2j + 1)·2 with v = (x − m)/(x + m), which has no cancellation.
 * `diff` = x − m may be passed by a caller that knows it more accurately than x − m rounds to
 * (KL between Bin(n, p) and Bin(n, q) passes q − p for the pair (1 − p, 1 − q)).
 */
export function deviance0(x: number, m: number, diff = x - m): number {
  if (Math.abs(diff) < 0.1 * (x + m)) {
    let v = diff / (x + m);
    let s = diff * v;
    if (Math.abs(s) < Number.MIN_VALUE * 4) return s;
    let ej = 2 * x * v;
    v *= v;
    for (let j = 1; j < 1000; j++) {
      ej *= v;
      const s1 = s + ej / (2 * j + 1);
      if (s1 === s) return s1;
      s = s1;
    }
    return s;
  }
  return x * Math.log(x / m) + m - x;
}

/**
 * ln[λˣ e^(−λ) / Γ(x + 1)] for real x ≥ 0, λ ≥ 0 (the Poisson log-pmf when x is an integer; the
 * prefactor of the incomplete gamma function otherwise). λ = 0 gives 0 at x = 0, else −Infinity.
 */
export function logPoissonRaw(x: number, lambda: number): number {
  if (lambda === 0) return x === 0 ? 0 : -Infinity;
  if (x === 0) return -lambda;
  if (x < 0) return -Infinity;
  if (lambda === Infinity) return -Infinity;
  return -stirlingError(x) - deviance0(x, lambda) - 0.5 * Math.log(2 * Math.PI * x);
}

/**
 * ln[Γ(n + 1)/(Γ(x + 1)Γ(n − x + 1)) · pˣ qⁿ⁻ˣ] for real 0 ≤ x ≤ n, with q = 1 − p passed separately
 * so that a caller holding both accurately (a tail 1 − p) loses nothing. The binomial log-pmf when
 * x and n are integers; the incomplete beta prefactor otherwise. Outside [0, n]: −Infinity.
 * p = 0 (q = 0): all mass at x = 0 (x = n).
 */
export function logBinomialRaw(x: number, n: number, p: number, q: number): number {
  if (p === 0) return x === 0 ? 0 : -Infinity;
  if (q === 0) return x === n ? 0 : -Infinity;
  if (x === 0) {
    if (n === 0) return 0;
    return p < 0.1 ? -deviance0(n, n * q) - n * p : n * Math.log(q);
  }
  if (x === n) return q < 0.1 ? -deviance0(n, n * p) - n * q : n * Math.log(p);
  if (x < 0 || x > n) return -Infinity;
  const lc =
    stirlingError(n) -
    stirlingError(x) -
    stirlingError(n - x) -
    deviance0(x, n * p) -
    deviance0(n - x, n * q);
  const lf = Math.log(2 * Math.PI) + Math.log(x) + Math.log1p(-x / n);
  return lc - 0.5 * lf;
}
