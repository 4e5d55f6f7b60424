import { expTable, FAST_EXP_LIMIT } from '../numeric/fastExp';
import { K3_TABLE } from './k3Table';

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
 * |ℓ| ≤ {@link K3_TABLE_LIMIT} (the bulk of every pair's samples) goes to {@link k3InTable}, within a
 * few ulp; the rest to {@link k3FromLogRatioWide}. Never negative.
 * Edge cases: ℓ = −∞ (q = 0) gives +∞; ℓ > 709.78 (r overflows) gives +∞; never NaN for non-NaN ℓ.
 */
export function k3FromLogRatio(logRatio: number): number {
  const l = logRatio;
  // 5.5 = K3_TABLE_LIMIT, literal (see k3InTable); false for ±∞ and NaN.
  if (l >= -5.5 && l <= 5.5) return k3InTable(l, K3_TABLE);
  return k3FromLogRatioWide(l);
}

/** The largest |ℓ| {@link k3InTable} accepts: round(64ℓ/ln2) stays within ±508 of the table's ±511. */
export const K3_TABLE_LIMIT = 5.5;

/**
 * k3(ℓ) = e^ℓ − 1 − ℓ for |ℓ| ≤ {@link K3_TABLE_LIMIT} only, with `table` = K3_TABLE (a parameter so
 * that hot loops hold it in a local). No branch and no call, so a hot loop can inline it, test the
 * range with one compare per value and leave the loop for the rare value outside it (see
 * LogRatioAccumulator.sumInTable); outside the range the result is meaningless.
 *
 * ℓ = k·h + ρ with h ≈ ln2/64, |ρ| ≤ h/2, and e^ℓ − 1 − ℓ = Cₖ + ρ·(Eₖ + Tₖ·ρ·P(ρ)) with the correctly
 * rounded tables Cₖ = e^{kh} − 1 − kh, Eₖ = e^{kh} − 1, Tₖ = e^{kh} (k3Table.ts): there is no
 * cancellation near ℓ = 0 (no e^ℓ − 1 is formed) and the result is within a few ulp everywhere.
 * P(ρ) = (e^ρ − 1 − ρ)/ρ² to ρ⁵/7! (truncation < 1.3e-18 relative), by Estrin's scheme (three short
 * dependency chains instead of Horner's one long one). Only +, −, × and lookups: the same bits in
 * every engine. Worst error found ≈ 5 ulp (1.04e-15 relative, at the edges of the k = ±1 cells).
 * It replaced a branch at |ℓ| = 0.15 between a Taylor series and expTable(ℓ) − 1 − ℓ, which the
 * CPU mispredicted on a good share of samples (docs/BENCHMARKS.md).
 *
 * Never negative, so no clamp: for k = 0 it is ρ·(ρ·P(ρ)) with P > 0, a product of same-sign
 * factors; for k ≠ 0, |ℓ| ≥ h/2 so the exact value is ≥ 1.4e-5 while the rounding error is < 1e-18.
 */
export function k3InTable(l: number, table: Float64Array): number {
  // The constants are INV_LN2_64, ROUND, LN2_64_HI, LN2_64_LO of fastExp.ts and K3_TABLE_K = 511 as
  // literals: Node 20's V8 does not constant-fold module-level consts, so each use would be a context
  // load with a type check inside the hot loops this is inlined into (k3Table.test.ts checks them).
  const kd = l * 92.33248261689366 + 6755399441055744 - 6755399441055744;
  const rho = l - kd * 0.010830424695996044 - kd * 2.5310172166650877e-13;
  // The mask changes nothing in range (kd + 511 ∈ [3, 1019]) but lets V8 drop overflow checks.
  const i = (((kd | 0) + 511) & 1023) << 2;
  const rho2 = rho * rho;
  const poly =
    1 / 2 +
    rho * (1 / 6) +
    rho2 * (1 / 24 + rho * (1 / 120)) +
    rho2 * rho2 * (1 / 720 + rho * (1 / 5040));
  return table[i]! + rho * (table[i + 1]! + table[i + 2]! * rho * poly);
}

/**
 * k3 for any ℓ, the slow path of {@link k3FromLogRatio} (|ℓ| > 5.5, ±∞, NaN); what k3 was before
 * the table. For |ℓ| < 0.15 the Taylor series ℓ²/2! + … + ℓ¹²/12! (first omitted term < 3e-19 of
 * the sum); elsewhere
 * e^ℓ − 1 − ℓ ≥ 0.0104, so an error of 2 ulp in e^ℓ costs < 5e-14 relative. e^ℓ comes from the
 * table-driven {@link expTable} (Math.exp beyond |ℓ| = 708, for overflow and underflow).
 */
export function k3FromLogRatioWide(logRatio: number): number {
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
  const e = l > -FAST_EXP_LIMIT && l < FAST_EXP_LIMIT ? expTable(l) : Math.exp(l);
  const v = e - 1 - l;
  return v > 0 ? v : 0;
}
