/** Shapes shared by the fit functions: a 1-D Gaussian as (μ, σ), a 2-D one as mean and covariance. */

/** A 1-D Gaussian Q = N(μ, σ), σ > 0. */
export interface Gaussian1 {
  readonly mu: number;
  readonly sigma: number;
}

/** A 2-D Gaussian Q = N(mean, cov), cov symmetric positive definite, as [[a, b], [b, c]]. */
export interface Gaussian2 {
  readonly mean: readonly [number, number];
  readonly cov: readonly [readonly [number, number], readonly [number, number]];
}

/** One iterate of an optimisation path: the Gaussian and the reverse KL(Q‖P) there, in nats. */
export interface PathPoint<G> {
  readonly q: G;
  readonly kl: number;
}

/** A distinct local minimum of KL(Q‖P) and how many restarts ended there. */
export interface LocalMinimum<G> {
  readonly q: G;
  /** KL(Q‖P) at the minimum, nats. */
  readonly kl: number;
  readonly count: number;
  /** Indices (0-based) of the restarts that ended here. */
  readonly restarts: readonly number[];
}

export interface ReverseFitResult<G> {
  /** Distinct local minima, lowest KL first; minima[0] is the global minimum found. */
  readonly minima: readonly LocalMinimum<G>[];
  readonly restarts: number;
  /** Restarts that stopped without meeting the gradient tolerance (should be 0). */
  readonly unconverged: number;
}

export interface RunResult<G> {
  readonly path: readonly PathPoint<G>[];
  readonly end: G;
  readonly kl: number;
  /** ‖∇KL‖∞ in the optimiser's parameters at the end. */
  readonly gradNorm: number;
  readonly converged: boolean;
}
