import type { Distribution } from '../../core/distributions/types';
import { normal2 as n2 } from '../../core/distributions/make';

/** The pair families a person can choose above the P and Q panels. */
export const PAIR_FAMILY_IDS = [
  'bernoulli',
  'categorical',
  'normal',
  'mixture',
  'normal2',
  'mixture2',
] as const;
export type PairFamilyId = (typeof PAIR_FAMILY_IDS)[number];

export interface PairFamily {
  readonly label: string;
  /** The instructive starting pair shown when the family is chosen. */
  readonly p: Distribution;
  readonly q: Distribution;
}

/**
 * Each family's default pair, chosen to show something: a skewed categorical against the uniform
 * one, Gaussians differing in both mean and spread, a bimodal P against one wide Gaussian Q (the
 * classic forward/reverse KL picture), a correlated against an uncorrelated 2-D Gaussian.
 */
export const PAIR_FAMILIES: { readonly [K in PairFamilyId]: PairFamily } = {
  bernoulli: {
    label: 'Bernoulli',
    p: { family: 'bernoulli', p: 0.3 },
    q: { family: 'bernoulli', p: 0.6 },
  },
  categorical: {
    label: 'Categorical',
    p: { family: 'categorical', weights: [0.1, 0.4, 0.3, 0.2] },
    q: { family: 'categorical', weights: [0.25, 0.25, 0.25, 0.25] },
  },
  normal: {
    label: 'Gaussian 1-D',
    p: { family: 'normal', mu: 0, sigma: 1 },
    q: { family: 'normal', mu: 1, sigma: 2 },
  },
  mixture: {
    label: 'Mixture 1-D',
    p: {
      family: 'mixture',
      components: [
        { weight: 0.5, component: { family: 'normal', mu: -2, sigma: 0.6 } },
        { weight: 0.5, component: { family: 'normal', mu: 2, sigma: 0.6 } },
      ],
    },
    q: { family: 'normal', mu: 0, sigma: 2 },
  },
  normal2: {
    label: 'Gaussian 2-D',
    p: n2(0, 0, 1, 1, 0.6),
    q: n2(0.5, 0, 1.5, 1, 0),
  },
  mixture2: {
    label: 'Mixture 2-D',
    p: {
      family: 'mixture2',
      components: [
        // Modes about 4 sd apart: far enough that the fit view's reverse fit locks onto the
        // heaviest one (N2 mean (−2.4, 0)) while the forward fit covers all three; at 1.5 apart
        // the reverse optimum was a broad Gaussian much like the forward one.
        { weight: 0.5, component: n2(-2.4, 0, 0.6, 0.6, 0.3) },
        { weight: 0.3, component: n2(2.4, 1.6, 0.6, 0.6, -0.3) },
        { weight: 0.2, component: n2(0, -2.4, 0.5, 0.8, 0) },
      ],
    },
    q: n2(0, 0, 2, 2, 0),
  },
};

/**
 * The family a pair belongs to, for the selector: P's family, except that a 1-D (2-D) pair with a
 * mixture on either side counts as a mixture pair, and a Bernoulli beside a categorical as categorical.
 */
export function pairFamilyOf(p: Distribution, q: Distribution): PairFamilyId {
  const families = new Set([p.family, q.family]);
  if (families.has('mixture2')) return 'mixture2';
  if (families.has('normal2')) return 'normal2';
  if (families.has('mixture')) return 'mixture';
  if (families.has('normal')) return 'normal';
  if (families.has('categorical')) return 'categorical';
  return 'bernoulli';
}
