import { LN2_64_HI, LN2_64_LO } from '../numeric/fastExp';

/**
 * Tables for k3(ℓ) = e^ℓ − 1 − ℓ without a branch on |ℓ| and without cancellation near ℓ = 0.
 *
 * With h = LN2_64_HI + LN2_64_LO (≈ ln2/64, the step the reduction actually subtracts), ℓ = k·h + ρ,
 * k = round(ℓ/h), |ρ| ≤ h/2 ≈ 0.0054, the identity
 *   e^ℓ − 1 − ℓ = Cₖ + ρ·(Eₖ + Tₖ·ρ·P(ρ)),   Tₖ = e^{kh}, Eₖ = e^{kh} − 1, Cₖ = e^{kh} − 1 − kh,
 *   P(ρ) = (e^ρ − 1 − ρ)/ρ² = 1/2! + ρ/3! + … + ρ⁵/7!  (truncation < ρ⁶/8! / ½ < 1.3e-18 relative)
 * is exact algebra. Cₖ and Eₖ are tabulated themselves (not formed as Tₖ − 1 in double, which would
 * cost up to 2e-12 relative near k = ±1), so the only cancellation left is C₊₁ + ρ·E₊₁ at ρ ≈ −h/2,
 * a factor ≈ 4: the result is within a few ulp. For k = 0 it is ρ²·P(ρ) with ρ = ℓ exactly.
 * Every value is ≥ 0 up to rounding: ≈ (kh + ρ)²/2 with |kh + ρ| ≥ h/2 for k ≠ 0.
 *
 * The entries are computed here, at load, in 160-bit fixed point with BigInt (exact integer
 * arithmetic, so every engine builds the same bits), and rounded once by Number(bigint), which the
 * spec defines as round-to-nearest: each entry is the correctly rounded double of its exact value
 * (error of the fixed-point chain < 2⁻¹⁴⁰, far below half an ulp of the smallest entry, C±1 ≈ 5.9e-5).
 */

/** Tabulated k: −K3_TABLE_K … K3_TABLE_K, so |ℓ| ≲ 511·ln2/64 ≈ 5.53 takes the table path. */
export const K3_TABLE_K = 511;
/** 2·K3_TABLE_K + 1 rounded up to a power of two, minus one. */
export const K3_TABLE_MASK = 1023;

/**
 * [Cₖ, Eₖ, Tₖ, 0] at index 4·(k + K3_TABLE_K): the stride of 4 keeps the three values of a lookup
 * in one cache line and makes the index a shift; 32 KB, of which |ℓ| < 1 uses the middle 9 KB.
 */
export const K3_TABLE = buildK3Table(K3_TABLE_K);

function buildK3Table(kMax: number): Float64Array {
  const FRAC = 160n;
  const ONE = 1n << FRAC;
  // HI (33 significant bits, exponent −7) and LO (53 bits, ≈ 2⁻⁴²) are exact multiples of 2⁻¹⁰⁰.
  const toFixed = (x: number): bigint => BigInt(x * 2 ** 100) << (FRAC - 100n);
  const h = toFixed(LN2_64_HI) + toFixed(LN2_64_LO);
  const expFixed = (x: bigint): bigint => {
    let sum = ONE;
    let term = ONE;
    for (let n = 1n; term !== 0n; n++) {
      term = (term * x) / (n << FRAC);
      sum += term;
    }
    return sum;
  };
  const up = expFixed(h);
  const down = expFixed(-h);
  const table = new Float64Array(4 * (K3_TABLE_MASK + 1));
  const toDouble = (v: bigint): number => Number(v) * 2 ** -160;
  const put = (k: number, e: bigint): void => {
    const i = 4 * (k + kMax);
    table[i] = toDouble(e - ONE - BigInt(k) * h);
    table[i + 1] = toDouble(e - ONE);
    table[i + 2] = toDouble(e);
  };
  put(0, ONE);
  for (let k = 1, ePos = ONE, eNeg = ONE; k <= kMax; k++) {
    ePos = (ePos * up) >> FRAC;
    eNeg = (eNeg * down) >> FRAC;
    put(k, ePos);
    put(-k, eNeg);
  }
  return table;
}
