import { continuous1MeasuresGeneric, plotRange1Generic } from '../divergences/continuous1Generic';
import type { Component1Spec, Continuous1Spec, Normal } from '../distributions/types';
import { isGaussianMixture1, real1Family } from '../families/registry';
import { type FitMixture1, fitMixture1, mixture1Entropy, mixture1Summary } from './mixture1';
import { Reverse1Objective } from './reverse1Objective';
import { GenericReverse1Objective } from './reverse1Generic';
import type { Objective1 } from './reverse1';

/** Why no Gaussian Q makes a KL finite, when none does. */
export type FitInfinity1 =
  /** KL(P‖Q) = ∞ for every Gaussian Q: E_P[x²] = ∞ (a Student-t with ν ≤ 2). */
  | { readonly code: 'infinite-variance' }
  /**
   * KL(Q‖P) = ∞ for every Gaussian Q: Q has mass everywhere, P has none outside its support
   * (U, Exp, Gamma, Beta, or gaps between a mixture's components), so E_Q[log p] = −∞.
   */
  | {
      readonly code: 'bounded-support';
      readonly lo: number;
      readonly hi: number;
      readonly gaps: readonly { readonly lo: number; readonly hi: number }[];
    };

/** The reverse objective with its cheap landscape value (both objectives have one). */
export type ReverseObjective1 = Objective1 & { value(mu: number, sigma: number): number };

/**
 * What the 1-D fits need of any 1-D P, computed once per P.
 * - `table`: P's components as Gaussians for the sliders' ranges, the starts and the landscape's
 *   grid (start1.ts): a Gaussian mixture's own components; any other component is stood in for by
 *   N(its mean, its sd), or where its variance is infinite by the Gaussian with its median and
 *   interquartile range.
 *   For finite variances the stand-in has P's own mean and variance (total variance).
 * - `mean`, `variance`: P's own (variance may be Infinity).
 * - `entropy`: H(P) in nats (closed form where the family has one, else quadrature).
 * - `reverse`: the KL(Q‖P) objective (the Gaussian mixture tables for a Gaussian mixture, the
 *   score-function quadrature of reverse1Generic.ts otherwise), or null with `reverseInfinite`.
 * - `forwardInfinite`: set when KL(P‖Q) = ∞ for every Gaussian Q.
 */
export interface FitTarget1 {
  readonly p: Continuous1Spec;
  readonly table: FitMixture1;
  readonly mean: number;
  readonly variance: number;
  readonly entropy: number;
  readonly reverse: ReverseObjective1 | null;
  readonly reverseInfinite: FitInfinity1 | null;
  readonly forwardInfinite: FitInfinity1 | null;
}

/** z of the normal's 0.995 quantile: a Gaussian's central 99 % is μ ± 2.5758σ. */
const Z_995 = 2.5758293035489004;
/** A Gaussian's interquartile range in standard deviations, 2·z(0.75). */
const IQR_PER_SD = 1.3489795003921634;

/**
 * A Gaussian's (μ, σ) for a d whose variance says nothing (infinite: a t with ν ≤ 2, or a mixture
 * with one): its median and interquartile range where its family has exact quartiles (a t's tails
 * are far wider than any Gaussian's; the quartiles say where its bulk is), else the middle and
 * width of its central 99 % (its plot range). The fit's stand-ins and compatibleQ share it.
 */
export function spreadStandIn1(d: Continuous1Spec): { mu: number; sigma: number } {
  const [q1, median, q3] = real1Family(d).quartiles?.(d) ?? [NaN, NaN, NaN];
  if (q3 - q1 > 0) return { mu: median, sigma: (q3 - q1) / IQR_PER_SD };
  const [lo, hi] = plotRange1Generic(d, d);
  return { mu: (lo + hi) / 2, sigma: (hi - lo) / (2 * Z_995) };
}

/** The Gaussian standing in for one component (see {@link FitTarget1}). */
function standIn(c: Component1Spec): Normal {
  if (c.family === 'normal') return c;
  const { mean, variance } = real1Family(c).moments(c);
  if (Number.isFinite(mean) && Number.isFinite(variance) && variance > 0)
    return { family: 'normal', mu: mean, sigma: Math.sqrt(variance) };
  return { family: 'normal', ...spreadStandIn1(c) };
}

/** P's support as the fits need it: where KL(Q‖P) is infinite for every Gaussian Q. */
function boundedSupport(p: Continuous1Spec): FitInfinity1 | null {
  const s = real1Family(p).support(p);
  if (s.kind !== 'interval') return null;
  const gaps = s.gaps ?? [];
  if (s.lo === -Infinity && s.hi === Infinity && gaps.length === 0) return null;
  return { code: 'bounded-support', lo: s.lo, hi: s.hi, gaps };
}

/** See {@link FitTarget1}. */
export function fitTarget1(p: Continuous1Spec): FitTarget1 {
  if (isGaussianMixture1(p)) {
    // The fast path, unchanged: the mixture tables and their derivatives.
    const table = fitMixture1(p);
    const { mean, variance } = mixture1Summary(table);
    return {
      p,
      table,
      mean,
      variance,
      entropy: mixture1Entropy(table),
      reverse: new Reverse1Objective(table),
      reverseInfinite: null,
      forwardInfinite: null,
    };
  }
  const components = p.family === 'mixture' ? p.components : [{ weight: 1, component: p }];
  const table = fitMixture1({
    family: 'mixture',
    components: components.map((c) => ({ weight: c.weight, component: standIn(c.component) })),
  });
  const { mean, variance } = real1Family(p).moments(p);
  const m = real1Family(p);
  const entropy = m.entropy ? m.entropy(p) : continuous1MeasuresGeneric(p, p).hP.value;
  const reverseInfinite = boundedSupport(p);
  return {
    p,
    table,
    mean,
    variance,
    entropy,
    reverse: reverseInfinite ? null : new GenericReverse1Objective(p),
    reverseInfinite,
    forwardInfinite: Number.isFinite(variance) ? null : { code: 'infinite-variance' },
  };
}
