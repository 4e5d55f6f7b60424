/**
 * The one registry of families. Each table is a mapped type over its family keys, so a family
 * without a module, or a module missing a part of its interface, fails `tsc`. Code outside this
 * folder reaches a family's behaviour only through these lookups, never by switching on `family`.
 *
 * Family modules must not import this file (directly or through anything that does): the registry
 * is built from them when it loads.
 */
import type {
  Component1Spec,
  Continuous1Spec,
  Continuous2Spec,
  DiscreteSpec,
  Distribution,
  IntegerSpec,
  Family,
  MixtureComponent,
  Normal,
  Normal2,
  SampleSpace,
} from '../distributions/types';
import type { DiscreteDistribution } from '../distributions/discrete';
import type { SpecReader } from '../spec/reader';
import type { Component1Module } from './mixture1';
import { BERNOULLI } from './bernoulli';
import { BINOMIAL } from './binomial';
import { CATEGORICAL } from './categorical';
import { mixture1Family } from './mixture1';
import { MIXTURE2 } from './mixture2';
import { NORMAL } from './normal';
import { NORMAL2 } from './normal2';
import { POISSON } from './poisson';
import { UNIFORM } from './uniform';
import { EXPONENTIAL } from './exponential';
import { LAPLACE } from './laplace';
import { GAMMA } from './gamma';
import { BETA } from './beta';
import { STUDENT_T } from './studentT';
import type {
  DiscreteFamily,
  FamilyModule,
  IntegerFamily,
  PairClosedForms,
  Real1Family,
  Real2Family,
} from './types';

export type DiscreteFamilyKey = DiscreteSpec['family'];
export type IntegerFamilyKey = IntegerSpec['family'];
export type Real1FamilyKey = Continuous1Spec['family'];
export type Real2FamilyKey = Continuous2Spec['family'];

export const DISCRETE_FAMILIES: { readonly [F in DiscreteFamilyKey]: DiscreteFamily<F> } = {
  bernoulli: BERNOULLI,
  categorical: CATEGORICAL,
};

export const INTEGER_FAMILIES: { readonly [F in IntegerFamilyKey]: IntegerFamily<F> } = {
  poisson: POISSON,
  binomial: BINOMIAL,
};

export const REAL1_FAMILIES: { readonly [F in Real1FamilyKey]: Real1Family<F> } = {
  normal: NORMAL,
  // Lazy lookups: the mixture reaches its components' modules through this table once it exists.
  mixture: mixture1Family({
    component1: (d) =>
      d.family !== 'mixture' && FAMILIES[d.family].kind === 'real1'
        ? (FAMILIES[d.family] as unknown as Component1Module)
        : undefined,
    isNormal2: (d) => d.family === 'normal2',
  }),
  // issue 14's continuous families
  uniform: UNIFORM,
  exponential: EXPONENTIAL,
  laplace: LAPLACE,
  gamma: GAMMA,
  beta: BETA,
  studentT: STUDENT_T,
};

export const REAL2_FAMILIES: { readonly [F in Real2FamilyKey]: Real2Family<F> } = {
  normal2: NORMAL2,
  mixture2: MIXTURE2,
};

/** Every family, in the order the family selector lists them. */
export const FAMILIES: { readonly [F in Family]: FamilyModule<F> } = {
  ...DISCRETE_FAMILIES,
  ...INTEGER_FAMILIES,
  ...REAL1_FAMILIES,
  ...REAL2_FAMILIES,
};

export const FAMILY_KEYS = Object.keys(FAMILIES) as readonly Family[];

/**
 * The module of d's family. The generic parameter ties the module to d's own family, so
 * `familyOf(d).format(d)` type-checks without a cast.
 */
export const familyOf = <D extends Distribution>(d: D): FamilyModule<D['family']> =>
  FAMILIES[d.family as D['family']];

export const discreteFamily = <D extends DiscreteSpec>(d: D): DiscreteFamily<D['family']> =>
  DISCRETE_FAMILIES[d.family as D['family']];

export const integerFamily = <D extends IntegerSpec>(d: D): IntegerFamily<D['family']> =>
  INTEGER_FAMILIES[(d as { readonly family: D['family'] }).family];

export const real1Family = <D extends Continuous1Spec>(d: D): Real1Family<D['family']> =>
  REAL1_FAMILIES[d.family as D['family']];

export const real2Family = <D extends Continuous2Spec>(d: D): Real2Family<D['family']> =>
  REAL2_FAMILIES[d.family as D['family']];

/** The spec grammar's tokens, each with the parser of the family that owns it. */
export const SPEC_PARSERS: ReadonlyMap<string, (r: SpecReader) => Distribution> = new Map(
  Object.values(FAMILIES).flatMap((m) => (m.parse ? [[m.token, m.parse] as const] : [])),
);

export function sampleSpaceOf(d: Distribution): SampleSpace {
  return familyOf(d).sampleSpace(d);
}

export const isDiscrete = (d: Distribution): d is DiscreteSpec =>
  FAMILIES[d.family].kind === 'discrete';
export const isInteger = (d: Distribution): d is IntegerSpec =>
  FAMILIES[d.family].kind === 'integer';
export const isContinuous1 = (d: Distribution): d is Continuous1Spec =>
  FAMILIES[d.family].kind === 'real1';
export const isContinuous2 = (d: Distribution): d is Continuous2Spec =>
  FAMILIES[d.family].kind === 'real2';

/** The probabilities and log-probabilities of any discrete spec. */
export const discreteDistribution = (d: DiscreteSpec): DiscreteDistribution =>
  discreteFamily(d).distribution(d);

/** A log-density closure for any 1-D spec (not re-entrant: it may reuse a scratch buffer). */
export const logDensity1 = (d: Continuous1Spec): ((x: number) => number) =>
  real1Family(d).logDensity(d);

/** A log-density closure for any 2-D spec; see {@link logDensity1}. */
export const logDensity2 = (d: Continuous2Spec): ((x: number, y: number) => number) =>
  real2Family(d).logDensity(d);

/** The closed forms of P's family against Q's, if it has any (see `PairClosedForms`). */
export const closedFormsOf = <P extends Distribution, Q extends Distribution>(
  p: P,
  q: Q,
): PairClosedForms<P['family'], Q['family']> | undefined => {
  const forms = familyOf(p).closedForms?.[q.family as Q['family']];
  // P and Q are the module's own families here (the lookup is keyed by them).
  const applies = forms?.applies as ((p: Distribution, q: Distribution) => boolean) | undefined;
  return forms && (applies?.(p, q) ?? true) ? forms : undefined;
};

/**
 * A 1-D spec as weighted Normals, for the fast paths built on Gaussian components (mixture tables,
 * the fit's mixture tables, the Gaussian Monte Carlo kernels). A single Normal is one component of
 * weight 1. Throws a RangeError for a family that is not a Gaussian mixture: callers check
 * {@link isGaussianMixture1} and take the generic path (log-density, breakpoints, sampler) otherwise.
 */
export function gaussianComponents1(d: Continuous1Spec): readonly MixtureComponent<Normal>[] {
  const m = real1Family(d);
  const parts = m.gaussianMixture?.(d);
  if (!parts) throw new RangeError(`${m.format(d)} is not a mixture of Normals`);
  return parts;
}

/** Whether d is a Gaussian mixture (N, or a Mix of N only): the Gaussian fast paths apply. */
export const isGaussianMixture1 = (d: Continuous1Spec): boolean =>
  real1Family(d).gaussianMixture?.(d) !== undefined;

/** A 2-D spec as weighted 2-D Normals (every 2-D family is one). */
export const gaussianComponents2 = (d: Continuous2Spec): readonly MixtureComponent<Normal2>[] =>
  real2Family(d).gaussianMixture(d);

/** d as one Normal, if its family is a single Gaussian (N, not Mix), else undefined. */
export const asGaussian1 = (d: Continuous1Spec): Normal | undefined => real1Family(d).gaussian?.(d);

/** d as one 2-D Normal, if its family is a single Gaussian (N2), else undefined. */
export const asGaussian2 = (d: Continuous2Spec): Normal2 | undefined =>
  real2Family(d).gaussian?.(d);

/** The families a 1-D mixture's component may take (every 1-D family but the mixture), in table order. */
export const COMPONENT1_FAMILIES = Object.keys(REAL1_FAMILIES).filter(
  (f) => f !== 'mixture',
) as readonly Component1Spec['family'][];

/**
 * A spec of a fixed-arity 1-D family from its schema's defaults, with its location moved to `at`
 * where it has one (`mu`) and the result is valid: what a mixture editor puts in place of a
 * component whose family is changed, so the new component appears where the old one was.
 */
export function defaultComponent1(family: Component1Spec['family'], at?: number): Component1Spec {
  const m = REAL1_FAMILIES[family];
  const params: Record<string, number> = {};
  for (const s of m.parameters) params[s.key] = s.default;
  const base = { family, ...params } as unknown as Component1Spec;
  if (at === undefined || !Number.isFinite(at) || !('mu' in params)) return base;
  return { ...base, mu: at } as Component1Spec;
}
