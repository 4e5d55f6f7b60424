/**
 * The inequalities that place KL among the f-divergences, evaluated at a pair's measures (the
 * f-divergence panel draws them live):
 * - Pinsker: TV ≤ √(KL/2), for either direction of KL; the tighter one, with the smaller KL, is used
 *   (`direction` says which).
 * - Hellinger: H² ≤ TV ≤ √2·H, H = √H² (Le Cam), every term unitless in [0, 1] or [0, √2].
 * - Rényi monotone in α: D_α ≤ KL(P‖Q) = D₁ for α < 1, ≥ for α > 1.
 * Each is also checked (`holds`), with a slack for the rounding of the quadratures and sums that
 * computed the measures: a bound met with equality (Pinsker at a near-tight pair) must not read ✗.
 */
import type { MeasureSet } from '../divergences/types';

export interface FDivergenceInequalities {
  readonly tv: number;
  readonly hellinger: number;
  /** √(KL/2) with the smaller of the two KLs (∞ if both are infinite). */
  readonly pinsker: number;
  readonly direction: 'PQ' | 'QP';
  /** √2·H = √(2H²). */
  readonly leCam: number;
  readonly klPQ: number;
  readonly renyi: number;
  readonly order: number;
  /** Whether each inequality holds at these numbers, up to {@link INEQUALITY_SLACK}. */
  readonly holds: {
    readonly pinsker: boolean;
    readonly hellinger: boolean;
    readonly renyi: boolean;
  };
}

/**
 * Absolute (and, for the Rényi comparison, relative) slack of the `holds` checks: far below any
 * displayed digit, far above the rounding of a double-precision sum or quadrature of these sizes.
 */
export const INEQUALITY_SLACK = 1e-12;

/**
 * D_α against KL(P‖Q) = D₁: ≤ for α < 1, ≥ for α > 1 (relative slack, as both can be large),
 * trivially true at α = 1; infinite values compare as the extended reals do (∞ ≥ ∞).
 */
function renyiMonotone(renyi: number, kl: number, order: number, slack: number): boolean {
  if (order === 1) return true;
  return order < 1 ? renyi <= kl * (1 + slack) + slack : renyi >= kl * (1 - slack) - slack;
}

/** The numbers of {@link FDivergenceInequalities} from a MeasureSet (at Rényi order `order`). */
export function fDivergenceInequalities(m: MeasureSet, order: number): FDivergenceInequalities {
  const direction = m.klQP.value < m.klPQ.value ? 'QP' : 'PQ';
  const kl = direction === 'PQ' ? m.klPQ.value : m.klQP.value;
  const tv = m.tv.value;
  const hellinger = m.hellinger.value;
  const pinsker = Math.sqrt(kl / 2);
  const leCam = Math.sqrt(2 * hellinger);
  const s = INEQUALITY_SLACK;
  return {
    tv,
    hellinger,
    pinsker,
    direction,
    leCam,
    klPQ: m.klPQ.value,
    renyi: m.renyi.value,
    order,
    holds: {
      pinsker: tv <= pinsker + s,
      hellinger: hellinger <= tv + s && tv <= leCam + s,
      renyi: renyiMonotone(m.renyi.value, m.klPQ.value, order, s),
    },
  };
}
