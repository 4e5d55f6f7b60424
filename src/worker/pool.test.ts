import { describe, expect, it } from 'vitest';
import type { Distribution } from '../core/distributions/types';
import {
  foldMonteCarloChunks,
  monteCarloChunkPlan,
  monteCarloTrace,
  runMonteCarloChunk,
  type MonteCarloChunkRequest,
  type MonteCarloDirection,
} from '../core/montecarlo/chunk';
import { xoshiro128FromSeed } from '../core/random/xoshiro128';
import type { Outcome } from './client';
import type { TimedMonteCarloChunk } from './protocol';
import { monteCarloChunkSize, MonteCarloPool, type ChunkLane, type MonteCarloUpdate } from './pool';

const P: Distribution = { family: 'normal', mu: 0, sigma: 1 };
const Q: Distribution = { family: 'normal', mu: 1, sigma: 1.5 };

/**
 * A fake worker: answers each chunk after a pseudo-random number of macrotasks, so answers arrive
 * out of order, reporting `computeMs` as its compute time; records the requests and the most
 * requests it ever had in flight at once, and honours cancel (a cancelled request settles
 * `superseded`, as ComputeClient does, and its late answer is dropped).
 */
function fakeLanes(count: number, seed: number, computeMs = 10) {
  const rng = xoshiro128FromSeed(seed);
  const requests: MonteCarloChunkRequest[] = [];
  const cancelled: string[] = [];
  const mostInFlight: number[] = Array.from({ length: count }, () => 0);
  const lanes: ChunkLane[] = Array.from({ length: count }, (_, laneIndex) => {
    const pending = new Map<string, (o: Outcome<TimedMonteCarloChunk>) => void>();
    return {
      run: (request, channel) => {
        requests.push(request);
        return new Promise((resolve) => {
          pending.set(channel, resolve);
          mostInFlight[laneIndex] = Math.max(mostInFlight[laneIndex]!, pending.size);
          let ticks = 1 + (rng.nextUint32() % 6);
          const tick = () => {
            if (--ticks > 0) return void setTimeout(tick, 0);
            const settle = pending.get(channel);
            pending.delete(channel);
            settle?.({ status: 'done', result: { ...runMonteCarloChunk(request), computeMs } });
          };
          setTimeout(tick, 0);
        });
      },
      cancel: (channel) => {
        cancelled.push(channel);
        const settle = pending.get(channel);
        pending.delete(channel);
        settle?.({ status: 'superseded' });
      },
      dispose: () => {},
    };
  });
  return { lanes, requests, cancelled, mostInFlight };
}

function singleThread(direction: MonteCarloDirection, n: number, seed: number, chunkSize: number) {
  const chunks = monteCarloChunkPlan(n, chunkSize).map(({ chunkIndex, count }) =>
    runMonteCarloChunk({ p: P, q: Q, direction, seed, chunkIndex, chunkSize, count }),
  );
  return { state: foldMonteCarloChunks(chunks), trace: monteCarloTrace(chunks) };
}

describe('MonteCarloPool', () => {
  it.each([
    [1, 11],
    [3, 12],
    [8, 13],
  ])(
    'with %i fake workers (arrival seed %i) reproduces the single-thread fold bit for bit',
    async (workers, arrivalSeed) => {
      const n = 10_007;
      const chunkSize = 512;
      const { lanes } = fakeLanes(workers, arrivalSeed);
      const pool = new MonteCarloPool(() => lanes);
      const updates: MonteCarloUpdate[] = [];
      const outcome = await pool.run({ p: P, q: Q, n, seed: 5, chunkSize }, (u) => updates.push(u));
      expect(outcome.status).toBe('done');
      if (outcome.status !== 'done') return;
      for (const d of ['pq', 'qp'] as const) {
        const reference = singleThread(d, n, 5, chunkSize);
        expect(outcome.update[d].state).toEqual(reference.state);
        expect(outcome.update[d].trace).toEqual(reference.trace);
        expect(outcome.update[d].state.n).toBe(n);
      }
      expect(outcome.update.done).toBe(2 * n);
      // Progress only grows, and folded prefixes never exceed what arrived.
      for (let i = 1; i < updates.length; i++)
        expect(updates[i]!.done).toBeGreaterThan(updates[i - 1]!.done);
    },
  );

  it('cancel settles the run as cancelled and cancels the requests in flight', async () => {
    const { lanes, cancelled } = fakeLanes(2, 1);
    const pool = new MonteCarloPool(() => lanes);
    const running = pool.run({ p: P, q: Q, n: 100_000, seed: 1, chunkSize: 1024 }, () => {});
    pool.cancel();
    expect(await running).toEqual({ status: 'cancelled' });
    expect(cancelled.length).toBe(4); // 2 lanes × 2 in flight
  });

  it('a new run supersedes the old one, whose late answers are ignored', async () => {
    const { lanes, requests } = fakeLanes(2, 2);
    const pool = new MonteCarloPool(() => lanes);
    const first = pool.run({ p: P, q: Q, n: 50_000, seed: 1, chunkSize: 1024 }, () => {});
    const second = pool.run({ p: P, q: Q, n: 3000, seed: 9, chunkSize: 1024 }, () => {});
    expect(await first).toEqual({ status: 'cancelled' });
    const outcome = await second;
    expect(outcome.status).toBe('done');
    if (outcome.status === 'done') {
      expect(outcome.update.pq.state).toEqual(singleThread('pq', 3000, 9, 1024).state);
    }
    expect(requests.filter((r) => r.seed === 1).length).toBe(4);
  });

  it.each([
    // chunk compute time (ms) → chunks each lane keeps in flight, for queueMs = 100 and 1024-sample chunks
    [200, 2], // slower than the queue target: the minimum
    [40, 3], // ⌈100 / 40⌉
    [10, 10],
    [1, 16], // capped at maxInFlight
  ])(
    'a lane whose chunks take %f ms keeps %i in flight, and the result is unchanged',
    async (computeMs, depth) => {
      const n = 200 * 1024;
      const { lanes, mostInFlight } = fakeLanes(2, 21, computeMs);
      const pool = new MonteCarloPool(() => lanes, { queueMs: 100, maxInFlight: 16 });
      const outcome = await pool.run({ p: P, q: Q, n, seed: 4, chunkSize: 1024 }, () => {});
      expect(outcome.status).toBe('done');
      expect(mostInFlight).toEqual([depth, depth]);
      if (outcome.status === 'done')
        expect(outcome.update.qp.state).toEqual(singleThread('qp', n, 4, 1024).state);
    },
  );

  it('reports the wall time since the run started and the number of workers', async () => {
    let clock = 1000;
    const { lanes } = fakeLanes(3, 22);
    const pool = new MonteCarloPool(() => lanes, { now: () => clock });
    const run = pool.run({ p: P, q: Q, n: 4096, seed: 1, chunkSize: 1024 }, () => {
      clock = 1234.5; // time passes once answers come in
    });
    const outcome = await run;
    expect(outcome.status === 'done' && outcome.update.workers).toBe(3);
    expect(outcome.status === 'done' && outcome.update.elapsedMs).toBe(234.5);
  });

  it('n = 0 finishes at once with empty states', async () => {
    const pool = new MonteCarloPool(() => fakeLanes(1, 3).lanes);
    const outcome = await pool.run({ p: P, q: Q, n: 0, seed: 1, chunkSize: 64 }, () => {});
    expect(outcome.status === 'done' && outcome.update.pq.state.n).toBe(0);
  });

  it('a failed chunk fails the run with its message', async () => {
    const lane: ChunkLane = {
      run: () => Promise.resolve({ status: 'failed', message: 'boom' }),
      cancel: () => {},
      dispose: () => {},
    };
    const pool = new MonteCarloPool(() => [lane]);
    expect(await pool.run({ p: P, q: Q, n: 10, seed: 1, chunkSize: 4 }, () => {})).toEqual({
      status: 'failed',
      message: 'boom',
    });
  });
});

describe('monteCarloChunkSize', () => {
  const mix: Distribution = {
    family: 'mixture',
    components: [
      { weight: 0.5, component: { family: 'normal', mu: -2, sigma: 0.5 } },
      { weight: 0.3, component: { family: 'normal', mu: 0, sigma: 1 } },
      { weight: 0.2, component: { family: 'normal', mu: 3, sigma: 0.7 } },
    ],
  };
  const g2: Distribution = { family: 'normal2', mx: 0, my: 0, sx: 1, sy: 1, rho: 0 };
  it.each([
    ['1-D Gaussians', P, Q, 2 ** 19],
    ['3-component mixture vs Gaussian', mix, Q, 2 ** 18],
    ['2-D Gaussians', g2, g2, 2 ** 18],
    [
      'Bernoullis',
      { family: 'bernoulli', p: 0.3 } as Distribution,
      { family: 'bernoulli', p: 0.6 } as Distribution,
      2 ** 19,
    ],
  ])('%s', (_, p, q, expected) => expect(monteCarloChunkSize(p, q)).toBe(expected));
});
