import { incompatibility } from '../core/analysis';
import type { Distribution } from '../core/distributions/types';
import { smoothDistribution } from '../core/divergences/smoothing';
import { summariseMonteCarlo } from '../core/montecarlo/summary';
import { formatSpec } from '../core/spec/format';
import {
  monteCarloChunkSize,
  type MonteCarloDirectionProgress,
  type MonteCarloPool,
  type MonteCarloUpdate,
} from '../worker/pool';
import type { MonteCarloDirectionResult } from './slices/monteCarlo';
import type { AppState, AppStore } from './store';

/** The view that runs the lab. */
export const MC_VIEW = 'mc';

/**
 * How often a run's progress is shown, ms. Every frame would look no smoother, and each showing
 * re-renders the readouts and the progress bar: on two cores that main-thread time is taken from
 * the workers.
 */
export const PROGRESS_INTERVAL_MS = 100;

/** Clocks the bridge waits on; tests replace them. */
export interface MonteCarloBridgeTiming {
  /** Runs a callback before the next paint. Default requestAnimationFrame. */
  readonly frame?: (callback: () => void) => void;
  /** Runs a callback after `ms` milliseconds. Default setTimeout. */
  readonly after?: (ms: number, callback: () => void) => void;
}

interface RunInputs {
  readonly p: Distribution;
  readonly q: Distribution;
  readonly n: number;
  readonly seed: number;
}

/**
 * What a run is for. Q is smoothed as the explorer's analysis smooths it (ε, α of a discrete Q), so
 * the estimate and the exact value shown beside it are about the same pair.
 */
function runInputs(s: AppState): RunInputs {
  return {
    p: s.p,
    q: smoothDistribution(s.q, { eps: s.eps, alpha: s.alpha }),
    n: s.n,
    seed: s.seed,
  };
}

/** A string naming a run's inputs: equal keys give bit-identical results. */
export const monteCarloRunKey = ({ p, q, n, seed }: RunInputs): string =>
  `${formatSpec(p)}|${formatSpec(q)}|${n}|${seed}`;

/**
 * Runs the Monte Carlo lab while its view is shown: starts a run when the view opens (unless the
 * result for the current inputs is already there), restarts it when P, Q, n or seed change (at most
 * once per animation frame), and obeys the Run and Cancel buttons. Progress reaches the store at
 * most every {@link PROGRESS_INTERVAL_MS}; the pool folds each answer as it arrives, so no
 * main-thread task grows with N. Opening the view starts the pool's workers; leaving it cancels a
 * run in flight.
 */
export function installMonteCarloBridge(
  store: AppStore,
  pool: Pick<MonteCarloPool, 'run' | 'cancel' | 'warmUp'>,
  timing: MonteCarloBridgeTiming = {},
): () => void {
  const schedule = timing.frame ?? ((cb) => requestAnimationFrame(cb));
  const after = timing.after ?? ((ms, cb) => setTimeout(cb, ms));
  let generation = 0;
  let startScheduled = false;
  let flushScheduled = false;
  let latest: MonteCarloUpdate | null = null;
  /** The run time (MonteCarloUpdate.elapsedMs) of the progress last shown. */
  let shownAt = -Infinity;
  let disposed = false;

  const direction = (
    d: MonteCarloDirectionProgress,
    previous: MonteCarloDirectionResult | null,
  ): MonteCarloDirectionResult => ({
    summary: summariseMonteCarlo(d.state),
    // Keep the trace's identity while it has not grown, so the convergence plot is not redrawn.
    trace: previous && previous.trace.length === d.trace.length ? previous.trace : d.trace,
  });
  const apply = (u: MonteCarloUpdate, state: 'running' | 'done') => {
    const run = store.getState().mcRun;
    store.getState().setMcRun({
      state,
      done: u.done,
      total: u.total,
      elapsedMs: u.elapsedMs,
      workers: u.workers,
      pq: direction(u.pq, run.pq),
      qp: direction(u.qp, run.qp),
    });
  };

  const start = () => {
    startScheduled = false;
    if (disposed) return;
    const s = store.getState();
    if (s.view !== MC_VIEW) return;
    const inputs = runInputs(s);
    const key = monteCarloRunKey(inputs);
    const gen = ++generation;
    const problem = incompatibility(inputs.p, inputs.q);
    if (problem) {
      pool.cancel();
      s.setMcRun({
        state: 'failed',
        key,
        done: 0,
        total: 0,
        pq: null,
        qp: null,
        error: problem.message,
      });
      return;
    }
    const chunkSize = monteCarloChunkSize(inputs.p, inputs.q);
    s.setMcRun({
      state: 'running',
      key,
      done: 0,
      total: 2 * inputs.n,
      elapsedMs: 0,
      pq: null,
      qp: null,
      chunkSize,
      error: null,
    });
    latest = null;
    shownAt = -Infinity;
    flushScheduled = false;
    const flush = () => {
      flushScheduled = false;
      if (gen !== generation || !latest || store.getState().mcRun.state !== 'running') return;
      shownAt = latest.elapsedMs;
      apply(latest, 'running');
    };
    void pool
      .run({ ...inputs, chunkSize }, (u) => {
        if (gen !== generation) return;
        latest = u;
        if (flushScheduled) return;
        flushScheduled = true;
        const wait = shownAt + PROGRESS_INTERVAL_MS - u.elapsedMs;
        if (wait > 0) after(wait, () => schedule(flush));
        else schedule(flush);
      })
      .then((outcome) => {
        if (gen !== generation || disposed) return;
        if (outcome.status === 'done') apply(outcome.update, 'done');
        else if (outcome.status === 'cancelled') store.getState().setMcRun({ state: 'cancelled' });
        else store.getState().setMcRun({ state: 'failed', error: outcome.message });
      });
  };
  const scheduleStart = () => {
    if (startScheduled) return;
    startScheduled = true;
    schedule(start);
  };
  const cancel = () => {
    generation++;
    pool.cancel();
    if (store.getState().mcRun.state === 'running')
      store.getState().setMcRun({ state: 'cancelled' });
  };

  /** Starts a run if the view is shown and the stored result is not for the current inputs. */
  const sync = () => {
    const s = store.getState();
    if (s.view !== MC_VIEW) {
      if (s.mcRun.state === 'running') cancel();
      return;
    }
    pool.warmUp();
    const key = monteCarloRunKey(runInputs(s));
    const { state, key: runKey } = s.mcRun;
    if (runKey !== key || (state !== 'running' && state !== 'done')) scheduleStart();
  };

  const unsubscribers = [
    store.subscribe((s) => [s.view, s.p, s.q, s.n, s.seed, s.eps, s.alpha] as const, sync, {
      equalityFn: (a, b) => a.every((x, i) => x === b[i]),
    }),
    store.subscribe((s) => s.mcRunRequests, scheduleStart),
    store.subscribe((s) => s.mcCancelRequests, cancel),
  ];
  sync();
  return () => {
    disposed = true;
    generation++;
    pool.cancel();
    for (const u of unsubscribers) u();
  };
}
