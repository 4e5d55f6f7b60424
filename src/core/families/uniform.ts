import type { Uniform } from '../distributions/types';
import {
  klUniform,
  uniformCrossEntropy,
  uniformEntropy,
  uniformLogPdf,
  uniformMean,
  uniformParamError,
  uniformQuantile,
  uniformSampler,
  uniformSupport,
  uniformVariance,
} from './math/uniform';
import { simpleParts } from './simple1';
import type { Real1Family } from './types';

const parts = simpleParts<Uniform>({
  family: 'uniform',
  token: 'U',
  parameters: [
    {
      key: 'a',
      label: 'a',
      description: 'lower edge',
      min: -Number.MAX_VALUE,
      max: Number.MAX_VALUE,
      default: -1,
      slider: { min: -10, max: 10, step: 0.01 },
    },
    {
      key: 'b',
      label: 'b',
      description: 'upper edge',
      min: -Number.MAX_VALUE,
      max: Number.MAX_VALUE,
      default: 1,
      slider: { min: -10, max: 10, step: 0.01 },
    },
  ],
  paramError: uniformParamError,
  support: uniformSupport,
  quantile: uniformQuantile,
  upperQuantile: (u, d) => d.b - u * (d.b - d.a),
});

/** U(a, b): flat on [a, b]. Its support ends, so KL against it is ∞ wherever P reaches past them. */
export const UNIFORM: Real1Family<'uniform'> = {
  family: 'uniform',
  kind: 'real1',
  label: 'Uniform',
  ...parts,
  monteCarloCost: () => 1,
  logDensity: (d) => (x) => uniformLogPdf(x, d),
  moments: (d) => ({ mean: uniformMean(d), variance: uniformVariance(d) }),
  sampler: uniformSampler,
  entropy: uniformEntropy,
  handles: [
    {
      id: 'lower',
      label: 'lower edge a',
      size: 'small',
      x: (d) => d.a,
      moved: (d, a) => ({ ...d, a }),
    },
    {
      id: 'upper',
      label: 'upper edge b',
      size: 'small',
      x: (d) => d.b,
      moved: (d, b) => ({ ...d, b }),
    },
  ],
  closedForms: {
    uniform: {
      kl: (p, q) => klUniform(p, q).value,
      crossEntropy: (p, q) => uniformCrossEntropy(p, q).value,
    },
  },
  ui: {
    selectorLabel: 'Uniform',
    examplePair: {
      p: { family: 'uniform', a: -1, b: 1 },
      q: { family: 'normal', mu: 0, sigma: 1 },
    },
    description: 'Flat between the edges a and b, zero outside: drag either edge.',
    formula: '\\mathcal U(x;\\,{a},\\,{b})',
    torch: 'D.Uniform({a}, {b})',
    scipy: 'stats.uniform({a}, {b} - ({a}))',
  },
};
