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

/**
 * How fast a run drew its samples, for the status line: "95.2 M samples/s on 2 workers". Empty
 * before there is a meaningful rate (no samples yet, or under 50 ms of run time).
 */
export function formatThroughput(samples: number, elapsedMs: number, workers: number): string {
  if (!(samples > 0) || !(elapsedMs >= 50) || !(workers >= 1)) return '';
  const rate = (samples / elapsedMs) * 1000;
  return `${formatCount(Math.round(rate))} samples/s on ${workers} worker${workers === 1 ? '' : 's'}`;
}

/** A duration for the status line: "0.84 s", "12.3 s". */
export function formatSeconds(ms: number): string {
  return `${formatNumber(ms / 1000, 3)} s`;
}
