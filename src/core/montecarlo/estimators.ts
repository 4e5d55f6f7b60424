/**
 * The three per-sample KL estimators of Schulman (2020), "Approximating KL divergence", written in
 * terms of ℓ = log r = log q(x) − log p(x) for x ~ P, so that r = e^ℓ is never formed where it could
 * overflow. k1 and k3 have expectation KL(P‖Q); k2's mean is ½E[(log r)²], which is not KL in general.
 */

/** k1 = −log r = log p(x) − log q(x): unbiased, high variance, may be negative. ℓ = −∞ gives +∞. */
export const k1FromLogRatio = (logRatio: number): number => -logRatio;

/** k2 = ½(log r)²: biased, low variance, ≥ 0. ℓ = −∞ gives +∞. */
export const k2FromLogRatio = (logRatio: number): number => 0.5 * logRatio * logRatio;

/**
 * k3 = (r − 1) − log r = e^ℓ − 1 − ℓ: unbiased (E_P[r] = 1) and ≥ 0 since e^ℓ ≥ 1 + ℓ.
 * For |ℓ| < 0.15 the difference cancels, so the Taylor series ℓ²/2! + ℓ³/3! + … + ℓ¹²/12! is summed
 * instead (the first omitted term is < 3e-19 of the sum). Elsewhere e^ℓ − 1 − ℓ ≥ 0.0104, so the
 * rounding of e^ℓ (≲ 1 ulp of max(e^ℓ, 1)) costs < 5e-14 relative. Math.exp is used rather than
 * Math.expm1 because V8's exp is about twice as fast, and expm1's extra accuracy near 0 is not
 * needed once the series covers |ℓ| < 0.15. Clamped at 0 so rounding can never make it negative.
 * (A pure-JS exp with Cody–Waite reduction was tried for speed and engine independence; in V8 it was
 * slower than Math.expm1, so it was dropped.)
 * Edge cases: ℓ = −∞ (q = 0) gives +∞; ℓ > 709.78 (r overflows) gives +∞; never NaN for non-NaN ℓ.
 */
export function k3FromLogRatio(logRatio: number): number {
  const l = logRatio;
  if (l > -0.15 && l < 0.15) {
    return (
      l *
      l *
      (1 / 2 +
        l *
          (1 / 6 +
            l *
              (1 / 24 +
                l *
                  (1 / 120 +
                    l *
                      (1 / 720 +
                        l *
                          (1 / 5040 +
                            l *
                              (1 / 40320 +
                                l *
                                  (1 / 362880 +
                                    l * (1 / 3628800 + l * (1 / 39916800 + l / 479001600))))))))))
    );
  }
  const v = Math.exp(l) - 1 - l;
  return v > 0 ? v : 0;
}
