/**
 * D_α(P‖Q) alone, for one order or a grid of them (the f-divergence panel's curve against α): the
 * same producers as analysePair's, asked for the Rényi divergence only (the quadrature integrates
 * just its two integrands, and KL(P‖Q) for α ≥ 1).
 */
import { incompatibility } from '../analysis';
import {
  isContinuous1,
  isContinuous2,
  isDiscrete,
  isInteger,
  type Distribution,
} from '../distributions/types';
import { discreteDistribution, integerFamily } from '../families/registry';
import { integerMeasures } from '../families/math/integerSums';
import { continuous1Measures } from './continuous1';
import { continuous2Measures, continuous2Problem } from './continuous2';
import { renyiDiscrete } from './discrete';
import type { MeasureValue } from './types';

/**
 * D_α(P‖Q) in nats (the readout's value at order α), or null if P and Q cannot be compared (the
 * readouts say why). α must be a valid order (core/measures/renyiOrder.ts).
 */
export function renyiDivergence(
  p: Distribution,
  q: Distribution,
  alpha: number,
): MeasureValue | null {
  if (incompatibility(p, q)) return null;
  if (isDiscrete(p) && isDiscrete(q))
    return renyiDiscrete(discreteDistribution(p), discreteDistribution(q), alpha);
  if (isInteger(p) && isInteger(q)) {
    const m = integerMeasures(
      integerFamily(p).integerDistribution(p),
      integerFamily(q).integerDistribution(q),
      alpha,
    );
    return m.renyi;
  }
  if (isContinuous1(p) && isContinuous1(q)) return continuous1Measures(p, q, alpha, true).renyi;
  if (isContinuous2(p) && isContinuous2(q)) {
    if (continuous2Problem(p, q, alpha)) return null;
    return continuous2Measures(p, q, 'fine', alpha, true).renyi;
  }
  return null;
}

/** One point of the D_α curve. */
export interface RenyiPoint {
  readonly order: number;
  readonly value: MeasureValue;
}
