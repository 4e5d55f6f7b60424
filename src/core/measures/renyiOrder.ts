/**
 * The order α of the Rényi divergence D_α(P‖Q) = ln(∫p^α q^(1−α))/(α − 1) (URL `order=`).
 *
 * Valid orders are 0 < α ≤ {@link RENYI_MAX_ORDER}. α = 1 is KL(P‖Q) exactly (the limit α → 1),
 * never a division by zero. Orders above 100 are refused: D_α is nondecreasing in α and tends to
 * D_∞ = ln sup p/q, which it is within ln(sup p/q)/α-ish of by α = 100, while p^α q^(1−α) with
 * α ≫ 100 underflows or overflows for densities that differ by a factor e^(708/α).
 */
export const RENYI_DEFAULT_ORDER = 0.5;
export const RENYI_MAX_ORDER = 100;

/** The orders of the f-divergence panel's D_α curve: (0, 3] in steps of 0.05. */
export const RENYI_CURVE_ORDERS: readonly number[] = Array.from(
  { length: 60 },
  (_, i) => Math.round((i + 1) * 5) / 100,
);

/** Why a number is not a Rényi order, or null if it is. */
export function renyiOrderProblem(alpha: number): string | null {
  if (Number.isNaN(alpha)) return 'The Rényi order must be a number.';
  if (!(alpha > 0)) return `The Rényi order must be greater than 0 (got ${alpha}).`;
  if (!(alpha <= RENYI_MAX_ORDER))
    return `The Rényi order must be at most ${RENYI_MAX_ORDER} (got ${alpha}).`;
  return null;
}
