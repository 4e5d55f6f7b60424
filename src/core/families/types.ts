/**
 * The one interface every family implements. A family is one module (`families/<family>.ts`)
 * exporting one object of this type; `registry.ts` maps each `Family` to its module, typed so that
 * a missing family or a missing part is a compile error. Everything outside the registry asks it
 * (through `familyOf(d)` and the per-space lookups) instead of switching on `d.family`.
 *
 * Core holds only data and maths: a family's UI (editor description, formula, code expressions) is
 * data on the same module (`ui` below), rendered by generic UI code.
 */
import type { DiscreteDistribution } from '../distributions/discrete';
import type { IntegerDistribution } from './math/integerSums';
import type {
  Distribution,
  Family,
  MixtureComponent,
  Normal,
  Normal2,
  SampleSpace,
} from '../distributions/types';
import type { Xoshiro128 } from '../random/xoshiro128';
import type { Interval } from './math/common';
import type { SpecReader } from '../spec/reader';

/** The spec of one family: `SpecOf<'normal'>` is `Normal`. */
export type SpecOf<F extends Family> = Extract<Distribution, { readonly family: F }>;

/** Which of the three sample-space kinds a family lives on (picks the comparison machinery). */
export type SpaceKind = 'discrete' | 'integer' | 'real1' | 'real2';

/**
 * Where a distribution puts its mass. `integers` is {lo, lo + 1, …, hi} (hi may be Infinity, as for
 * a Poisson); `interval` is the closed interval [lo, hi] of the real line (either end may be
 * infinite: a Normal's is (−∞, ∞), an Exponential's [0, ∞), a Uniform's [a, b]); `plane` is ℝ².
 * Two distributions' supports decide where KL is infinite (P has mass where Q has none).
 */
export type Support =
  | { readonly kind: 'integers'; readonly lo: number; readonly hi: number }
  | {
      readonly kind: 'interval';
      readonly lo: number;
      readonly hi: number;
      /**
       * Open intervals inside (lo, hi) without mass, sorted and disjoint (a mixture of U(−1,1) and
       * U(2,3) has the gap (1, 2)); absent when the support is the whole of [lo, hi].
       */
      readonly gaps?: readonly Interval[];
    }
  | { readonly kind: 'plane' };

/**
 * One named parameter of a fixed-arity family, in spec order: what the generic editor renders as a
 * slider plus number field, and what the URL and the code export print. `min`/`max` are the
 * grammar's limits (exclusive where `open`), `slider` the editor's range, `log` a slider on log₁₀.
 */
export interface ParameterSchema {
  readonly key: string;
  /** As shown next to the slider, e.g. 'μ' or 'σ'. */
  readonly label: string;
  /** What the parameter means, for the editor's accessible name. */
  readonly description: string;
  readonly min: number;
  readonly max: number;
  readonly open?: { readonly min?: boolean; readonly max?: boolean };
  readonly default: number;
  readonly slider: { readonly min: number; readonly max: number; readonly step: number };
  readonly log?: boolean;
}

/**
 * The UI side of a family as data (core has no UI): the generic editor, the formula panel and the
 * code export read these. Expressions are templates over the parameter keys: `{mu}` is replaced by
 * the parameter's value printed as a Python number.
 */
export interface FamilyUi {
  /** The family selector's button label, e.g. 'Gaussian 1-D'. */
  readonly selectorLabel: string;
  /** The instructive starting pair shown when the family is chosen in the selector. */
  readonly examplePair: { readonly p: Distribution; readonly q: Distribution };
  /** One sentence for the editor, e.g. 'A bell curve with mean μ and standard deviation σ.' */
  readonly description: string;
  /** The density or pmf in TeX, over the parameter keys in braces, e.g. `\mathcal N(x;{mu},{sigma})`. */
  readonly formula: string;
  /** `torch.distributions` constructor, e.g. `D.Normal({mu}, {sigma})`; absent where not one object. */
  readonly torch?: string;
  /** `scipy.stats` frozen distribution, e.g. `stats.norm({mu}, {sigma})`. */
  readonly scipy?: string;
}

/**
 * Closed forms between a spec of family F (as P) and one of family G (as Q), in nats. A family lists
 * them under `closedForms[G]`; a pair without an entry is integrated (or summed). Cross-entropy is
 * optional: where absent it is H(P) + KL(P‖Q) when P has a closed entropy, else integrated.
 */
export interface PairClosedForms<F extends Family, G extends Family> {
  /** Where the closed form holds only for some pairs (Bin–Bin: equal n); absent means always. */
  applies?(p: SpecOf<F>, q: SpecOf<G>): boolean;
  kl(p: SpecOf<F>, q: SpecOf<G>): number;
  crossEntropy?(p: SpecOf<F>, q: SpecOf<G>): number;
}

/** The parts every family has, whatever its sample space. */
export interface FamilyBase<F extends Family> {
  readonly family: F;
  /** The spec grammar's name, e.g. 'N' (a mixture's 'Mix' serves both mixture families). */
  readonly token: string;
  /** Human name, e.g. 'Normal'. */
  readonly label: string;
  /** The named parameters, in spec order; empty for a family with a variable-length list (Cat, Mix). */
  readonly parameters: readonly ParameterSchema[];
  /**
   * Reads the arguments after the token (the reader is positioned just after it). Only the family
   * that owns the token has one; it may return a sibling family (Mix gives mixture or mixture2).
   */
  readonly parse?: (r: SpecReader) => Distribution;
  /** The spec text, with shortest round-tripping numbers: `parseSpec(format(d))` gives back d. */
  format(d: SpecOf<F>): string;
  sampleSpace(d: SpecOf<F>): SampleSpace;
  support(d: SpecOf<F>): Support;
  /**
   * Relative cost of one Monte Carlo sample (1 for a single Gaussian): the pool sizes its chunks
   * by it.
   */
  monteCarloCost(d: SpecOf<F>): number;
  /**
   * Entropy in nats where a closed form exists (differential entropy for a density). Discrete
   * entropies are summed from the probabilities, so discrete families need not give one.
   */
  entropy?(d: SpecOf<F>): number;
  /** Closed forms against other families (see {@link PairClosedForms}). */
  readonly closedForms?: { readonly [G in Family]?: PairClosedForms<F, G> };
  readonly ui: FamilyUi;
}

export interface DiscreteFamily<F extends Family> extends FamilyBase<F> {
  readonly kind: 'discrete';
  /** Probabilities and log-probabilities over the outcomes 0…K−1, each from the parameters. */
  distribution(d: SpecOf<F>): DiscreteDistribution;
  /** The uniform distribution on d's outcomes, in the same family (a Q for a P-only link). */
  uniform(d: SpecOf<F>): Distribution;
  /**
   * A distribution of the same family from a probability vector of the same length (what smoothing
   * returns). Throws RangeError if the length does not fit the family.
   */
  fromProbabilities(probs: ArrayLike<number>): SpecOf<F>;
  /** Weights a person can edit as bars (Bern: [1 − p, p]). */
  weights(d: SpecOf<F>): readonly number[];
  /** The label of outcome k on the bar chart (Bern: '0', '1'; Cat: '1'…'K'). */
  outcomeLabel(k: number): string;
  /**
   * For a family whose weights are normalised by the core (Cat): their sum as given, and whether
   * dividing by it changed them (|Σw − 1| > 1e-12), so the explorer can say so.
   */
  normaliser?(d: SpecOf<F>): { readonly total: number; readonly wasNormalised: boolean };
}

/**
 * A family of counts on {0, 1, 2, …} (Pois, Bin): its sample space is all the non-negative integers
 * (`{ kind: 'integers' }`), so any two such families compare, and their supports ({0…n} for Bin(n, p))
 * decide where KL is infinite. Pairs are summed by `integerMeasures` (math/integerSums.ts) from the
 * mode outwards with a proven tail bound as the error estimate; the bar charts show the outcomes
 * between both distributions' 1e-6 and 1 − 1e-6 quantiles (`divergences/integers.ts`).
 */
export interface IntegerFamily<F extends Family> extends FamilyBase<F> {
  readonly kind: 'integer';
  /** The log-pmf, mode and log-concave step bounds the proven tail bounds need. */
  integerDistribution(d: SpecOf<F>): IntegerDistribution;
  /** The smallest k with P(X ≤ k) ≥ u (SciPy's ppf convention), for the charts' window. */
  quantile(d: SpecOf<F>, u: number): number;
  /** One draw from d with the seeded stream (the Monte Carlo lab's kernel). */
  sampler(d: SpecOf<F>): (rng: Xoshiro128) => number;
  /** A Q for a P-only link: another count distribution with both KL directions finite and moderate. */
  companion(d: SpecOf<F>): Distribution;
}

/**
 * A 1-D continuous family. The generic parts (log-density, support, sampler, moments, plot range)
 * are what any 1-D family supplies. `gaussianMixture` is the fast path: a family that *is* a
 * mixture of Normals (N, Mix) returns its components and gets the table-driven quadrature
 * (`quadrature/mixtureTable.ts`, `numeric/fastExp.ts`), the Gaussian Monte Carlo kernels and exact
 * moment matching; a family without it goes through the generic paths.
 */
export interface Real1Family<F extends Family> extends FamilyBase<F> {
  readonly kind: 'real1';
  /** A log-density closure (may reuse a scratch buffer: not re-entrant). −Infinity off the support. */
  logDensity(d: SpecOf<F>): (x: number) => number;
  /**
   * ln p at a distance t ≥ 0 inside a finite edge of d's support: at lo + t ('lo') or hi − t
   * ('hi'), with t exact. Needed by a family whose density is infinite at an edge away from 0
   * (Beta with b < 1 at 1): there x cannot come closer to the edge than one double spacing
   * (1.1e-16 at 1), yet the density still holds mass ≈ t^b below it. Without it the quadrature
   * reads `logDensity` at the rounded x. `edge` is the support's own end on `side` unless the
   * family lists {@link innerEdges}: then it may also be one of those.
   */
  logDensityNearEdge?(d: SpecOf<F>): (side: 'lo' | 'hi', t: number, edge?: number) => number;
  /**
   * Finite edges inside d's support where a part of d ends (a mixture's components' support ends),
   * with the side the ending part lies on: there the density may be infinite on that side (a
   * Beta(2, ½) component at 1 beside a Normal), and the quadrature integrates next to it in its
   * own piece as at a support edge (divergences/singularEdges.ts).
   */
  innerEdges?(d: SpecOf<F>): readonly { readonly side: 'lo' | 'hi'; readonly edge: number }[];
  /** Mean and variance (variance may be Infinity, e.g. Student-t with ν ≤ 2). */
  moments(d: SpecOf<F>): { readonly mean: number; readonly variance: number };
  /** One draw from d with the seeded stream (the same numbers in every engine). */
  sampler(d: SpecOf<F>): (rng: Xoshiro128) => number;
  /**
   * Sorted split points for quadrature of d's integrands: the first and last bound the range that
   * holds all but a negligible tail (e^(−800) for a Gaussian), the inner ones sit where the
   * density bends or ends (support edges, a Laplace's peak).
   */
  breakpoints(d: SpecOf<F>): readonly number[];
  /**
   * d as a mixture of Normals, where it is one (see the interface comment); undefined for a spec of
   * the family that is not (a Mix with a Laplace component).
   */
  gaussianMixture?(d: SpecOf<F>): readonly MixtureComponent<Normal>[] | undefined;
  /**
   * d as one Normal, for a family that is a single Gaussian (N; not a one-component Mix): the
   * specialised Gaussian Monte Carlo kernel and the Gaussian fit paths use it.
   */
  gaussian?(d: SpecOf<F>): Normal;
  /**
   * Where to draw d when mean ± 4 sd does not say (infinite variance): a Student-t with ν ≤ 2
   * gives its central 99 %. Without it the generic plot range is mean ± 4 sd within the support.
   */
  plotRange?(d: SpecOf<F>): readonly [number, number];
  /**
   * The lower quartile, median and upper quartile, exactly: where the bulk of d lies when its
   * variance does not say (the fit view's Gaussian stand-in for a Student-t with ν ≤ 2).
   */
  quartiles?(d: SpecOf<F>): readonly [number, number, number];
  /** Chart handles for a family without Gaussian components (each maps to its parameters). */
  readonly handles?: readonly Handle1<F>[];
}

/**
 * One drag handle on a 1-D density chart, for a family edited by the generic schema editor: where it
 * sits on the x-axis and the spec after it is dragged to x (the caller validates the result through
 * the family's parser, so a handle may return an invalid spec, e.g. a Uniform's a past its b).
 */
export interface Handle1<F extends Family> {
  /** The handle's id suffix (`<which>.0.<id>`), e.g. 'lower'. */
  readonly id: string;
  /** What dragging it does, for its accessible name, e.g. 'lower edge a'. */
  readonly label: string;
  /** A handle at the peak is drawn large; the others small. */
  readonly size: 'large' | 'small';
  x(d: SpecOf<F>): number;
  moved(d: SpecOf<F>, x: number): SpecOf<F>;
}

/** A 2-D continuous family: today only Gaussians and their mixtures live on the plane. */
export interface Real2Family<F extends Family> extends FamilyBase<F> {
  readonly kind: 'real2';
  logDensity(d: SpecOf<F>): (x: number, y: number) => number;
  gaussianMixture(d: SpecOf<F>): readonly MixtureComponent<Normal2>[];
  /** d as one 2-D Normal, for a family that is a single Gaussian (see `Real1Family.gaussian`). */
  gaussian?(d: SpecOf<F>): Normal2;
}

export type FamilyModule<F extends Family> =
  DiscreteFamily<F> | IntegerFamily<F> | Real1Family<F> | Real2Family<F>;
