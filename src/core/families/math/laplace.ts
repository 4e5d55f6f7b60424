import type { MeasureValue } from '../../divergences/types';
import { exactOrBeyond } from '../../divergences/types';
import { xMinusLog1p } from '../../numeric/logspace';
import { firstError, locationError, scaleError, type Interval, type Sampler } from './common';

/** Laplace(μ, b): density e^(−|x − μ|/b)/(2b), b > 0 the scale (variance 2b²). */
export interface LaplaceParams {
  readonly mu: number;
  readonly b: number;
}

/** Why Laplace(μ, b) is invalid: μ finite, b from 2.2e-308 to 1.8e308 (as σ of N). */
export function laplaceParamError({ mu, b }: LaplaceParams): string | undefined {
  return firstError(
    locationError('Laplace(mu, b)', 'mu', mu),
    scaleError('Laplace(mu, b)', 'b', b),
  );
}

export const laplaceSupport = (): Interval => ({ lo: -Infinity, hi: Infinity });

/** ln p(x) = −ln(2b) − |x − μ|/b; ±Infinity gives −Infinity. */
export function laplaceLogPdf(x: number, { mu, b }: LaplaceParams): number {
  return -Math.log(2 * b) - Math.abs(x - mu) / b;
}

/** F(x): ½e^((x−μ)/b) below μ, 1 − ½e^(−(x−μ)/b) above. */
export function laplaceCdf(x: number, { mu, b }: LaplaceParams): number {
  const z = (x - mu) / b;
  return z < 0 ? 0.5 * Math.exp(z) : 1 - 0.5 * Math.exp(-z);
}

/** 1 − F(x), accurate in the upper tail. */
export function laplaceSurvival(x: number, { mu, b }: LaplaceParams): number {
  const z = (x - mu) / b;
  return z > 0 ? 0.5 * Math.exp(-z) : 1 - 0.5 * Math.exp(z);
}

/** The quantile μ + b ln(2u) for u < ½, μ − b ln(2(1 − u)) above; 0 and 1 give ∓Infinity. */
export function laplaceQuantile(u: number, { mu, b }: LaplaceParams): number {
  return u < 0.5 ? mu + b * Math.log(2 * u) : mu - b * Math.log(2 * (1 - u));
}

export const laplaceMean = ({ mu }: LaplaceParams): number => mu;
/** 2b² (overflows to Infinity for b > 9.5e153). */
export const laplaceVariance = ({ b }: LaplaceParams): number => 2 * b * b;
/** Differential entropy 1 + ln(2b) nats. */
export const laplaceEntropy = ({ b }: LaplaceParams): number => 1 + Math.log(2 * b);

/** Inversion of the CDF: one uniform per draw, exact in both tails (u ∈ (0, 1) keeps logs finite). */
export function laplaceSampler(p: LaplaceParams): Sampler {
  return (rng) => laplaceQuantile(rng.nextUniform(), p);
}

/** u − (1 − e^(−u)) = u + expm1(−u) ≥ 0, by its series below 0.1 where the difference cancels. */
function xPlusExpm1Neg(u: number): number {
  if (u < 0.1) {
    // u²/2 − u³/6 + u⁴/24 − …: 14 terms reach 1e-17 of the first at u = 0.1.
    let term = (u * u) / 2;
    let sum = term;
    for (let k = 3; k < 18; k++) {
      term *= -u / k;
      sum += term;
    }
    return sum;
  }
  return u + Math.expm1(-u);
}

/**
 * KL(P‖Q) = ln(b_q/b_p) + |Δμ|/b_q + (b_p/b_q)e^(−|Δμ|/b_p) − 1, rearranged as
 * [ρ − 1 − ln ρ] + ρ·[u − (1 − e^(−u))] with ρ = b_p/b_q, u = |Δμ|/b_p: two non-negative parts, so
 * nearly equal pairs keep their digits. Overflow (b_p/b_q > 1.8e308) gives Infinity, 'beyond-double'.
 */
export function klLaplace(p: LaplaceParams, q: LaplaceParams): MeasureValue {
  const rho = p.b / q.b;
  const u = Math.abs(p.mu - q.mu) / p.b;
  // ρ − 1 − ln ρ: by log1p near ρ = 1; elsewhere with ln ρ = ln b_p − ln b_q, since ρ − 1 rounded
  // first would cost 1e-10 relative in ln ρ at ρ = 1e-6.
  const scalePart =
    rho > 0.5 && rho < 2
      ? xMinusLog1p((p.b - q.b) / q.b)
      : rho - 1 - (Math.log(p.b) - Math.log(q.b));
  const shiftPart = u === Infinity ? Math.abs(p.mu - q.mu) / q.b : rho * xPlusExpm1Neg(u);
  return exactOrBeyond(scalePart + shiftPart);
}

/** H(P, Q) = ln(2b_q) + (|Δμ| + b_p e^(−|Δμ|/b_p))/b_q. */
export function laplaceCrossEntropy(p: LaplaceParams, q: LaplaceParams): MeasureValue {
  const d = Math.abs(p.mu - q.mu);
  return exactOrBeyond(Math.log(2 * q.b) + (d + p.b * Math.exp(-d / p.b)) / q.b);
}
