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
 * k3 = (r − 1) − log r = expm1(ℓ) − ℓ: unbiased (E_P[r] = 1) and ≥ 0 since e^ℓ ≥ 1 + ℓ.
 * For |ℓ| < 0.01 the difference cancels (expm1(ℓ) ≈ ℓ), so the Taylor series ℓ²/2! + … + ℓ⁷/7! is
 * summed instead (the next term is < 1e-16 of the first); elsewhere expm1(ℓ) − ℓ has relative error
 * ≲ 2ε/|ℓ| ≤ 5e-14. Clamped at 0 so rounding can never make it negative.
 * (A pure-JS exp with Cody–Waite reduction was tried for speed and engine independence; in V8 it was
 * slower than Math.expm1, so it was dropped.)
 * Edge cases: ℓ = −∞ (q = 0) gives +∞; ℓ > 709.78 (r overflows) gives +∞; never NaN for non-NaN ℓ.
 */
export function k3FromLogRatio(logRatio: number): number {
  const l = logRatio;
  if (l > -0.01 && l < 0.01) {
    return l * l * (0.5 + l * (1 / 6 + l * (1 / 24 + l * (1 / 120 + l * (1 / 720 + l / 5040)))));
  }
  const v = Math.expm1(l) - l;
  return v > 0 ? v : 0;
}
