import type { Beta } from '../distributions/types';
import {
  betaCdf,
  betaCrossEntropy,
  betaEntropy,
  betaLogPdf,
  betaLogPdfNearEdge,
  betaMean,
  betaParamError,
  betaQuantile,
  betaSampler,
  betaSupport,
  betaSurvival,
  betaVariance,
  klBeta,
} from './math/beta';
import { simpleParts, upperQuantileBySurvival } from './simple1';
import type { Real1Family } from './types';

const shape = (key: 'a' | 'b', description: string) => ({
  key,
  label: key,
  description,
  min: 0.05,
  max: 1e6,
  default: 2,
  slider: { min: 0.05, max: 100, step: 0.001 },
  log: true,
});

const parts = simpleParts<Beta>({
  family: 'beta',
  token: 'Beta',
  parameters: [shape('a', 'shape at 0'), shape('b', 'shape at 1')],
  paramError: betaParamError,
  support: betaSupport,
  quantile: betaQuantile,
  upperQuantile: (u, d) =>
    upperQuantileBySurvival(
      u,
      (x) => betaCdf(x, d),
      (x) => betaSurvival(x, d),
      betaSupport(),
      betaMean(d),
      Math.sqrt(betaVariance(d)),
    ),
  // The mode (a − 1)/(a + b − 2) where both shapes exceed 1.
  bends: (d) => (d.a > 1 && d.b > 1 ? [(d.a - 1) / (d.a + d.b - 2)] : []),
});

/**
 * Beta(a, b) on [0, 1]. With a < 1 (or b < 1) the density is infinite at 0 (or 1) but integrable:
 * Gauss–Kronrod never evaluates an interval's ends, and the Monte Carlo kernel moves a draw that
 * rounds onto such an edge to the adjacent double.
 */
export const BETA: Real1Family<'beta'> = {
  family: 'beta',
  kind: 'real1',
  label: 'Beta',
  ...parts,
  monteCarloCost: () => 4,
  logDensity: (d) => (x) => betaLogPdf(x, d),
  logDensityNearEdge: (d) => (side, t) => betaLogPdfNearEdge(side, t, d),
  moments: (d) => ({ mean: betaMean(d), variance: betaVariance(d) }),
  sampler: betaSampler,
  entropy: betaEntropy,
  handles: [
    {
      id: 'mean',
      label: 'mean a/(a + b) (keeps a + b)',
      size: 'large',
      x: betaMean,
      moved: (d, x) => {
        const m = Math.min(1 - 1e-6, Math.max(1e-6, x));
        return { ...d, a: m * (d.a + d.b), b: (1 - m) * (d.a + d.b) };
      },
    },
  ],
  closedForms: {
    beta: {
      kl: (p, q) => klBeta(p, q).value,
      crossEntropy: (p, q) => betaCrossEntropy(p, q).value,
    },
  },
  ui: {
    selectorLabel: 'Beta',
    examplePair: {
      p: { family: 'beta', a: 2, b: 5 },
      q: { family: 'beta', a: 0.5, b: 0.5 },
    },
    description:
      'A density on [0, 1]: a pulls mass towards 1, b towards 0; below 1 each makes its edge infinite.',
    formula: '\\operatorname{Beta}(x;\\,{a},\\,{b})',
    torch: 'D.Beta({a}, {b})',
    scipy: 'stats.beta({a}, {b})',
  },
};
