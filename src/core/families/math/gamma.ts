import type { MeasureValue } from '../../divergences/types';
import { exactOrBeyond } from '../../divergences/types';
import { normalDraw } from '../../random/normal';
import type { Xoshiro128 } from '../../random/xoshiro128';
import { digamma, digammaAsymptoticTail } from '../../special/digamma';
import { gammaTails } from '../../special/incompleteGamma';
import { logGamma, stirlingRemainder } from '../../special/logGamma';
import { logPoissonRaw } from '../../special/loader';
import { logGammaBregman } from '../../special/logGammaBregman';
import { xMinusLog1p } from '../../numeric/logspace';
import {
  firstError,
  invertContinuousCdf,
  rangeError,
  scaleError,
  type Interval,
  type Sampler,
} from './common';

/** Gamma(k, θ): shape k, scale θ; density x^(k−1)e^(−x/θ)/(Γ(k)θᵏ) on (0, ∞), mean kθ. */
export interface GammaParams {
  readonly k: number;
  readonly theta: number;
}

/** The shape range: below 0.05 the sampler's u^(1/k) underflows too often to be a fair sample. */
export const GAMMA_SHAPE_RANGE = { lo: 0.05, hi: 1e6 } as const;

/** Why Gamma(k, θ) is invalid: k from 0.05 to 1e6, θ from 2.2e-308 to 1.8e308. */
export function gammaParamError({ k, theta }: GammaParams): string | undefined {
  return firstError(
    rangeError(
      'Gamma(k, theta)',
      'k',
      k,
      GAMMA_SHAPE_RANGE.lo,
      GAMMA_SHAPE_RANGE.hi,
      '0.05',
      '1e6',
    ),
    scaleError('Gamma(k, theta)', 'theta', theta),
  );
}

export const gammaSupport = (): Interval => ({ lo: 0, hi: Infinity });

/**
 * ln p(x) for x > 0, as ln k − ln x + ln[(x/θ)ᵏ e^(−x/θ)/Γ(k + 1)] with the last term by Loader's
 * saddle point, so k = 10⁶ keeps its digits (the textbook form subtracts ln Γ(k) ≈ 1.3·10⁷).
 * At the edge x = 0: +Infinity for k < 1 (the density diverges; integrable), −ln θ for k = 1,
 * −Infinity for k > 1. x < 0: −Infinity.
 */
export function gammaLogPdf(x: number, { k, theta }: GammaParams): number {
  if (x < 0) return -Infinity;
  if (x === 0) return k < 1 ? Infinity : k === 1 ? -Math.log(theta) : -Infinity;
  if (x === Infinity) return -Infinity;
  return Math.log(k) - Math.log(x) + logPoissonRaw(k, x / theta);
}

/** F(x) = P(k, x/θ), the regularised lower incomplete gamma function. */
export const gammaCdf = (x: number, { k, theta }: GammaParams): number =>
  x <= 0 ? 0 : gammaTails(k, x / theta).lower;

/** 1 − F(x) = Q(k, x/θ), accurate in the upper tail. */
export const gammaSurvival = (x: number, { k, theta }: GammaParams): number =>
  x <= 0 ? 1 : gammaTails(k, x / theta).upper;

/** The quantile, by bisection on the CDF (lower tail) or the survival function (upper). */
export function gammaQuantile(u: number, p: GammaParams): number {
  return invertContinuousCdf(
    u,
    (x) => gammaCdf(x, p),
    (x) => gammaSurvival(x, p),
    gammaSupport(),
    p.k * p.theta,
    Math.sqrt(p.k) * p.theta,
  );
}

export const gammaMean = ({ k, theta }: GammaParams): number => k * theta;
export const gammaVariance = ({ k, theta }: GammaParams): number => k * theta * theta;
/**
 * Differential entropy k + ln θ + ln Γ(k) + (1 − k)ψ(k) nats. For k ≥ 10 the large terms cancel
 * (1.3·10⁷ each at k = 10⁶), so the Stirling forms are combined first:
 * ½ ln(2πk) + ½ − 1/(2k) + R(k) + (k − 1)S(k) + ln θ, with R the Stirling remainder and S the
 * digamma series tail — no cancellation.
 */
export function gammaEntropy({ k, theta }: GammaParams): number {
  if (k >= 10) {
    return (
      0.5 * Math.log(2 * Math.PI * k) +
      0.5 -
      0.5 / k +
      stirlingRemainder(k) +
      (k - 1) * digammaAsymptoticTail(k) +
      Math.log(theta)
    );
  }
  return k + Math.log(theta) + logGamma(k) + (1 - k) * digamma(k);
}

/**
 * A standard Gamma(k, 1) draw by Marsaglia & Tsang (2000), "A simple method for generating gamma
 * variables": for k ≥ 1, d = k − ⅓, c = 1/√(9d), x ~ N(0, 1), v = (1 + cx)³, accept dv with the
 * squeeze u < 1 − 0.0331x⁴ or ln u < x²/2 + d(1 − v + ln v); ≥ 95 % acceptance for every k ≥ 1.
 * For k < 1 the boost Gamma(k) = Gamma(k + 1)·u^(1/k), taken as exp(ln G + ln(u)/k).
 */
export function standardGammaDraw(rng: Xoshiro128, k: number): number {
  if (k < 1) {
    const g = standardGammaDraw(rng, k + 1);
    return Math.exp(Math.log(g) + Math.log(rng.nextUniform()) / k);
  }
  const d = k - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    let x: number;
    let v: number;
    do {
      x = normalDraw(rng);
      v = 1 + c * x;
    } while (v <= 0);
    v = v * v * v;
    const u = rng.nextUniform();
    const x2 = x * x;
    if (u < 1 - 0.0331 * x2 * x2) return d * v;
    if (Math.log(u) < 0.5 * x2 + d * (1 - v + Math.log(v))) return d * v;
  }
}

/** θ·Gamma(k, 1) by {@link standardGammaDraw}. Draws below 2.2e-308 (k ≈ 0.05, tiny θ) round to 0. */
export function gammaSampler({ k, theta }: GammaParams): Sampler {
  return (rng) => theta * standardGammaDraw(rng, k);
}

/**
 * KL(Gamma(k_p, θ_p)‖Gamma(k_q, θ_q)) = (k_p − k_q)ψ(k_p) − ln Γ(k_p) + ln Γ(k_q)
 * + k_q ln(θ_q/θ_p) + k_p(θ_p − θ_q)/θ_q, split into a shape and a scale part.
 * Scale part, r = θ_p/θ_q: k_p(r − 1 − ln r) + (k_p − k_q) ln r.
 * Shape part ln Γ(k_q) − ln Γ(k_p) − (k_q − k_p)ψ(k_p), by {@link logGammaBregman}, which for large
 * shapes combines Stirling's forms so that ln Γ ≈ 10⁵ does not cancel (1e-10 relative at k = 10⁴
 * by the textbook formula, 1e-15 this way).
 */
export function klGamma(p: GammaParams, q: GammaParams): MeasureValue {
  const r = p.theta / q.theta;
  const lnR = Math.log(p.theta) - Math.log(q.theta);
  const rMinus1 = (p.theta - q.theta) / q.theta;
  const scalePart =
    p.k * (r > 0.5 && r < 2 ? xMinusLog1p(rMinus1) : rMinus1 - lnR) + (p.k - q.k) * lnR;
  const shapePart = logGammaBregman(p.k, q.k);
  return exactOrBeyond(shapePart + scalePart);
}

/**
 * H(P, Q) = ln Γ(k_q) + k_q ln θ_q − (k_q − 1)(ψ(k_p) + ln θ_p) + k_p θ_p/θ_q. For shapes ≥ 10 it is
 * evaluated as H(P) + KL(P‖Q), both free of the large ln Γ cancellation; below, directly (H(P) + KL
 * would cancel instead: −16.45 + 16.50 for Gamma(0.05, 1) against Gamma(1, 1)).
 */
export function gammaCrossEntropy(p: GammaParams, q: GammaParams): MeasureValue {
  if (p.k >= 10 && q.k >= 10) return exactOrBeyond(gammaEntropy(p) + klGamma(p, q).value);
  return exactOrBeyond(
    logGamma(q.k) +
      q.k * Math.log(q.theta) -
      (q.k - 1) * (digamma(p.k) + Math.log(p.theta)) +
      (p.k * p.theta) / q.theta,
  );
}
