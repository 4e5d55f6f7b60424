import type { Distribution, Family } from '../../core/distributions/types';
import { FAMILIES, FAMILY_KEYS } from '../../core/families/registry';

/** The pair families a person can choose above the P and Q panels: every registered family. */
export const PAIR_FAMILY_IDS: readonly Family[] = FAMILY_KEYS;
export type PairFamilyId = Family;

export interface PairFamily {
  readonly label: string;
  /** The instructive starting pair shown when the family is chosen. */
  readonly p: Distribution;
  readonly q: Distribution;
}

/** Each family's selector label and default pair, from its module's `ui` data. */
export const PAIR_FAMILIES = Object.fromEntries(
  FAMILY_KEYS.map((f) => [
    f,
    { label: FAMILIES[f].ui.selectorLabel, ...FAMILIES[f].ui.examplePair },
  ]),
) as { readonly [K in PairFamilyId]: PairFamily };

/**
 * The families of a pair as the selector shows them: P's is the chosen one, and Q's is marked
 * beside it when it differs (U(−1, 1) against N(0, 1) shows Uniform chosen and Gaussian as Q's).
 */
export const pairFamiliesOf = (
  p: Distribution,
  q: Distribution,
): { readonly p: PairFamilyId; readonly q: PairFamilyId } => ({ p: p.family, q: q.family });

/**
 * The family a pair belongs to, as one family: of P's and Q's families, the one listed later in
 * the registry, which orders each space's families from simple to composite and the spaces from
 * discrete to 2-D (so a 1-D pair with a mixture on either side counts as a mixture pair, and a
 * Bernoulli beside a categorical as categorical).
 */
export function pairFamilyOf(p: Distribution, q: Distribution): PairFamilyId {
  return FAMILY_KEYS.indexOf(p.family) >= FAMILY_KEYS.indexOf(q.family) ? p.family : q.family;
}
