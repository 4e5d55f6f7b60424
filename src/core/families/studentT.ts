import type { StudentT } from '../distributions/types';
import {
  STUDENT_T_NU_RANGE,
  studentTEntropy,
  studentTLogPdf,
  studentTMean,
  studentTParamError,
  studentTQuantile,
  studentTSampler,
  studentTSupport,
  studentTVariance,
} from './math/studentT';
import { MAX_FINITE, MIN_SCALE } from './math/common';
import { simpleParts, locationScaleHandles } from './simple1';
import type { Real1Family } from './types';

const parts = simpleParts<StudentT>({
  family: 'studentT',
  token: 'T',
  parameters: [
    {
      key: 'nu',
      label: 'ν',
      description: 'degrees of freedom',
      min: STUDENT_T_NU_RANGE.lo,
      max: STUDENT_T_NU_RANGE.hi,
      default: 4,
      slider: { min: 0.1, max: 100, step: 0.001 },
      log: true,
    },
    {
      key: 'mu',
      label: 'μ',
      description: 'location',
      min: -MAX_FINITE,
      max: MAX_FINITE,
      default: 0,
      slider: { min: -10, max: 10, step: 0.01 },
    },
    {
      key: 's',
      label: 's',
      description: 'scale',
      min: MIN_SCALE,
      max: MAX_FINITE,
      default: 1,
      slider: { min: 0.05, max: 20, step: 0.001 },
      log: true,
    },
  ],
  paramError: studentTParamError,
  support: studentTSupport,
  // Polynomial tails: the quantile splits (down to 1e-300, capped at ±1e300) follow them decade by decade.
  quantile: studentTQuantile,
  // Symmetric about μ.
  upperQuantile: (u, d) => 2 * d.mu - studentTQuantile(u, d),
  bends: (d) => [d.mu],
});

/** T(ν, μ, s): Student's t, heavy-tailed (variance infinite for ν ≤ 2, no mean for ν ≤ 1). */
export const STUDENT_T: Real1Family<'studentT'> = {
  family: 'studentT',
  kind: 'real1',
  label: 'Student-t',
  ...parts,
  monteCarloCost: () => 3,
  logDensity: (d) => (x) => studentTLogPdf(x, d),
  // For ν ≤ 1 there is no mean: μ (the median) stands for the centre, with infinite variance.
  moments: (d) => ({ mean: studentTMean(d) ?? d.mu, variance: studentTVariance(d) ?? Infinity }),
  // Infinite variance gives no mean ± 4 sd: the central 99 % is drawn.
  plotRange: (d) => [studentTQuantile(0.005, d), 2 * d.mu - studentTQuantile(0.005, d)],
  sampler: studentTSampler,
  entropy: studentTEntropy,
  handles: locationScaleHandles<StudentT>('mu', 's', {
    location: 'centre μ',
    scale: 'scale s (at μ + s)',
  }),
  ui: {
    selectorLabel: 'Student-t',
    examplePair: {
      p: { family: 'studentT', nu: 4, mu: 0, s: 1 },
      q: { family: 'normal', mu: 0, sigma: 1 },
    },
    description:
      'A bell with heavy tails: ν degrees of freedom (ν → ∞ is the Normal), centre μ, scale s.',
    formula: 't_{{nu}}(x;\\,{mu},\\,{s})',
    torch: 'D.StudentT({nu}, {mu}, {s})',
    scipy: 'stats.t({nu}, {mu}, {s})',
  },
};
