import { gaussianMixtureLogDensity2 } from '../distributions/density';
import { formatSpecNumber as num } from '../spec/number';
import { formatNormal2 } from './normal2';
import type { Real2Family } from './types';

/** Mix(w₁*N2(…),…): a mixture of 2-D Gaussians (parsed by the 'Mix' token of `MIXTURE1`). */
export const MIXTURE2: Real2Family<'mixture2'> = {
  family: 'mixture2',
  kind: 'real2',
  token: 'Mix',
  label: '2-D mixture',
  parameters: [],
  format: (d) =>
    `Mix(${d.components.map((c) => `${num(c.weight)}*${formatNormal2(c.component)}`).join(',')})`,
  sampleSpace: () => ({ kind: 'real', dimension: 2 }),
  support: () => ({ kind: 'plane' }),
  monteCarloCost: (d) => d.components.length,
  logDensity: (d) => gaussianMixtureLogDensity2(d.components),
  gaussianMixture: (d) => d.components,
  ui: {
    selectorLabel: 'Mixture 2-D',
    examplePair: {
      p: {
        family: 'mixture2',
        components: [
          // Modes about 4 sd apart: far enough that the fit view's reverse fit locks onto the
          // heaviest one (N2 mean (−2.4, 0)) while the forward fit covers all three; at 1.5 apart
          // the reverse optimum was a broad Gaussian much like the forward one.
          {
            weight: 0.5,
            component: { family: 'normal2', mx: -2.4, my: 0, sx: 0.6, sy: 0.6, rho: 0.3 },
          },
          {
            weight: 0.3,
            component: { family: 'normal2', mx: 2.4, my: 1.6, sx: 0.6, sy: 0.6, rho: -0.3 },
          },
          {
            weight: 0.2,
            component: { family: 'normal2', mx: 0, my: -2.4, sx: 0.5, sy: 0.8, rho: 0 },
          },
        ],
      },
      q: { family: 'normal2', mx: 0, my: 0, sx: 2, sy: 2, rho: 0 },
    },
    description: 'A weighted sum of 2-D bells.',
    formula: '\\textstyle\\sum_i w_i\\,\\mathcal N_2(x;\\,\\mu_i,\\,\\Sigma_i)',
  },
};
