import type { Distribution } from '../../core/distributions/types';

/** Outcomes where this distribution is 0 but the other is not: the cause of an infinite KL. */
export function zeroWhereOtherHasMass(
  own: readonly number[],
  other: Distribution | null,
): boolean[] {
  // The categorical editor marks zeros against a categorical partner's weights (its own family).
  if (other?.family !== 'categorical' || other.weights.length !== own.length)
    return own.map(() => false);
  return own.map((p, k) => p === 0 && other.weights[k]! > 0);
}

/** The first category (1-based label index) where `zero` is 0 and `mass` is not, or −1. */
export function firstZeroWithMass(mass: readonly number[], zero: readonly number[]): number {
  if (mass.length !== zero.length) return -1;
  for (let k = 0; k < mass.length; k++) if (mass[k]! > 0 && zero[k] === 0) return k;
  return -1;
}
