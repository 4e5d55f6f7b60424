import { normalLogPdf } from '../distributions/density';
import type { Normal } from '../distributions/types';
import { gaussianMixtureMoments } from '../distributions/moments';
import { klNormal, normalCrossEntropy, normalEntropy } from '../divergences/gaussian';
import { normalDraw } from '../random/normal';
import { formatSpecNumber as num, MIN_NORMAL } from '../spec/number';
import type { SpecReader } from '../spec/reader';
import type { Real1Family } from './types';

/** Split points in units of σ; ±40σ bounds the range (the density is e^(−800) of its peak there). */
const OFFSETS = [-40, -8, -4, -2, -1, 0, 1, 2, 4, 8, 40];

export const formatNormal = (d: Normal): string => `N(${num(d.mu)},${num(d.sigma)})`;

/** N(mu, sigma) with 2.2e-308 ≤ sigma < 1.8e308; exported for the mixture's components. */
export function parseNormal(r: SpecReader): Normal {
  const [mu, sigma] = r.numberList('N', 2);
  if (!(sigma!.value > 0))
    r.fail(
      `N(mu, sigma) needs sigma > 0 (a standard deviation), got ${sigma!.value}`,
      sigma!.start,
      sigma!.end,
    );
  if (sigma!.value < MIN_NORMAL)
    r.fail(
      `N(mu, sigma) supports sigma from 2.2e-308 (the smallest full-precision double) to 1.8e308, got ${r.slice(sigma!.start, sigma!.end)}`,
      sigma!.start,
      sigma!.end,
    );
  return { family: 'normal', mu: mu!.value, sigma: sigma!.value };
}

/** N(μ, σ): the 1-D Gaussian. */
export const NORMAL: Real1Family<'normal'> = {
  family: 'normal',
  kind: 'real1',
  token: 'N',
  label: 'Normal',
  parameters: [
    {
      key: 'mu',
      label: 'μ',
      description: 'mean',
      min: -Number.MAX_VALUE,
      max: Number.MAX_VALUE,
      default: 0,
      slider: { min: -10, max: 10, step: 0.01 },
    },
    {
      key: 'sigma',
      label: 'σ',
      description: 'standard deviation',
      min: MIN_NORMAL,
      max: Number.MAX_VALUE,
      default: 1,
      slider: { min: 0.05, max: 20, step: 0.001 },
      log: true,
    },
  ],
  parse: parseNormal,
  format: formatNormal,
  sampleSpace: () => ({ kind: 'real', dimension: 1 }),
  support: () => ({ kind: 'interval', lo: -Infinity, hi: Infinity }),
  monteCarloCost: () => 1,
  logDensity: (d) => (x) => normalLogPdf(x, d.mu, d.sigma),
  moments: (d) => gaussianMixtureMoments([{ weight: 1, component: d }]),
  sampler: (d) => (rng) => d.mu + d.sigma * normalDraw(rng),
  breakpoints: (d) => OFFSETS.map((k) => d.mu + k * d.sigma),
  entropy: normalEntropy,
  gaussianMixture: (d) => [{ weight: 1, component: d }],
  gaussian: (d) => d,
  closedForms: { normal: { kl: klNormal, crossEntropy: normalCrossEntropy } },
  ui: {
    selectorLabel: 'Gaussian 1-D',
    examplePair: {
      p: { family: 'normal', mu: 0, sigma: 1 },
      q: { family: 'normal', mu: 1, sigma: 2 },
    },
    description: 'A bell curve with mean μ and standard deviation σ.',
    formula: '\\mathcal N(x;\\,{mu},\\,{sigma})',
    torch: 'D.Normal({mu}, {sigma})',
    scipy: 'stats.norm({mu}, {sigma})',
  },
};
