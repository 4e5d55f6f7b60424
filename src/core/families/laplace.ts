import type { Laplace } from '../distributions/types';
import {
  klLaplace,
  laplaceCrossEntropy,
  laplaceEntropy,
  laplaceLogPdf,
  laplaceMean,
  laplaceParamError,
  laplaceQuantile,
  laplaceSampler,
  laplaceSupport,
  laplaceVariance,
} from './math/laplace';
import { MAX_FINITE, MIN_SCALE } from './math/common';
import { simpleParts, locationScaleHandles } from './simple1';
import type { Real1Family } from './types';

const parts = simpleParts<Laplace>({
  family: 'laplace',
  token: 'Laplace',
  parameters: [
    {
      key: 'mu',
      label: 'μ',
      description: 'peak',
      min: -MAX_FINITE,
      max: MAX_FINITE,
      default: 0,
      slider: { min: -10, max: 10, step: 0.01 },
    },
    {
      key: 'b',
      label: 'b',
      description: 'scale',
      min: MIN_SCALE,
      max: MAX_FINITE,
      default: 1,
      slider: { min: 0.05, max: 20, step: 0.001 },
      log: true,
    },
  ],
  paramError: laplaceParamError,
  support: laplaceSupport,
  quantile: laplaceQuantile,
  upperQuantile: (u, d) => d.mu - d.b * Math.log(2 * u),
  // The density has a kink at its peak.
  bends: (d) => [d.mu],
});

/** Laplace(μ, b): a peaked, exponential-tailed density around μ. */
export const LAPLACE: Real1Family<'laplace'> = {
  family: 'laplace',
  kind: 'real1',
  label: 'Laplace',
  ...parts,
  monteCarloCost: () => 1,
  logDensity: (d) => (x) => laplaceLogPdf(x, d),
  moments: (d) => ({ mean: laplaceMean(d), variance: laplaceVariance(d) }),
  sampler: laplaceSampler,
  entropy: laplaceEntropy,
  handles: locationScaleHandles<Laplace>('mu', 'b', {
    location: 'peak μ',
    scale: 'scale b (at μ + b)',
  }),
  closedForms: {
    laplace: {
      kl: (p, q) => klLaplace(p, q).value,
      crossEntropy: (p, q) => laplaceCrossEntropy(p, q).value,
    },
  },
  ui: {
    selectorLabel: 'Laplace',
    examplePair: {
      p: { family: 'laplace', mu: 0, b: 1 },
      q: { family: 'normal', mu: 0, sigma: 1 },
    },
    description: 'A sharp peak at μ with exponential tails of scale b: e^(−|x − μ|/b)/(2b).',
    formula: '\\operatorname{Laplace}(x;\\,{mu},\\,{b})',
    torch: 'D.Laplace({mu}, {b})',
    // SciPy's laplace has no logpdf of its own (log of a pdf that underflows beyond 745 scales);
    // the generalised normal of order 1 is the same density with an exact logpdf.
    scipy: 'stats.gennorm(1, {mu}, {b})',
  },
};
