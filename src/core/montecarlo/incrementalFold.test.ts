import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Distribution } from '../distributions/types';
import {
  foldMonteCarloChunks,
  monteCarloChunkPlan,
  monteCarloTrace,
  runMonteCarloChunk,
} from './chunk';
import { MonteCarloIncrementalFold } from './incrementalFold';

const p: Distribution = { family: 'normal', mu: 0, sigma: 1 };
const q: Distribution = { family: 'normal', mu: 0.5, sigma: 2 };
const chunkSize = 300;
const chunks = monteCarloChunkPlan(4321, chunkSize).map(({ chunkIndex, count }) =>
  runMonteCarloChunk({ p, q, direction: 'pq', seed: 3, chunkIndex, chunkSize, count }),
);

describe('MonteCarloIncrementalFold', () => {
  it('seed 7: any arrival order gives foldMonteCarloChunks and monteCarloTrace bit for bit', () => {
    const reference = foldMonteCarloChunks(chunks);
    const trace = monteCarloTrace(chunks);
    fc.assert(
      fc.property(fc.shuffledSubarray(chunks, { minLength: chunks.length }), (order) => {
        const fold = new MonteCarloIncrementalFold();
        let released = 0;
        for (const c of order) released += fold.add(c);
        expect(released).toBe(chunks.length);
        expect(fold.state).toEqual(reference);
        expect(fold.trace()).toEqual(trace);
        expect(fold.chunksFolded).toBe(chunks.length);
      }),
      { seed: 7, numRuns: 50 },
    );
  });

  it('holds back a chunk until every chunk before it has arrived', () => {
    const fold = new MonteCarloIncrementalFold();
    expect(fold.add(chunks[2]!)).toBe(0);
    expect(fold.add(chunks[1]!)).toBe(0);
    expect(fold.state.n).toBe(0);
    expect(fold.add(chunks[0]!)).toBe(3);
    expect(fold.state.n).toBe(3 * chunkSize);
    expect(fold.state).toEqual(foldMonteCarloChunks(chunks.slice(0, 3)));
  });

  it('refuses a chunk added twice', () => {
    const fold = new MonteCarloIncrementalFold();
    fold.add(chunks[0]!);
    expect(() => fold.add(chunks[0]!)).toThrow(RangeError);
    fold.add(chunks[2]!);
    expect(() => fold.add(chunks[2]!)).toThrow(RangeError);
  });
});
