import { describe, expect, it } from 'vitest';
import { normal, normal2 } from '../core/distributions/make';
import { directContext, JobCancelled } from './job';
import {
  samplesEstimateHandler,
  samplesMleHandler,
  samplesParseCsvHandler,
} from './samplesHandlers';

describe('samples lab handlers', () => {
  it('MLE on N(1, 2), seed 1, n = 2000: a trace 10 … 2000, KL ≥ the forward optimum (0)', async () => {
    const r = await samplesMleHandler(
      { p: normal(1, 2), n: 2000, seed: 1, components: 1, restarts: 1 },
      directContext(),
    );
    expect(r.ok && r.dimension).toBe(1);
    if (r.ok && r.dimension === 1) {
      expect(r.trace.map((t) => t.n)).toEqual([10, 20, 50, 100, 200, 500, 1000, 2000]);
      expect(r.forwardKl).toBe(0);
      for (const t of r.trace) expect(t.kl).toBeGreaterThanOrEqual(0);
      // KL(P‖Q̂) ≈ (1/n)·(d/2) for d = 2 parameters: far below 0.01 at n = 2000.
      expect(r.final.kl).toBeLessThan(0.01);
      let total = 0;
      for (const c of r.histogram.counts) total += c;
      expect(total).toBe(2000);
    }
  });

  it('2-D MLE returns mean and covariance', async () => {
    const r = await samplesMleHandler(
      { p: normal2(0, 0, 1, 2, 0.5), n: 500, seed: 3, components: 1, restarts: 1 },
      directContext(),
    );
    expect(r.ok && r.dimension === 2 && r.scatter.length).toBe(1000);
  });

  it('is cancelled between chunks', async () => {
    let cancel = false;
    const run = samplesEstimateHandler(
      {
        p: { kind: 'draw', spec: normal(0, 1), stream: 0 },
        q: { kind: 'draw', spec: normal(1, 2), stream: 1 },
        n: 100_000,
        seed: 1,
        k: 3,
        bins: 20,
      },
      directContext(
        () => cancel,
        () => (cancel = true),
      ),
    );
    await expect(run).rejects.toBeInstanceOf(JobCancelled);
  });

  it('names a dimension mismatch between a file and a drawn set', async () => {
    const r = await samplesEstimateHandler(
      {
        p: { kind: 'data', set: { dimension: 2, values: Float64Array.of(0, 0, 1, 1) } },
        q: { kind: 'draw', spec: normal(1, 2), stream: 1 },
        n: 100,
        seed: 1,
        k: 1,
        bins: 10,
      },
      directContext(),
    );
    expect(r).toEqual({ ok: false, reason: expect.stringMatching(/2-D and Q's 1-D/) });
  });

  it('reads CSV text in slices with increasing progress', async () => {
    const text = Array.from({ length: 120_000 }, (_, i) => `${i % 7}.5`).join('\n');
    const seen: number[] = [];
    const r = await samplesParseCsvHandler(
      { text },
      directContext(undefined, (done) => seen.push(done)),
    );
    expect(r.ok && r.rows).toBe(120_000);
    expect(seen.length).toBeGreaterThanOrEqual(2);
    expect([...seen].sort((a, b) => a - b)).toEqual(seen);
  });
});
