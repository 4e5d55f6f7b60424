import type { Distribution } from '../../core/distributions/types';

/**
 * Where a categorical distribution has mass, one character per category ('1' where its weight is
 * positive, '0' where it is zero); '' for any other family. A string, so an editor can select its
 * partner's support from the store and re-render only when that changes, not on every step of a
 * drag of the partner's bars (which rescales every weight but rarely makes or fills a zero).
 */
export function massMask(d: Distribution | null): string {
  if (d?.family !== 'categorical') return '';
  // Selectors run on every store change (a Monte Carlo run's progress too), and an imported pair
  // has up to 100,000 weights: each distribution object, immutable, is spelled once.
  let mask = masks.get(d);
  if (mask === undefined) {
    mask = '';
    for (const w of d.weights) mask += w > 0 ? '1' : '0';
    masks.set(d, mask);
  }
  return mask;
}
const masks = new WeakMap<Distribution, string>();

/**
 * Outcomes where this distribution is 0 but the other (its {@link massMask}) is not: the cause of
 * an infinite KL. Nothing is marked against a partner of another family or size.
 */
export function zeroWhereOtherHasMass(own: readonly number[], otherMask: string): boolean[] {
  if (otherMask.length !== own.length) return own.map(() => false);
  return own.map((p, k) => p === 0 && otherMask[k] === '1');
}

/** The first category (1-based label index) where `zero` is 0 and `mass` is not, or −1. */
export function firstZeroWithMass(mass: readonly number[], zero: readonly number[]): number {
  if (mass.length !== zero.length) return -1;
  for (let k = 0; k < mass.length; k++) if (mass[k]! > 0 && zero[k] === 0) return k;
  return -1;
}
