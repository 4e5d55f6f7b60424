/**
 * The distributions a person can build, as plain serialisable data. These are what the spec grammar
 * parses to, what the store holds and what crosses to the worker; numeric representations
 * (probability vectors, Cholesky factors) are derived from them in the core.
 */

/** Bern(p): P(X = 1) = p, P(X = 0) = 1 − p, with p ∈ [0, 1]. */
export interface Bernoulli {
  readonly family: 'bernoulli';
  readonly p: number;
}

/**
 * Cat(w₁,…,w_K): P(X = k) = w_k / Σw. The weights are kept as given (not normalised) so that the
 * person's own numbers round-trip through the URL; {@link categoricalProbabilities} normalises.
 */
export interface Categorical {
  readonly family: 'categorical';
  readonly weights: readonly number[];
}

/** N(μ, σ): the 1-D Gaussian with mean μ and standard deviation σ > 0. */
export interface Normal {
  readonly family: 'normal';
  readonly mu: number;
  readonly sigma: number;
}

/**
 * N2(mx, my, sx, sy, ρ): the 2-D Gaussian with mean (mx, my), standard deviations sx, sy > 0 and
 * correlation |ρ| < 1, so Σ = [[sx², ρ·sx·sy], [ρ·sx·sy, sy²]].
 */
export interface Normal2 {
  readonly family: 'normal2';
  readonly mx: number;
  readonly my: number;
  readonly sx: number;
  readonly sy: number;
  readonly rho: number;
}

export interface MixtureComponent<D> {
  /** Non-negative weight; the mixture normalises the weights to sum to 1. */
  readonly weight: number;
  readonly component: D;
}

/**
 * Mix(w₁*D₁,…): a mixture of 1-D distributions of any one family or of several (not of mixtures),
 * density Σ wᵢ·pᵢ(x) / Σw. A mixture whose components are all `N` is a Gaussian mixture and keeps
 * the Gaussian fast paths (`gaussianComponents1`).
 */
export interface Mixture1 {
  readonly family: 'mixture';
  readonly components: readonly MixtureComponent<Component1Spec>[];
}

/** A {@link Mixture1} known to have only Normal components (what EM fits return). */
export interface GaussianMixture1 extends Mixture1 {
  readonly components: readonly MixtureComponent<Normal>[];
}

/** Mix(w₁*N2(…),…): a mixture of 2-D Gaussians. */
export interface Mixture2 {
  readonly family: 'mixture2';
  readonly components: readonly MixtureComponent<Normal2>[];
}

/** Pois(λ): P(X = k) = λᵏe^(−λ)/k! on {0, 1, 2, …}, with 1e-9 ≤ λ ≤ 1e4. */
export interface Poisson {
  readonly family: 'poisson';
  readonly lambda: number;
}

/** Bin(n, p): successes in n trials, on {0, …, n}, with n whole from 1 to 10,000 and 0 ≤ p ≤ 1. */
export interface Binomial {
  readonly family: 'binomial';
  readonly n: number;
  readonly p: number;
}

export type DiscreteSpec = Bernoulli | Categorical;
/** Counts on {0, 1, 2, …} (Pois, Bin): compared with each other by summation with a tail bound. */
export type IntegerSpec = Poisson | Binomial;

/** U(a, b): density 1/(b − a) on [a, b], a < b. */
export interface Uniform {
  readonly family: 'uniform';
  readonly a: number;
  readonly b: number;
}

/** Exp(rate): density λe^(−λx) on [0, ∞). */
export interface Exponential {
  readonly family: 'exponential';
  readonly rate: number;
}

/** Laplace(mu, b): density e^(−|x − μ|/b)/(2b). */
export interface Laplace {
  readonly family: 'laplace';
  readonly mu: number;
  readonly b: number;
}

/** Gamma(k, theta): shape k, scale θ, density x^(k−1)e^(−x/θ)/(Γ(k)θ^k) on [0, ∞). */
export interface Gamma {
  readonly family: 'gamma';
  readonly k: number;
  readonly theta: number;
}

/** Beta(a, b): density x^(a−1)(1 − x)^(b−1)/B(a, b) on [0, 1]. */
export interface Beta {
  readonly family: 'beta';
  readonly a: number;
  readonly b: number;
}

/** T(nu, mu, s): Student's t with ν degrees of freedom, location μ, scale s. */
export interface StudentT {
  readonly family: 'studentT';
  readonly nu: number;
  readonly mu: number;
  readonly s: number;
}

export type Continuous1Spec =
  | Normal
  | Mixture1
  // issue 14's continuous families
  | Uniform
  | Exponential
  | Laplace
  | Gamma
  | Beta
  | StudentT;
/** What a 1-D mixture's component may be: any 1-D spec but a mixture. */
export type Component1Spec = Exclude<Continuous1Spec, Mixture1>;
export type Continuous2Spec = Normal2 | Mixture2;
export type Distribution = DiscreteSpec | IntegerSpec | Continuous1Spec | Continuous2Spec;
export type Family = Distribution['family'];

/** The sample space a distribution lives on; two distributions can be compared only on the same one. */
export type SampleSpace =
  | { readonly kind: 'discrete'; readonly size: number }
  /** The non-negative integers {0, 1, 2, …}: where every count family (Pois, Bin) lives. */
  | { readonly kind: 'integers' }
  | { readonly kind: 'real'; readonly dimension: 1 | 2 };

/** Derived from the family registry (`core/families/registry.ts`). */
export {
  isContinuous1,
  isContinuous2,
  isDiscrete,
  isInteger,
  sampleSpaceOf,
} from '../families/registry';
