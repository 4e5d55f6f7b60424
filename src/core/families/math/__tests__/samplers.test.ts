import { describe, expect, it } from 'vitest';
import { xoshiro128FromSeed } from '../../../random/xoshiro128';
import { betaCdf, betaMean, betaSampler, betaVariance } from '../beta';
import { binomialCdf, binomialMean, binomialSampler, binomialVariance } from '../binomial';
import type { Sampler } from '../common';
import { exponentialCdf, exponentialSampler } from '../exponential';
import { gammaCdf, gammaSampler } from '../gamma';
import { laplaceCdf, laplaceSampler } from '../laplace';
import { poissonCdf, poissonSampler } from '../poisson';
import { studentTCdfAt, studentTSampler } from '../studentT';
import { uniformCdf, uniformSampler } from '../uniform';

/**
 * Seeded checks of every sampler: the Kolmogorov–Smirnov distance between N draws and the family's
 * CDF (itself tested against mpmath) must stay below 1.95/√N, the 0.1 % critical value; where the
 * mean and variance exist, the sample mean must lie within 5 standard errors. The seed is in the
 * test name, so a failure replays exactly.
 */
const N = 100_000;
const KS_LIMIT = 1.95 / Math.sqrt(N);

function draw(sampler: Sampler, seed: number): Float64Array {
  const rng = xoshiro128FromSeed(seed);
  const xs = new Float64Array(N);
  for (let i = 0; i < N; i++) xs[i] = sampler(rng);
  return xs.sort();
}

/**
 * sup |F_N − F| over the sorted sample, both sides of each jump. Ties are grouped and the left side
 * compared with F just below the value: Beta(0.05, 0.05) puts 7.9 % of its mass within 1e-16 of 1,
 * and those draws round to exactly 1 (documented on betaSampler), which is a correct rounding of a
 * continuous law, not a sampler error.
 */
function ksContinuous(sorted: Float64Array, cdf: (x: number) => number): number {
  let d = 0;
  for (let i = 0; i < sorted.length;) {
    const x = sorted[i]!;
    let j = i;
    while (j < sorted.length && sorted[j] === x) j++;
    const below = x - Math.max(Math.abs(x) * 2 ** -53, Number.MIN_VALUE);
    d = Math.max(d, Math.abs(j / sorted.length - cdf(x)), Math.abs(i / sorted.length - cdf(below)));
    i = j;
  }
  return d;
}

/** max_k |F_N(k) − F(k)| over the integers the sample reaches (ties grouped). */
function ksDiscrete(sorted: Float64Array, cdf: (k: number) => number): number {
  let d = 0;
  for (let i = 0; i < sorted.length;) {
    const k = sorted[i]!;
    let j = i;
    while (j < sorted.length && sorted[j] === k) j++;
    d = Math.max(d, Math.abs(j / sorted.length - cdf(k)), Math.abs(i / sorted.length - cdf(k - 1)));
    i = j;
  }
  return d;
}

function expectMean(sorted: Float64Array, mean: number, variance: number): void {
  let s = 0;
  for (const x of sorted) s += x;
  expect(Math.abs(s / sorted.length - mean)).toBeLessThanOrEqual(
    5 * Math.sqrt(variance / sorted.length) + 1e-300,
  );
}

describe('continuous samplers, N = 100,000', () => {
  const cases: [string, Sampler, (x: number) => number, number?, number?][] = [
    [
      'U(-1, 3)',
      uniformSampler({ a: -1, b: 3 }),
      (x) => uniformCdf(x, { a: -1, b: 3 }),
      1,
      16 / 12,
    ],
    [
      'Laplace(2, 0.5)',
      laplaceSampler({ mu: 2, b: 0.5 }),
      (x) => laplaceCdf(x, { mu: 2, b: 0.5 }),
      2,
      0.5,
    ],
    [
      'Exp(2.5)',
      exponentialSampler({ rate: 2.5 }),
      (x) => exponentialCdf(x, { rate: 2.5 }),
      0.4,
      0.16,
    ],
    [
      'T(0.5, 0, 1)',
      studentTSampler({ nu: 0.5, mu: 0, s: 1 }),
      (x) => studentTCdfAt(x, { nu: 0.5, mu: 0, s: 1 }),
    ],
    [
      'T(1.5, 0, 1)',
      studentTSampler({ nu: 1.5, mu: 0, s: 1 }),
      (x) => studentTCdfAt(x, { nu: 1.5, mu: 0, s: 1 }),
    ],
    [
      'T(5, 1, 2)',
      studentTSampler({ nu: 5, mu: 1, s: 2 }),
      (x) => studentTCdfAt(x, { nu: 5, mu: 1, s: 2 }),
      1,
      (4 * 5) / 3,
    ],
    [
      'T(1e6, 0, 1)',
      studentTSampler({ nu: 1e6, mu: 0, s: 1 }),
      (x) => studentTCdfAt(x, { nu: 1e6, mu: 0, s: 1 }),
      0,
      1,
    ],
    [
      'Gamma(0.05, 1)',
      gammaSampler({ k: 0.05, theta: 1 }),
      (x) => gammaCdf(x, { k: 0.05, theta: 1 }),
      0.05,
      0.05,
    ],
    [
      'Gamma(0.5, 2)',
      gammaSampler({ k: 0.5, theta: 2 }),
      (x) => gammaCdf(x, { k: 0.5, theta: 2 }),
      1,
      2,
    ],
    ['Gamma(3, 1)', gammaSampler({ k: 3, theta: 1 }), (x) => gammaCdf(x, { k: 3, theta: 1 }), 3, 3],
    [
      'Gamma(1e4, 1e-3)',
      gammaSampler({ k: 1e4, theta: 1e-3 }),
      (x) => gammaCdf(x, { k: 1e4, theta: 1e-3 }),
      10,
      1e-2,
    ],
    [
      'Beta(0.05, 0.05)',
      betaSampler({ a: 0.05, b: 0.05 }),
      (x) => betaCdf(x, { a: 0.05, b: 0.05 }),
      0.5,
      betaVariance({ a: 0.05, b: 0.05 }),
    ],
    [
      'Beta(0.5, 3)',
      betaSampler({ a: 0.5, b: 3 }),
      (x) => betaCdf(x, { a: 0.5, b: 3 }),
      betaMean({ a: 0.5, b: 3 }),
      betaVariance({ a: 0.5, b: 3 }),
    ],
    [
      'Beta(200, 300)',
      betaSampler({ a: 200, b: 300 }),
      (x) => betaCdf(x, { a: 200, b: 300 }),
      0.4,
      betaVariance({ a: 200, b: 300 }),
    ],
  ];
  cases.forEach(([name, sampler, cdf, mean, variance], i) => {
    const seed = 1000 + i;
    it(`${name}, seed ${seed}`, () => {
      const xs = draw(sampler, seed);
      expect(ksContinuous(xs, cdf)).toBeLessThanOrEqual(KS_LIMIT);
      if (mean !== undefined) expectMean(xs, mean, variance!);
    });
  });
});

describe('discrete samplers, N = 100,000 (inversion and PTRS / BTRS on both sides of the switch)', () => {
  const cases: [string, Sampler, (k: number) => number, number, number][] = [
    [
      'Pois(1e-9)',
      poissonSampler({ lambda: 1e-9 }),
      (k) => poissonCdf(k, { lambda: 1e-9 }),
      1e-9,
      1e-9,
    ],
    ['Pois(3)', poissonSampler({ lambda: 3 }), (k) => poissonCdf(k, { lambda: 3 }), 3, 3],
    [
      'Pois(9.99)',
      poissonSampler({ lambda: 9.99 }),
      (k) => poissonCdf(k, { lambda: 9.99 }),
      9.99,
      9.99,
    ],
    ['Pois(10)', poissonSampler({ lambda: 10 }), (k) => poissonCdf(k, { lambda: 10 }), 10, 10],
    ['Pois(1e4)', poissonSampler({ lambda: 1e4 }), (k) => poissonCdf(k, { lambda: 1e4 }), 1e4, 1e4],
    ...(
      [
        [10, 0],
        [10, 1],
        [100, 0.03],
        [100, 0.97],
        [20, 0.5],
        [10000, 0.5],
        [10000, 1e-6],
        [10000, 0.999],
      ] as const
    ).map(([n, p]): [string, Sampler, (k: number) => number, number, number] => [
      `Bin(${n}, ${p})`,
      binomialSampler({ n, p }),
      (k) => binomialCdf(k, { n, p }),
      binomialMean({ n, p }),
      binomialVariance({ n, p }),
    ]),
  ];
  cases.forEach(([name, sampler, cdf, mean, variance], i) => {
    const seed = 2000 + i;
    it(`${name}, seed ${seed}`, () => {
      const xs = draw(sampler, seed);
      expect(ksDiscrete(xs, cdf)).toBeLessThanOrEqual(KS_LIMIT);
      expectMean(xs, mean, variance);
      expect(xs.every((x) => Number.isInteger(x))).toBe(true);
    });
  });
});
