import { describe, expect, it } from 'vitest';
import { normalLogPdf } from '../distributions/density';
import type { Distribution } from '../distributions/types';
import { runMonteCarloChunk } from './chunk';
import { monteCarloOutcomeCounts, monteCarloSamples1 } from './samples';

const moments = (xs: Float64Array) => {
  let mean = 0;
  for (const x of xs) mean += x;
  mean /= xs.length;
  let v = 0;
  for (const x of xs) v += (x - mean) ** 2;
  return { mean, variance: v / (xs.length - 1) };
};

describe('monteCarloSamples1', () => {
  // N(μ, σ): mean μ with SE σ/√M; variance σ² with SE ≈ σ²·√(2/(M−1)) (normal fourth moment 3σ⁴).
  it.each([
    [1, -1.5, 0.5],
    [2, 3, 2],
  ])('seed %i: N(%f, %f) draws have its mean and variance within 4 SE', (seed, mu, sigma) => {
    const m = 20_000;
    const { mean, variance } = moments(
      monteCarloSamples1({ family: 'normal', mu, sigma }, seed, m),
    );
    expect(Math.abs(mean - mu)).toBeLessThan((4 * sigma) / Math.sqrt(m));
    expect(Math.abs(variance - sigma * sigma)).toBeLessThan(
      4 * sigma * sigma * Math.sqrt(2 / (m - 1)),
    );
  });

  it('seed 5: a mixture ½N(−3,1) + ½N(3,1) has mean 0 and variance 1 + 9 = 10', () => {
    const m = 20_000;
    const { mean, variance } = moments(
      monteCarloSamples1(
        {
          family: 'mixture',
          components: [
            { weight: 1, component: { family: 'normal', mu: -3, sigma: 1 } },
            { weight: 1, component: { family: 'normal', mu: 3, sigma: 1 } },
          ],
        },
        5,
        m,
      ),
    );
    // SE of the mean √(10/M); of the variance √((E[x⁴] − 100)/M) with E[x⁴] = 3 + 6·9 + 81 = 138.
    expect(Math.abs(mean)).toBeLessThan(4 * Math.sqrt(10 / m));
    expect(Math.abs(variance - 10)).toBeLessThan(4 * Math.sqrt(38 / m));
  });

  it("are the run's own samples: their mean of log p − log q equals chunk 0's k1", () => {
    const p: Distribution = { family: 'normal', mu: 0, sigma: 1 };
    const q: Distribution = { family: 'normal', mu: 1, sigma: 1.5 };
    const m = 3000;
    const xs = monteCarloSamples1(p, 11, m);
    let k1 = 0;
    for (const x of xs) k1 += normalLogPdf(x, 0, 1) - normalLogPdf(x, 1, 1.5);
    const chunk = runMonteCarloChunk({
      p,
      q,
      direction: 'pq',
      seed: 11,
      chunkIndex: 0,
      chunkSize: 1 << 19,
      count: m,
    });
    expect(Math.abs(k1 / m - chunk.state.k1.mean)).toBeLessThan(1e-12);
  });

  it('refuses a negative or fractional count', () => {
    expect(() => monteCarloSamples1({ family: 'normal', mu: 0, sigma: 1 }, 1, -1)).toThrow(
      RangeError,
    );
    expect(() => monteCarloOutcomeCounts({ family: 'bernoulli', p: 0.5 }, 1, 1.5)).toThrow(
      RangeError,
    );
  });
});

describe('monteCarloOutcomeCounts', () => {
  it('seed 4: Cat(0.1, 0.2, 0.3, 0.4) frequencies are within 4 binomial SE of the probabilities', () => {
    const m = 40_000;
    const probs = [0.1, 0.2, 0.3, 0.4];
    const counts = monteCarloOutcomeCounts({ family: 'categorical', weights: probs }, 4, m);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(m);
    probs.forEach((pk, k) =>
      expect(Math.abs(counts[k]! / m - pk)).toBeLessThan(4 * Math.sqrt((pk * (1 - pk)) / m)),
    );
  });

  it('never draws an outcome of probability 0', () => {
    const counts = monteCarloOutcomeCounts(
      { family: 'categorical', weights: [0.5, 0, 0.5] },
      2,
      10_000,
    );
    expect(counts[1]).toBe(0);
  });
});
