import { neumaierSum } from '../numeric/summation';
import type { Bernoulli, Categorical } from './types';

/**
 * A distribution over outcomes 0…K−1, held twice: as probabilities and as log-probabilities.
 * Both are kept because each is computed more accurately from the parameters than from the other
 * (log(1 − p) for tiny p needs log1p(−p), not log of a rounded 1 − p).
 */
export interface DiscreteDistribution {
  readonly probs: Float64Array;
  readonly logProbs: Float64Array;
}

/**
 * Bern(p) as the discrete distribution [1 − p, p] over outcomes {0, 1}.
 * 1 − p is exact in floating point for p ≥ ½ (Sterbenz), and log(1 − p) = log1p(−p) keeps full
 * relative accuracy for tiny p. Edge cases: p = 0 or 1 give a zero probability with log −Infinity.
 */
export function bernoulliDistribution(d: Bernoulli): DiscreteDistribution {
  const { p } = d;
  return {
    probs: Float64Array.of(1 - p, p),
    logProbs: Float64Array.of(Math.log1p(-p), Math.log(p)),
  };
}

/** Σw, compensated, and whether dividing by it changes the weights (|Σw − 1| > 1e-12). */
export function categoricalNormaliser(weights: ArrayLike<number>): {
  readonly total: number;
  readonly wasNormalised: boolean;
} {
  const total = neumaierSum(weights);
  return { total, wasNormalised: Math.abs(total - 1) > 1e-12 };
}

/**
 * Cat(w): p_k = w_k / Σw and log p_k = log w_k − log Σw.
 * Edge cases: a zero weight gives probability 0 and log-probability −Infinity. The caller guarantees
 * finite non-negative weights with a positive sum (the spec parser checks this).
 */
export function categoricalDistribution(
  d: Categorical | { weights: ArrayLike<number> },
): DiscreteDistribution {
  const { weights } = d;
  const { total } = categoricalNormaliser(weights);
  const logTotal = Math.log(total);
  const probs = new Float64Array(weights.length);
  const logProbs = new Float64Array(weights.length);
  for (let k = 0; k < weights.length; k++) {
    const w = weights[k]!;
    probs[k] = w / total;
    logProbs[k] = Math.log(w) - logTotal;
  }
  return { probs, logProbs };
}
