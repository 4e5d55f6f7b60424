import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normal } from '../../distributions/make';
import { xoshiro128FromSeed } from '../../random/xoshiro128';
import { drawSamples1 } from '../draw';
import { KdTree2 } from '../kdTree2';
import {
  KnnKlEstimator,
  knnBatchCount,
  knnBatchInterval,
  knnKl,
  sampleBlocks,
  type SampleSet,
} from '../knnKl';

interface ReferenceCase {
  readonly name: string;
  readonly dimension: number;
  readonly p: number[];
  readonly q: number[];
  readonly estimates: Record<string, number>;
}
const reference = JSON.parse(
  readFileSync(new URL('./knn_reference.json', import.meta.url), 'utf8'),
) as { cases: ReferenceCase[] };

// Fixed points and their estimates from scripts/references/knn_kl.py (scipy.spatial.cKDTree).
describe('kNN KL estimator against SciPy cKDTree (knn_kl.py)', () => {
  for (const c of reference.cases) {
    const dimension = c.dimension as 1 | 2;
    const p: SampleSet = { dimension, values: Float64Array.from(c.p) };
    const q: SampleSet = { dimension, values: Float64Array.from(c.q) };
    for (const [k, expected] of Object.entries(c.estimates)) {
      it(`${c.name}, k = ${k}: agrees to 1e-12`, () => {
        const r = knnKl(p, q, Number(k));
        expect(r.ok).toBe(true);
        if (r.ok) expect(Math.abs(r.value - expected)).toBeLessThan(1e-12);
      });
    }
  }

  it('gives the same value when computed in chunks of points', () => {
    const c = reference.cases[1]!;
    const e = new KnnKlEstimator(
      { dimension: 2, values: Float64Array.from(c.p) },
      { dimension: 2, values: Float64Array.from(c.q) },
      3,
    );
    while (e.done < e.n) e.runPoints(77);
    const r = e.result();
    expect(r.ok && Math.abs(r.value - c.estimates['3']!) < 1e-12).toBe(true);
  });
});

describe('KdTree2.kthDistance2 (seed 5) matches a brute-force scan', () => {
  const rng = xoshiro128FromSeed(5);
  const n = 700;
  const xy = new Float64Array(2 * n);
  // Stretched axes (x in hundreds, y in units) exercise the spread-based split.
  for (let i = 0; i < n; i++) {
    xy[2 * i] = 300 * rng.nextUniform();
    xy[2 * i + 1] = rng.nextUniform();
  }
  const tree = new KdTree2(xy);
  it.each([1, 2, 7])('k = %i, with and without the query point itself', (k) => {
    for (let t = 0; t < 60; t++) {
      const i = Math.floor(rng.nextUniform() * n);
      const qx = xy[2 * i]!;
      const qy = xy[2 * i + 1]!;
      const all: number[] = [];
      for (let j = 0; j < n; j++) {
        if (j === i) continue;
        all.push((xy[2 * j]! - qx) ** 2 + (xy[2 * j + 1]! - qy) ** 2);
      }
      all.sort((a, b) => a - b);
      expect(tree.kthDistance2(qx, qy, k, i)).toBe(all[k - 1]);
      expect(tree.kthDistance2(qx, qy, k)).toBe([0, ...all][k - 1]);
      // A starting bound at or above the answer (from the slightest to ten times too wide)
      // changes nothing: the search is still exact.
      const wider = all[k - 1]! * (1 + 1e-12 + 10 * rng.nextUniform() ** 3);
      expect(tree.kthDistance2(qx, qy, k, i, all[k - 1]! * (1 + 1e-12))).toBe(all[k - 1]);
      expect(tree.kthDistance2(qx, qy, k, i, wider)).toBe(all[k - 1]);
    }
  });
});

describe('kNN estimator edge cases', () => {
  it('refuses repeated values instead of returning ±∞ or NaN', () => {
    const p: SampleSet = { dimension: 1, values: Float64Array.of(0, 0, 1, 2, 3) };
    const q: SampleSet = { dimension: 1, values: Float64Array.of(0.5, 1.5, 2.5) };
    const r = knnKl(p, q, 1);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toMatch(/point 1 of P .*repeated/);
    // With k = 2 the second-nearest neighbour is a different value: finite.
    expect(knnKl(p, q, 2).ok).toBe(true);
  });

  it('says when there are too few points for k', () => {
    const r = knnKl(
      { dimension: 1, values: Float64Array.of(0, 1) },
      { dimension: 1, values: Float64Array.of(3) },
      2,
    );
    expect(r.ok).toBe(false);
  });

  it('is log(m/(n−1)) + mean log-ratio on a hand example (k = 1, 1-D)', () => {
    // x = {0, 1, 3}: ρ = 1, 1, 2. y = {0.5, 4}: ν = 0.5, 0.5, 1.
    // D = (1/3)[log ½ + log ½ + log ½] + log(2/2) = −log 2.
    const r = knnKl(
      { dimension: 1, values: Float64Array.of(0, 1, 3) },
      { dimension: 1, values: Float64Array.of(0.5, 4) },
      1,
    );
    expect(r.ok && Math.abs(r.value + Math.log(2)) < 1e-15).toBe(true);
  });
});

describe('95 % batch-means interval: coverage over 200 seeds (1 … 200)', () => {
  // KL(N(0,1) ‖ N(1,2)) = log 2 + (1 + 1)/(2·4) − ½ (σ = 2 is the standard deviation).
  const truth = Math.log(2) + 2 / 8 - 0.5;
  it('N(0,1) vs N(1,2), n = m = 500, k = 3: between 90 % and 99 %', () => {
    const n = 500;
    const k = 3;
    let covered = 0;
    for (let seed = 1; seed <= 200; seed++) {
      const p: SampleSet = { dimension: 1, values: drawSamples1(normal(0, 1), seed, 0, n) };
      const q: SampleSet = { dimension: 1, values: drawSamples1(normal(1, 2), seed, 1, n) };
      const full = knnKl(p, q, k);
      if (!full.ok) throw new Error(full.reason);
      const b = knnBatchCount(n, n, k);
      const bq = sampleBlocks(q, b, seed, 1);
      const values = sampleBlocks(p, b, seed, 0).map((block, i) => {
        const r = knnKl(block, bq[i]!, k);
        if (!r.ok) throw new Error(r.reason);
        return r.value;
      });
      const iv = knnBatchInterval(full.value, values)!;
      if (iv.lo <= truth && truth <= iv.hi) covered++;
    }
    expect(covered / 200).toBeGreaterThanOrEqual(0.9);
    expect(covered / 200).toBeLessThanOrEqual(0.99);
  }, 30_000);
});
