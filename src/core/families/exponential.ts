import type { Exponential } from '../distributions/types';
import {
  exponentialCrossEntropy,
  exponentialEntropy,
  exponentialLogPdf,
  exponentialMean,
  exponentialParamError,
  exponentialQuantile,
  exponentialSampler,
  exponentialSupport,
  exponentialVariance,
  klExponential,
} from './math/exponential';
import { MAX_FINITE, MIN_SCALE } from './math/common';
import { simpleParts } from './simple1';
import type { Real1Family } from './types';

const parts = simpleParts<Exponential>({
  family: 'exponential',
  token: 'Exp',
  parameters: [
    {
      key: 'rate',
      label: 'λ',
      description: 'rate',
      min: MIN_SCALE,
      max: MAX_FINITE,
      default: 1,
      slider: { min: 0.01, max: 100, step: 0.001 },
      log: true,
    },
  ],
  paramError: exponentialParamError,
  support: exponentialSupport,
  quantile: exponentialQuantile,
  upperQuantile: (u, d) => -Math.log(u) / d.rate,
});

/** Exp(λ): waiting times, mean 1/λ, on [0, ∞). */
export const EXPONENTIAL: Real1Family<'exponential'> = {
  family: 'exponential',
  kind: 'real1',
  label: 'Exponential',
  ...parts,
  monteCarloCost: () => 1,
  logDensity: (d) => (x) => exponentialLogPdf(x, d),
  moments: (d) => ({ mean: exponentialMean(d), variance: exponentialVariance(d) }),
  sampler: exponentialSampler,
  entropy: exponentialEntropy,
  handles: [
    {
      id: 'mean',
      label: 'mean 1/λ',
      size: 'large',
      x: (d) => 1 / d.rate,
      moved: (d, x) => ({ ...d, rate: 1 / x }),
    },
  ],
  closedForms: {
    exponential: {
      kl: (p, q) => klExponential(p, q).value,
      crossEntropy: (p, q) => exponentialCrossEntropy(p, q).value,
    },
  },
  ui: {
    selectorLabel: 'Exponential',
    examplePair: {
      p: { family: 'exponential', rate: 1 },
      q: { family: 'exponential', rate: 0.5 },
    },
    description: 'Waiting times with rate λ: density λe^(−λx) for x ≥ 0, mean 1/λ.',
    formula: '\\operatorname{Exp}(x;\\,{rate})',
    torch: 'D.Exponential({rate})',
    scipy: 'stats.expon(scale=1 / {rate})',
  },
};
