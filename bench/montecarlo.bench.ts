/**
 * Monte Carlo throughput, single thread: samples per second of runMonteCarloChunk (draw, both log
 * densities, accumulation of k1, k2, k3). Pool scaling: montecarloPool.bench.ts (Node threads) and
 * scripts/mc-pool-scaling.mjs (the browser), see docs/BENCHMARKS.md.
 *
 * Each chunk is timed by this process's CPU time (process.cpuUsage), not the wall clock: on a shared
 * machine the wall clock measures the scheduler (at load 10 on 2 cores it read 3× slower), while CPU
 * time stays within a few per cent. The run is single-threaded, so CPU time ≈ wall time when idle.
 */
import type { Distribution } from '../src/core/distributions/types';
import { runMonteCarloChunk } from '../src/core/montecarlo/chunk';
import { benchCustom, median } from './harness';

const CHUNK = 1 << 20;

function throughput(operation: string, p: Distribution, q: Distribution, minPerSecond?: number) {
  benchCustom('montecarlo', () => {
    let sink = 0;
    let chunkIndex = 0;
    const cpuMs = () => {
      const u = process.cpuUsage();
      return (u.user + u.system) / 1000;
    };
    const run = () => {
      const t0 = cpuMs();
      const r = runMonteCarloChunk({
        p,
        q,
        direction: 'pq',
        seed: 1,
        chunkIndex: chunkIndex++,
        chunkSize: CHUNK,
      });
      sink += r.state.k1.mean;
      return cpuMs() - t0;
    };
    for (let i = 0; i < 3; i++) run(); // warm-up: let the JIT compile the kernel
    const times: number[] = [];
    const end = performance.now() + 1500;
    while (performance.now() < end || times.length < 5) times.push(run());
    if (sink === 0.123456789) console.log('');
    const medianMs = median(times);
    const perSecond = (CHUNK / medianMs) * 1000;
    return {
      operation: `${operation} (CPU time)`,
      medianMs,
      perSecond,
      perSecondUnit: 'samples/s',
      ...(minPerSecond !== undefined
        ? { budget: `≥ ${minPerSecond / 1e6} M samples/s`, withinBudget: perSecond >= minPerSecond }
        : {}),
    };
  });
}

throughput(
  `N(0,1) vs N(1,2), chunk of ${CHUNK}`,
  { family: 'normal', mu: 0, sigma: 1 },
  { family: 'normal', mu: 1, sigma: 2 },
  50e6,
);
throughput(
  `N2 vs N2 (ρ 0.5 / −0.3), chunk of ${CHUNK}`,
  { family: 'normal2', mx: 0, my: 0, sx: 1, sy: 2, rho: 0.5 },
  { family: 'normal2', mx: 1, my: -1, sx: 1.5, sy: 1, rho: -0.3 },
);
throughput(
  `Mix(3 comps) vs N(0,2), chunk of ${CHUNK}`,
  {
    family: 'mixture',
    components: [
      { weight: 0.5, component: { family: 'normal', mu: -2, sigma: 0.5 } },
      { weight: 0.3, component: { family: 'normal', mu: 0, sigma: 1 } },
      { weight: 0.2, component: { family: 'normal', mu: 3, sigma: 0.7 } },
    ],
  },
  { family: 'normal', mu: 0, sigma: 2 },
);
