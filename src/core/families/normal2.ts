import { normal2LogPdf } from '../distributions/density';
import type { Normal2 } from '../distributions/types';
import { klNormal2, normal2CrossEntropy, normal2Entropy } from '../divergences/gaussian';
import { formatSpecNumber as num, MIN_NORMAL } from '../spec/number';
import type { SpecReader } from '../spec/reader';
import type { Real2Family } from './types';

export const formatNormal2 = (d: Normal2): string =>
  `N2(${[d.mx, d.my, d.sx, d.sy, d.rho].map(num).join(',')})`;

/** N2(mx, my, sx, sy, rho); exported for the mixture's components. */
export function parseNormal2(r: SpecReader): Normal2 {
  const [mx, my, sx, sy, rho] = r.numberList('N2', 5);
  for (const s of [sx!, sy!]) {
    if (!(s.value > 0))
      r.fail(`N2(mx, my, sx, sy, rho) needs sx, sy > 0, got ${s.value}`, s.start, s.end);
  }
  if (!(Math.abs(rho!.value) < 1))
    r.fail(`N2 needs |rho| < 1, got ${rho!.value}`, rho!.start, rho!.end);
  // √(1 − ρ²) scales both conditional widths and the peak density; in logs, so nothing underflows.
  const logC = 0.5 * Math.log((1 - rho!.value) * (1 + rho!.value));
  const logMin = Math.log(MIN_NORMAL);
  for (const [s, name] of [
    [sx!, 'sx'],
    [sy!, 'sy'],
  ] as const) {
    if (Math.log(s.value) + logC < logMin)
      r.fail(
        `N2 supports ${name}·√(1 − rho²) from 2.2e-308 (the smallest full-precision double), got ${name} = ${r.slice(s.start, s.end)} with rho = ${rho!.value}`,
        s.start,
        rho!.end,
      );
  }
  if (Math.log(sx!.value) + Math.log(sy!.value) + logC < logMin)
    r.fail(
      `N2 supports sx·sy·√(1 − rho²) from 2.2e-308 (so that the peak density is a finite double), got ${sx!.value}·${sy!.value}·√(1 − rho²)`,
      sx!.start,
      rho!.end,
    );
  return {
    family: 'normal2',
    mx: mx!.value,
    my: my!.value,
    sx: sx!.value,
    sy: sy!.value,
    rho: rho!.value,
  };
}

const MEAN = { min: -10, max: 10, step: 0.01 } as const;
const SCALE = { min: 0.05, max: 20, step: 0.001 } as const;

/** N2(mx, my, sx, sy, ρ): the 2-D Gaussian. */
export const NORMAL2: Real2Family<'normal2'> = {
  family: 'normal2',
  kind: 'real2',
  token: 'N2',
  label: '2-D Normal',
  parameters: [
    {
      key: 'mx',
      label: 'μx',
      description: 'mean of x',
      min: -Number.MAX_VALUE,
      max: Number.MAX_VALUE,
      default: 0,
      slider: MEAN,
    },
    {
      key: 'my',
      label: 'μy',
      description: 'mean of y',
      min: -Number.MAX_VALUE,
      max: Number.MAX_VALUE,
      default: 0,
      slider: MEAN,
    },
    {
      key: 'sx',
      label: 'σx',
      description: 'standard deviation of x',
      min: MIN_NORMAL,
      max: Number.MAX_VALUE,
      default: 1,
      slider: SCALE,
      log: true,
    },
    {
      key: 'sy',
      label: 'σy',
      description: 'standard deviation of y',
      min: MIN_NORMAL,
      max: Number.MAX_VALUE,
      default: 1,
      slider: SCALE,
      log: true,
    },
    {
      key: 'rho',
      label: 'ρ',
      description: 'correlation',
      min: -1,
      max: 1,
      open: { min: true, max: true },
      default: 0,
      slider: { min: -0.99, max: 0.99, step: 0.01 },
    },
  ],
  parse: parseNormal2,
  format: formatNormal2,
  sampleSpace: () => ({ kind: 'real', dimension: 2 }),
  support: () => ({ kind: 'plane' }),
  monteCarloCost: () => 1,
  logDensity: (d) => (x, y) => normal2LogPdf(x, y, d),
  entropy: normal2Entropy,
  gaussianMixture: (d) => [{ weight: 1, component: d }],
  gaussian: (d) => d,
  closedForms: { normal2: { kl: klNormal2, crossEntropy: normal2CrossEntropy } },
  ui: {
    selectorLabel: 'Gaussian 2-D',
    examplePair: {
      p: { family: 'normal2', mx: 0, my: 0, sx: 1, sy: 1, rho: 0.6 },
      q: { family: 'normal2', mx: 0.5, my: 0, sx: 1.5, sy: 1, rho: 0 },
    },
    description: 'A 2-D bell with means μx, μy, standard deviations σx, σy and correlation ρ.',
    formula: '\\mathcal N_2(x;\\,\\mu,\\,\\Sigma)',
    torch:
      'D.MultivariateNormal(torch.tensor([{mx}, {my}]), covariance_matrix=torch.tensor([[{sx}**2, {rho}*{sx}*{sy}], [{rho}*{sx}*{sy}, {sy}**2]]))',
    scipy:
      'stats.multivariate_normal([{mx}, {my}], [[{sx}**2, {rho}*{sx}*{sy}], [{rho}*{sx}*{sy}, {sy}**2]])',
  },
};
