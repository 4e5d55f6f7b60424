import type { Gamma } from '../distributions/types';
import {
  GAMMA_SHAPE_RANGE,
  gammaCdf,
  gammaCrossEntropy,
  gammaEntropy,
  gammaLogPdf,
  gammaMean,
  gammaParamError,
  gammaQuantile,
  gammaSampler,
  gammaSupport,
  gammaSurvival,
  gammaVariance,
  klGamma,
} from './math/gamma';
import { MAX_FINITE, MIN_SCALE } from './math/common';
import { simpleParts, upperQuantileBySurvival } from './simple1';
import type { Real1Family } from './types';

const parts = simpleParts<Gamma>({
  family: 'gamma',
  token: 'Gamma',
  parameters: [
    {
      key: 'k',
      label: 'k',
      description: 'shape',
      min: GAMMA_SHAPE_RANGE.lo,
      max: GAMMA_SHAPE_RANGE.hi,
      default: 2,
      slider: { min: 0.05, max: 100, step: 0.001 },
      log: true,
    },
    {
      key: 'theta',
      label: 'θ',
      description: 'scale',
      min: MIN_SCALE,
      max: MAX_FINITE,
      default: 1,
      slider: { min: 0.01, max: 100, step: 0.001 },
      log: true,
    },
  ],
  paramError: gammaParamError,
  support: gammaSupport,
  quantile: gammaQuantile,
  upperQuantile: (u, d) =>
    upperQuantileBySurvival(
      u,
      (x) => gammaCdf(x, d),
      (x) => gammaSurvival(x, d),
      gammaSupport(),
      d.k * d.theta,
      Math.sqrt(d.k) * d.theta,
    ),
  // The mode (k − 1)θ, where the density turns, for k > 1.
  bends: (d) => (d.k > 1 ? [(d.k - 1) * d.theta] : []),
});

/** Gamma(k, θ): shape k, scale θ, on [0, ∞); k = 1 is Exp(1/θ). */
export const GAMMA: Real1Family<'gamma'> = {
  family: 'gamma',
  kind: 'real1',
  label: 'Gamma',
  ...parts,
  monteCarloCost: () => 2,
  logDensity: (d) => (x) => gammaLogPdf(x, d),
  moments: (d) => ({ mean: gammaMean(d), variance: gammaVariance(d) }),
  sampler: gammaSampler,
  entropy: gammaEntropy,
  handles: [
    {
      id: 'mean',
      label: 'mean kθ (moves θ)',
      size: 'large',
      x: (d) => d.k * d.theta,
      moved: (d, x) => ({ ...d, theta: x / d.k }),
    },
  ],
  closedForms: {
    gamma: {
      kl: (p, q) => klGamma(p, q).value,
      crossEntropy: (p, q) => gammaCrossEntropy(p, q).value,
    },
  },
  ui: {
    selectorLabel: 'Gamma',
    examplePair: {
      p: { family: 'gamma', k: 2, theta: 1 },
      q: { family: 'exponential', rate: 1 },
    },
    description: 'Shape k and scale θ on x ≥ 0, mean kθ; k = 1 is the Exponential.',
    formula: '\\operatorname{Gamma}(x;\\,{k},\\,{theta})',
    torch: 'D.Gamma({k}, 1 / {theta})',
    scipy: 'stats.gamma({k}, scale={theta})',
  },
};
