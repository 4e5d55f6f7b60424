/**
 * The inequalities that place KL among the f-divergences, evaluated at a pair's measures (the
 * f-divergence panel draws them live):
 * - Pinsker: TV ≤ √(KL/2), for either direction of KL; the tighter one, with the smaller KL, is used
 *   (`direction` says which).
 * - Hellinger: H² ≤ TV ≤ √2·H, H = √H² (Le Cam), every term unitless in [0, 1] or [0, √2].
 * - Rényi monotone in α: D_α ≤ KL(P‖Q) = D₁ for α < 1, ≥ for α > 1.
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
}

/** The numbers of {@link FDivergenceInequalities} from a MeasureSet (at Rényi order `order`). */
export function fDivergenceInequalities(m: MeasureSet, order: number): FDivergenceInequalities {
  const direction = m.klQP.value < m.klPQ.value ? 'QP' : 'PQ';
  const kl = direction === 'PQ' ? m.klPQ.value : m.klQP.value;
  return {
    tv: m.tv.value,
    hellinger: m.hellinger.value,
    pinsker: Math.sqrt(kl / 2),
    direction,
    leCam: Math.sqrt(2 * m.hellinger.value),
    klPQ: m.klPQ.value,
    renyi: m.renyi.value,
    order,
  };
}
