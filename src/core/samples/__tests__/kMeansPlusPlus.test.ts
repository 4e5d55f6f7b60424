import { describe, expect, it } from 'vitest';
import { kMeansPlusPlusSeeds } from '../kMeansPlusPlus';

describe('k-means++ seeds', () => {
  // Points 0, 0, 10 on a line: after either 0 the next pick has probability 100/100 of being 10
  // (the other 0 is at distance 0); after 10, each 0 has probability ½ (by hand).
  const xs = [0, 0, 10];
  const d2 = (i: number, j: number) => (xs[i]! - xs[j]!) ** 2;
  it('never picks a point at distance 0 from a pick (seeds 1–40)', () => {
    for (let seed = 1; seed <= 40; seed++) {
      const [a, b] = kMeansPlusPlusSeeds(3, 2, d2, seed, 1000);
      expect(xs[a!]).not.toBe(xs[b!]);
    }
  });
  it('is reproducible for a seed and stream, and differs between streams', () => {
    const ys = Array.from({ length: 50 }, (_, i) => Math.sin(i) * 10);
    const e = (i: number, j: number) => (ys[i]! - ys[j]!) ** 2;
    expect(kMeansPlusPlusSeeds(50, 4, e, 3, 1000)).toEqual(kMeansPlusPlusSeeds(50, 4, e, 3, 1000));
    const streams = new Set(
      [1000, 1001, 1002, 1003].map((s) => kMeansPlusPlusSeeds(50, 4, e, 3, s).join()),
    );
    expect(streams.size).toBeGreaterThan(1);
  });
});
