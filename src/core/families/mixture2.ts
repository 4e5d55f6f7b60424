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
    description: 'A weighted sum of 2-D bells.',
    formula: '\\textstyle\\sum_i w_i\\,\\mathcal N_2(x;\\,\\mu_i,\\,\\Sigma_i)',
  },
};
