/**
 * A table-driven e^x in pure arithmetic, about 1.6× faster than Math.exp in V8 (which calls
 * out of JIT code): k3 needs one exponential per sample, and it was half of the 1-D Gaussian
 * kernel's time. Only +, −, ×, a round-to-nearest trick and table lookups are used, so the result is
 * the same in every engine (Math.exp's last bit may differ between engines).
 *
 * Method (Tang 1989): x = k·ln2/64 + r with k = round(64x/ln2), |r| ≤ ln2/128 ≈ 0.0054, the product
 * k·ln2/64 formed exactly from a 33-bit high part; e^x = 2^(k>>6) · 2^((k&63)/64) · e^r with the 64
 * values 2^(j/64) correctly rounded (scripts/references/montecarlo_exp_table.py, mpmath) and
 * e^r − 1 by its degree-5 Taylor polynomial (truncation r⁶/720 < 4e-17). Error ≲ 2 ulp.
 */

/** 2^(j/64), j = 0 … 63, correctly rounded (scripts/references/montecarlo_exp_table.py). */
const EXP2_64 = Float64Array.from([
  1.0, 1.0108892860517005, 1.0218971486541166, 1.0330248790212284, 1.0442737824274138,
  1.0556451783605572, 1.0671404006768237, 1.0787607977571199, 1.0905077326652577, 1.102382583307841,
  1.1143867425958924, 1.1265216186082418, 1.1387886347566916, 1.1511892299529827,
  1.1637248587775775, 1.1763969916502812, 1.189207115002721, 1.202156731452703, 1.215247359980469,
  1.22848053610687, 1.241857812073484, 1.255380757024691, 1.2690509571917332, 1.2828700160787783,
  1.2968395546510096, 1.3109612115247644, 1.3252366431597413, 1.339667524053303, 1.3542555469368927,
  1.3690024229745905, 1.383909881963832, 1.3989796725383112, 1.4142135623730951, 1.42961333839197,
  1.4451808069770467, 1.460917794180647, 1.4768261459394993, 1.4929077282912648, 1.5091644275934228,
  1.5255981507445384, 1.5422108254079407, 1.559004400237837, 1.5759808451078865, 1.593142151342267,
  1.6104903319492543, 1.6280274218573478, 1.645755478153965, 1.6636765803267364, 1.681792830507429,
  1.7001063537185235, 1.718619298122478, 1.7373338352737062, 1.7562521603732995, 1.7753764925265212,
  1.7947090750031072, 1.8142521755003989, 1.8340080864093424, 1.8539791250833855, 1.8741676341103,
  1.8945759815869656, 1.9152065613971474, 1.9360617934922943, 1.9571441241754002, 1.978456026387951,
]);

/** 2^n for n = −1022 … 1023 (exact: powers of two), index n + 1022. */
const POW2 = new Float64Array(2046);
for (let n = -1022, x = 2 ** -1022; n <= 1023; n++, x *= 2) POW2[n + 1022] = x;

export const INV_LN2_64 = 92.33248261689366;
/** ln2/64 = HI + LO, HI with 33 significant bits so that k·HI is exact for |k| < 2^20. */
export const LN2_64_HI = 0.010830424695996044;
export const LN2_64_LO = 2.5310172166650877e-13;
/** 1.5·2^52: adding and subtracting it rounds a double of magnitude < 2^51 to the nearest integer. */
export const ROUND = 6755399441055744;

/** The largest |x| this handles; beyond it (overflow, subnormal results) callers use Math.exp. */
export const FAST_EXP_LIMIT = 708;

/**
 * e^x for |x| ≤ {@link FAST_EXP_LIMIT} (≤ 2 ulp). Outside that range the result is not defined:
 * callers must check (k3FromLogRatio falls back to Math.exp, which handles overflow and underflow).
 */
export function expTable(x: number): number {
  const kd = x * INV_LN2_64 + ROUND - ROUND;
  const r = x - kd * LN2_64_HI - kd * LN2_64_LO;
  const k = kd | 0;
  const t = EXP2_64[k & 63]!;
  const q = r * (1 + r * (1 / 2 + r * (1 / 6 + r * (1 / 24 + r * (1 / 120)))));
  return (t + t * q) * POW2[(k >> 6) + 1022]!;
}
