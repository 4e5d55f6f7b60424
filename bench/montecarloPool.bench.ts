/**
 * The Monte Carlo pool's scaling in Node: wall time of one run (both directions) through the lab's
 * own MonteCarloPool and worker module, on 1, 2, … worker threads up to the core count. Wall time,
 * not CPU time, because parallelism is the point; so run it on an idle machine (the load average is
 * printed with the row). The browser's figures, where the page's own rendering shares the cores,
 * come from scripts/mc-pool-scaling.mjs (docs/BENCHMARKS.md).
 */
import { availableParallelism, loadavg } from 'node:os';
import type { Distribution } from '../src/core/distributions/types';
import { MonteCarloPool, monteCarloChunkSize } from '../src/worker/pool';
import { benchCustom, median } from './harness';
import { nodeWorkerLanes } from './nodeWorkerLanes';

const P: Distribution = { family: 'normal', mu: 0, sigma: 1 };
const Q: Distribution = { family: 'normal', mu: 1, sigma: 2 };
/** Samples per direction: 2²⁵, so a run is ≈ 1 s on one thread and ≈ 130 chunks per lane pair. */
const N = 1 << 25;
const cores = availableParallelism();
/** Scaling counts as met when all cores give at least this share of a perfect speed-up. */
const EFFICIENCY = 0.8;

let oneLaneMs = 0;

async function timeRuns(lanes: number): Promise<number> {
  const pool = new MonteCarloPool(() => nodeWorkerLanes(lanes, new URL(import.meta.url)));
  const chunkSize = monteCarloChunkSize(P, Q);
  const run = async (n: number, seed: number) => {
    const t0 = performance.now();
    const outcome = await pool.run({ p: P, q: Q, n, seed, chunkSize }, () => {});
    if (outcome.status !== 'done') throw new Error(`pool run ${outcome.status}`);
    return performance.now() - t0;
  };
  try {
    await run(1 << 22, 1); // warm-up: threads start, the kernel compiles
    const times: number[] = [];
    for (let seed = 2; seed < 5; seed++) times.push(await run(N, seed));
    return median(times);
  } finally {
    pool.dispose();
  }
}

for (let lanes = 1; lanes <= cores; lanes++) {
  benchCustom('montecarlo pool', async () => {
    const ms = await timeRuns(lanes);
    if (lanes === 1) oneLaneMs = ms;
    const speedUp = oneLaneMs / ms;
    const last = lanes === cores && cores > 1;
    return {
      operation: `N(0,1) vs N(1,2), 2 × 2^25 samples, ${lanes} worker${lanes > 1 ? 's' : ''} (wall, load ${loadavg()[0]!.toFixed(1)}, speed-up ${speedUp.toFixed(2)}×)`,
      medianMs: ms,
      perSecond: ((2 * N) / ms) * 1000,
      perSecondUnit: 'samples/s',
      ...(last
        ? {
            budget: `speed-up ≥ ${(EFFICIENCY * cores).toFixed(1)}× on ${cores} cores`,
            withinBudget: speedUp >= EFFICIENCY * cores,
          }
        : {}),
    };
  });
}
