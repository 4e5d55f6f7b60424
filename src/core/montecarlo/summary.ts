import type { SupportMismatch } from '../divergences/types';
import { nats, type Nats } from '../units';
import type { EstimatorMoments, MonteCarloState } from './moments';

/**
 * Why a Monte Carlo estimate is +∞: a sampled x where the other density is 0 (the divergence itself is
 * infinite), or, for k3 only, a ratio r = q/p above ≈ 1.8e308 that a double cannot hold.
 */
export type MonteCarloInfiniteReason = SupportMismatch | { readonly code: 'ratio-overflow' };

/** One estimator's result in nats. */
export interface EstimatorSummary {
  /** The sample mean; +∞ once any sample was +∞. */
  readonly estimate: Nats;
  /** Standard error s/√n (s² the unbiased sample variance); +∞ with fewer than 2 samples. */
  readonly se: number;
  /** estimate ± 1.96·se (normal approximation). */
  readonly ci95: readonly [number, number];
  readonly reason?: MonteCarloInfiniteReason;
}

export interface MonteCarloSummary {
  readonly k1: EstimatorSummary;
  readonly k2: EstimatorSummary;
  readonly k3: EstimatorSummary;
  /** Samples drawn. */
  readonly n: number;
  /** Set when any estimator is +∞ (the support mismatch if one was sampled, else the k3 overflow). */
  readonly infiniteReason?: MonteCarloInfiniteReason;
}

/** Φ⁻¹(0.975). */
export const Z_95 = 1.959963984540054;

function estimatorSummary(
  m: EstimatorMoments,
  mismatch: SupportMismatch | undefined,
): EstimatorSummary {
  if (m.infinite > 0) {
    // A sampled zero of the other density makes the divergence infinite with certainty (se 0);
    // an overflowed ratio only says the estimate is too large to represent (se unknown).
    if (mismatch)
      return { estimate: nats(Infinity), se: 0, ci95: [Infinity, Infinity], reason: mismatch };
    return {
      estimate: nats(Infinity),
      se: Infinity,
      ci95: [0, Infinity],
      reason: { code: 'ratio-overflow' },
    };
  }
  if (m.count === 0) return { estimate: nats(0), se: Infinity, ci95: [-Infinity, Infinity] };
  const se = m.count > 1 ? Math.sqrt(m.m2 / (m.count - 1) / m.count) : Infinity;
  const half = Z_95 * se;
  return { estimate: nats(m.mean), se, ci95: [m.mean - half, m.mean + half] };
}

/**
 * The estimate, standard error and 95 % interval of k1, k2, k3 from a merged state.
 * Edge cases: n = 0 gives estimate 0 with se = +∞; n = 1 gives se = +∞; any +∞ sample gives
 * estimate +∞ with its reason (see {@link EstimatorSummary}). Never NaN.
 */
export function summariseMonteCarlo(state: MonteCarloState): MonteCarloSummary {
  const k1 = estimatorSummary(state.k1, state.mismatch);
  const k2 = estimatorSummary(state.k2, state.mismatch);
  const k3 = estimatorSummary(state.k3, state.mismatch);
  const infiniteReason = k1.reason ?? k2.reason ?? k3.reason;
  return { k1, k2, k3, n: state.n, ...(infiniteReason ? { infiniteReason } : {}) };
}
