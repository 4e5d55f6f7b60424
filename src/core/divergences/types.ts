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
}

/**
 * The true value is finite but larger than the largest double (≈ 1.8·10³⁰⁸ nats): e.g. KL between
 * N(0, 1e-300) and N(0, 1), ½(σq/σp)² ≈ 5·10⁵⁹⁹. Only reported where a bound proves the overflow.
 */
export interface BeyondDouble {
  readonly code: 'beyond-double';
}

export type InfiniteReason = SupportMismatch | BeyondDouble;

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
