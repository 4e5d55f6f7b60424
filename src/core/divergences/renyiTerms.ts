/**
 * The pieces every producer of the Rényi divergence shares (discrete sums, count sums, quadrature):
 *
 *   D_α(P‖Q) = ln I/(α − 1),   I = ∫p^α q^(1−α),
 *
 * computed through the gap J = ∫[αp + (1−α)q − p^α q^(1−α)] = 1 − I, whose terms all have one sign
 * (≥ 0 for α < 1 and ≤ 0 for α > 1, by the weighted AM–GM inequality), so P ≈ Q keeps its digits:
 * D_α = −log1p(−J)/(1 − α). Where I is small (|J| > ½) its logarithm is taken directly instead,
 * since 1 − J would have lost them. α = 1 is KL(P‖Q), taken from the KL itself (the limit).
 */
import { BEYOND_DOUBLE, type InfiniteReason, type MeasureValue, type Method } from './types';
import { nats } from '../units';

/** An order α with t = 1 − α, and the log-shift a quadrature divides p^α q^(1−α) by. */
export interface RenyiOrder {
  readonly alpha: number;
  readonly t: number;
  /** The integrand of I is carried as e^(α ln p + t ln q − shift), so it neither under- nor overflows. */
  readonly shift: number;
}

export const renyiOrder = (alpha: number, shift = 0): RenyiOrder => ({
  alpha,
  t: 1 - alpha,
  shift,
});

/**
 * One outcome's (or point's) term αp + (1−α)q − p^α q^(1−α), from p, q and their logs. With
 * d = t·ln(q/p) small the difference is t(q − p) − p·expm1(d), where nothing cancels; p = 0 gives
 * t·q, and q = 0 < p gives αp (α < 1) or −∞ (α > 1: p^α q^(1−α) = ∞, a support mismatch).
 * Every term has the sign of t = 1 − α (weighted AM–GM), so one of the other sign is rounding and
 * is returned as 0: a sum or integral of them then never crosses zero.
 */
export function renyiGapTerm(lp: number, p: number, lq: number, q: number, r: RenyiOrder): number {
  const g = gapTerm(lp, p, lq, q, r);
  return r.t > 0 ? Math.max(0, g) : Math.min(0, g);
}

function gapTerm(lp: number, p: number, lq: number, q: number, r: RenyiOrder): number {
  if (p === 0) return r.t * q;
  if (q === 0) return r.t > 0 ? r.alpha * p : -Infinity;
  const d = r.t * (lq - lp);
  if (d > -1 && d < 1) return r.t * (q - p) - p * Math.expm1(d);
  return r.alpha * p + r.t * q - Math.exp(r.alpha * lp + r.t * lq);
}

/**
 * D_α from the gap J (with its absolute error) and ln I (with the absolute error of ln I), as the
 * file comment says; clamped to ≥ 0 (a negative value is rounding or quadrature error within the
 * estimate). I = 0 (no common support, α < 1) gives +∞ with `noOverlap` as the reason; an overflow,
 * 'beyond-double'. Never NaN.
 */
export function renyiFromGap(
  gap: number,
  gapError: number,
  logI: number,
  logIError: number,
  r: RenyiOrder,
  method: Method,
  noOverlap: InfiniteReason,
): MeasureValue {
  const t = r.t;
  if (Math.abs(gap) <= 0.5) {
    const value = Math.max(0, -Math.log1p(-gap) / t);
    return { value: nats(value), error: gapError / ((1 - gap) * Math.abs(t)), method };
  }
  if (logI === -Infinity) return { value: nats(Infinity), error: 0, method, reason: noOverlap };
  const value = Math.max(0, -logI / t);
  if (value === Infinity) return { value: nats(value), error: 0, method, reason: BEYOND_DOUBLE };
  return { value: nats(value), error: logIError / Math.abs(t), method };
}
