import type { Nats } from '../units';

/**
 * Why a measure is +Infinity. `zeroIn` names the distribution that gives probability 0 to an outcome
 * the other can produce: KL(P‖Q) is infinite when Q has such a zero, KL(Q‖P) when P has one.
 * `outcome` is the first offending category of a discrete distribution.
 */
export interface SupportMismatch {
  readonly code: 'support-mismatch';
  readonly zeroIn: 'P' | 'Q';
  readonly outcome?: number;
  /**
   * For densities: where the distribution with the mass has it and `zeroIn` has density 0, as
   * closed intervals (±Infinity for an unbounded end), e.g. (−∞, −1] and [1, ∞) for N(0, 1)
   * against U(−1, 1). The integrand plot shades them.
   */
  readonly region?: readonly { readonly lo: number; readonly hi: number }[];
}

/**
 * Both densities are positive everywhere that matters, but the first one's tail is too heavy for
 * the second's: −ln q grows like |x|^r while p falls only like |x|^(−α) with α − 1 ≤ r, so
 * E_P[−ln q] diverges (KL(T(2, 0, 1)‖N(0, 1)): a t with ν ≤ 2 against a Normal). `lighter` names
 * the distribution whose tail is too light (Q for KL(P‖Q)).
 */
export interface HeavyTail {
  readonly code: 'heavy-tail';
  readonly lighter: 'P' | 'Q';
}

/**
 * The true value is finite but larger than the largest double (≈ 1.8·10³⁰⁸ nats): e.g. KL between
 * N(0, 1e-300) and N(0, 1), ½(σq/σp)² ≈ 5·10⁵⁹⁹. Only reported where a bound proves the overflow.
 */
export interface BeyondDouble {
  readonly code: 'beyond-double';
}

/**
 * A Rényi divergence of order α > 1 whose integral ∫p^α q^(1−α) diverges although both densities
 * are positive everywhere: far out (or near an edge where P's density is infinite) p^α q^(1−α)
 * falls too slowly to be integrable, e.g. two Normals with σ_P > σ_Q once α ≥ σ_P²/(σ_P² − σ_Q²).
 * Not a support mismatch and not an overflow.
 */
export interface DivergentIntegral {
  readonly code: 'divergent-integral';
}

export type InfiniteReason = SupportMismatch | BeyondDouble | HeavyTail | DivergentIntegral;

export const DIVERGENT_INTEGRAL: DivergentIntegral = { code: 'divergent-integral' };

export const BEYOND_DOUBLE: BeyondDouble = { code: 'beyond-double' };

/** How a value was obtained: an exact formula, or a numerical method with an error estimate. */
export type Method = 'closed-form' | 'quadrature';

/**
 * One measure's value in nats, with an absolute error estimate (0 for a closed form, which is exact
 * to rounding). A value of +Infinity always carries its reason. NaN never appears.
 */
export interface MeasureValue {
  readonly value: Nats;
  readonly error: number;
  readonly method: Method;
  readonly reason?: InfiniteReason;
  /**
   * A quick first pass (looser quadrature tolerances, see continuous2Measures' `precision`): `error`
   * still bounds its distance from the truth, but is larger; a refined value follows.
   */
  readonly coarse?: true;
}

/** The keys of the readout contract, in display order: from the measures table. */
export { MEASURE_KEYS, type MeasureKey } from '../measures/table';
import type { MeasureKey } from '../measures/table';

/**
 * Every measure of a pair (P, Q):
 * - klPQ = KL(P‖Q) = E_P[log p/q]; klQP = KL(Q‖P)
 * - js = ½KL(P‖M) + ½KL(Q‖M), M = (P + Q)/2, in [0, ln 2]
 * - symKl = KL(P‖Q) + KL(Q‖P)
 * - cePQ = H(P, Q) = −E_P[log q] = H(P) + KL(P‖Q)
 * - hP, hQ: Shannon entropy (discrete) or differential entropy (continuous; may be negative)
 * - tv = ½Σ|p − q| (or ½∫), hellinger = H² = 1 − Σ√(pq): unitless, in [0, 1] (`value` is not nats
 *   for these two; the table's `unit: 'none'` says so)
 * - renyi = D_α(P‖Q) = ln(Σ p^α q^(1−α))/(α − 1), in nats, at the scenario's order α
 */
export type MeasureSet = { readonly [K in MeasureKey]: MeasureValue };

/** A measure obtained exactly. */
export const exact = (value: number, reason?: InfiniteReason): MeasureValue =>
  reason
    ? { value: value as Nats, error: 0, method: 'closed-form', reason }
    : { value: value as Nats, error: 0, method: 'closed-form' };

/** A closed form: exact, or +Infinity with the reason 'beyond-double' where it overflowed. */
export const exactOrBeyond = (value: number): MeasureValue =>
  value === Infinity ? exact(value, BEYOND_DOUBLE) : exact(value);
