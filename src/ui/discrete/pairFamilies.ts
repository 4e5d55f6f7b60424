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
