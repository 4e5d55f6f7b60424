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
 * KL(Exp(λp)‖Exp(λq)) = r − 1 − ln r with r = λq/λp: near r = 1 as x − ln(1 + x),
 * x = (λq − λp)/λp (nearly equal rates keep their digits); elsewhere with ln r = ln λq − ln λp, so
 * r underflowing to 0 (λp = 1e300, λq = 1e-300) still gives 1380.55. Overflow of r: 'beyond-double'.
 */
export function klExponential(p: ExponentialParams, q: ExponentialParams): MeasureValue {
  const r = q.rate / p.rate;
  if (r > 0.5 && r < 2) return exactOrBeyond(xMinusLog1p((q.rate - p.rate) / p.rate));
  return exactOrBeyond(r - 1 - (Math.log(q.rate) - Math.log(p.rate)));
}

/** H(P, Q) = −ln λq + λq/λp. */
export function exponentialCrossEntropy(p: ExponentialParams, q: ExponentialParams): MeasureValue {
  return exactOrBeyond(-Math.log(q.rate) + q.rate / p.rate);
}
