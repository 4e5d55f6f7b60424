import type { MeasureValue } from '../../divergences/types';
import { exactOrBeyond } from '../../divergences/types';
import { xMinusLog1p } from '../../numeric/logspace';
import { scaleError, type Interval, type Sampler } from './common';

/** Exp(rate): density λe^(−λx) on [0, ∞), mean 1/λ. */
export interface ExponentialParams {
  readonly rate: number;
}

/** Why Exp(rate) is invalid: rate from 2.2e-308 to 1.8e308. */
export const exponentialParamError = ({ rate }: ExponentialParams): string | undefined =>
  scaleError('Exp(rate)', 'rate', rate);

export const exponentialSupport = (): Interval => ({ lo: 0, hi: Infinity });

/** ln p(x) = ln λ − λx for x ≥ 0 (ln λ at the edge x = 0), −Infinity for x < 0. */
export function exponentialLogPdf(x: number, { rate }: ExponentialParams): number {
  return x >= 0 ? Math.log(rate) - rate * x : -Infinity;
}

/** F(x) = 1 − e^(−λx) = −expm1(−λx), accurate for small λx. */
export const exponentialCdf = (x: number, { rate }: ExponentialParams): number =>
  x <= 0 ? 0 : -Math.expm1(-rate * x);

/** 1 − F(x) = e^(−λx). */
export const exponentialSurvival = (x: number, { rate }: ExponentialParams): number =>
  x <= 0 ? 1 : Math.exp(-rate * x);

/** The quantile −ln(1 − u)/λ (log1p keeps small u exact); u = 1 gives Infinity. */
export const exponentialQuantile = (u: number, { rate }: ExponentialParams): number =>
  -Math.log1p(-u) / rate;

export const exponentialMean = ({ rate }: ExponentialParams): number => 1 / rate;
export const exponentialVariance = ({ rate }: ExponentialParams): number => 1 / (rate * rate);
/** Differential entropy 1 − ln λ nats. */
export const exponentialEntropy = ({ rate }: ExponentialParams): number => 1 - Math.log(rate);

/** Inversion: −ln(u)/λ with u ∈ (0, 1), so the draw is finite and > 0. */
export function exponentialSampler({ rate }: ExponentialParams): Sampler {
  return (rng) => -Math.log(rng.nextUniform()) / rate;
}

/**
 * KL(Exp(λp)‖Exp(λq)) = r − 1 − ln r with r = λq/λp, computed as x − ln(1 + x), x = (λq − λp)/λp,
 * which keeps nearly equal rates exact. Overflow of r gives Infinity with 'beyond-double'.
 */
export function klExponential(p: ExponentialParams, q: ExponentialParams): MeasureValue {
  const x = (q.rate - p.rate) / p.rate;
  return exactOrBeyond(x === Infinity ? Infinity : xMinusLog1p(x));
}

/** H(P, Q) = −ln λq + λq/λp. */
export function exponentialCrossEntropy(p: ExponentialParams, q: ExponentialParams): MeasureValue {
  return exactOrBeyond(-Math.log(q.rate) + q.rate / p.rate);
}
