import { describe, expect, it } from 'vitest';
import { emptyMonteCarloState } from '../core/montecarlo/moments';
import type { MonteCarloJob, MonteCarloRunOutcome, MonteCarloUpdate } from '../worker/pool';
import { installMonteCarloBridge, PROGRESS_INTERVAL_MS } from './monteCarloBridge';
import { createAppStore } from './store';

/** A pool that records runs and lets the test decide when and how each ends. */
function fakePool() {
  const runs: {
    job: MonteCarloJob;
    onUpdate: (u: MonteCarloUpdate) => void;
    settle: (o: MonteCarloRunOutcome) => void;
  }[] = [];
  let cancels = 0;
  let warmUps = 0;
  return {
    runs,
    cancels: () => cancels,
    warmUps: () => warmUps,
    pool: {
      warmUp: () => void warmUps++,
      run: (job: MonteCarloJob, onUpdate: (u: MonteCarloUpdate) => void) =>
        new Promise<MonteCarloRunOutcome>((settle) => runs.push({ job, onUpdate, settle })),
      cancel: () => {
        cancels++;
        const last = runs[runs.length - 1];
        last?.settle({ status: 'cancelled' });
      },
    },
  };
}

const update = (n: number, elapsedMs = 10): MonteCarloUpdate => {
  const state = { ...emptyMonteCarloState(), n };
  const d = { state, trace: [], chunksFolded: 1, chunksTotal: 1 };
  return { pq: d, qp: d, done: 2 * n, total: 2 * n, elapsedMs, workers: 2 };
};

function setup(view: 'mc' | 'explore') {
  const store = createAppStore();
  store.getState().applyScenario({
    view,
    p: { family: 'normal', mu: 0, sigma: 1 },
    q: { family: 'normal', mu: 1, sigma: 1.5 },
    n: 1000,
    seed: 3,
  });
  const frames: (() => void)[] = [];
  const delays: number[] = [];
  const flush = () => {
    while (frames.length > 0) frames.splice(0).forEach((f) => f());
  };
  const fake = fakePool();
  installMonteCarloBridge(store, fake.pool, {
    frame: (cb) => frames.push(cb),
    after: (ms, cb) => frames.push(() => (delays.push(ms), cb())),
  });
  return { store, flush, delays, ...fake };
}

const tick = () => new Promise((r) => setTimeout(r, 0));

describe('installMonteCarloBridge', () => {
  it('starts a run on the next frame when the lab is open, and records it as done', async () => {
    const { store, flush, runs } = setup('mc');
    expect(runs.length).toBe(0);
    flush();
    expect(runs.length).toBe(1);
    expect(runs[0]!.job).toMatchObject({ n: 1000, seed: 3, chunkSize: 2 ** 19 });
    expect(store.getState().mcRun.state).toBe('running');
    runs[0]!.onUpdate(update(500));
    flush();
    expect(store.getState().mcRun.done).toBe(1000);
    runs[0]!.settle({ status: 'done', update: update(1000) });
    await tick();
    expect(store.getState().mcRun).toMatchObject({ state: 'done', done: 2000 });
    expect(store.getState().mcRun.pq?.summary.n).toBe(1000);
  });

  it('does nothing on other views; opening the lab starts it; leaving cancels', () => {
    const { store, flush, runs, cancels } = setup('explore');
    flush();
    expect(runs.length).toBe(0);
    store.getState().setView('mc');
    flush();
    expect(runs.length).toBe(1);
    store.getState().setView('explore');
    expect(cancels()).toBe(1);
    expect(store.getState().mcRun.state).toBe('cancelled');
  });

  it('restarts once per frame when P, n or seed change, and the old run is ignored', async () => {
    const { store, flush, runs } = setup('mc');
    flush();
    store.getState().applyScenario({ n: 2000 });
    store.getState().applyScenario({ seed: 4 });
    flush();
    expect(runs.length).toBe(2);
    expect(runs[1]!.job).toMatchObject({ n: 2000, seed: 4 });
    runs[0]!.settle({ status: 'done', update: update(1000) });
    await tick();
    expect(store.getState().mcRun.state).toBe('running');
    expect(store.getState().mcRun.total).toBe(4000);
  });

  it('Cancel stops the run; Run starts it again', () => {
    const { store, flush, runs, cancels } = setup('mc');
    flush();
    store.getState().requestMcCancel();
    expect(cancels()).toBe(1);
    expect(store.getState().mcRun.state).toBe('cancelled');
    store.getState().requestMcRun();
    flush();
    expect(runs.length).toBe(2);
    expect(store.getState().mcRun.state).toBe('running');
  });

  it('shows progress at most every PROGRESS_INTERVAL_MS of run time, always the latest', () => {
    const { store, flush, runs, delays } = setup('mc');
    flush();
    runs[0]!.onUpdate(update(100, 5)); // the first answer is shown on the next frame
    flush();
    expect(delays).toEqual([]);
    expect(store.getState().mcRun.done).toBe(200);
    runs[0]!.onUpdate(update(200, 30)); // 25 ms after the last showing: wait the remaining 75 ms
    runs[0]!.onUpdate(update(300, 60)); // replaces the waiting one
    flush();
    expect(delays).toEqual([PROGRESS_INTERVAL_MS - 25]);
    expect(store.getState().mcRun.done).toBe(600);
    runs[0]!.onUpdate(update(400, 500)); // long after: no wait
    flush();
    expect(delays.length).toBe(1);
    expect(store.getState().mcRun.done).toBe(800);
  });

  it('opening the lab starts the pool (its workers load before the first run)', () => {
    const { store, warmUps } = setup('explore');
    expect(warmUps()).toBe(0);
    store.getState().setView('mc');
    expect(warmUps()).toBe(1);
  });

  it('an incompatible pair fails with the reason and starts nothing', () => {
    const { store, flush, runs } = setup('mc');
    // setDistribution, not applyScenario: applyScenario replaces a Q on another sample space.
    store.getState().setDistribution('q', { family: 'bernoulli', p: 0.5 });
    flush();
    expect(runs.length).toBe(0);
    expect(store.getState().mcRun.state).toBe('failed');
    expect(store.getState().mcRun.error).toMatch(/same sample space/);
  });
});
