import type { MonteCarloInfiniteReason } from '../../core/montecarlo/summary';
import { formatNumber } from '../format';
import { explainInfinity } from '../measures';

/** A sample count for people: 2.5 M, 120 k, 950. */
export function formatCount(x: number): string {
  if (x >= 1e6) return `${formatNumber(x / 1e6, 3)} M`;
  if (x >= 1e4) return `${formatNumber(x / 1e3, 3)} k`;
  return String(x);
}

/** Why an estimate is +∞, in one sentence. */
export function explainMonteCarloInfinity(
  reason: MonteCarloInfiniteReason,
  outcomeCount?: number,
): string {
  if (reason.code === 'ratio-overflow')
    return 'A ratio r exceeded the largest double (≈ 1.8e308), so r − 1 − log r cannot be represented.';
  return `A sample was drawn where ${explainInfinity(reason, outcomeCount).replace(/\.$/, '')}: the divergence is infinite.`;
}
