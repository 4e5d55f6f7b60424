import { directContext, JobCancelled } from './job';
import type { CommandName, ParamsOf, ResultOf, WorkerRequest, WorkerResponse } from './protocol';
import { resultProblem } from './validateResult';

export type Outcome<R> =
  | { readonly status: 'done'; readonly result: R }
  | { readonly status: 'superseded' }
  | { readonly status: 'cancelled' }
  | { readonly status: 'failed'; readonly message: string };

interface Pending {
  readonly type: CommandName;
  readonly params: unknown;
  readonly channel: string;
  readonly resolve: (outcome: Outcome<unknown>) => void;
  readonly onProgress?: (done: number, total: number) => void;
  watchdog?: ReturnType<typeof setTimeout>;
}

export interface RequestOptions {
  /**
   * Requests on the same channel supersede each other: sending a new one cancels the previous one,
   * whose promise settles as `superseded`, so a stale answer can never overwrite a newer one.
   */
  readonly channel?: string;
  readonly onProgress?: (done: number, total: number) => void;
}

/**
 * How long a request may go without a word from the worker (a result or a progress report) before
 * the worker is taken for dead. Scaled to the job, with a wide margin for a slow, loaded machine:
 * an analysis takes milliseconds (the largest, a 100,000-category pair, ≈ 25 ms); a fit or a
 * Monte Carlo chunk reports at least every few hundred ms.
 */
export const WATCHDOG_MS: { readonly [K in CommandName]: number } = {
  analyse: 5_000,
  // Reports after every order: one order is one analyse-sized quadrature at most.
  renyiCurve: 10_000,
  fitReverse: 15_000,
  fitLandscape: 15_000,
  calibrationStudy: 15_000,
  monteCarloChunk: 15_000,
  // A few tail readings: milliseconds.
  k3Variance: 5_000,
  // The samples lab reports between trace fits, kNN slices and CSV slices, but one EM restart on
  // 10⁶ values or building two k-d trees of 10⁶ points is a single step of several seconds.
  samplesMle: 120_000,
  samplesEstimate: 60_000,
  samplesParseCsv: 30_000,
  // Reports after every 20,000 lines; one JSON.parse of a 20 MB file is a single step.
  importPair: 30_000,
};

/** After this many worker failures in a row, requests run on the main thread. */
export const FAILURES_BEFORE_FALLBACK = 2;

export interface ClientEvents {
  /** The worker is given up (it could not start, or failed twice in a row): the page computes. */
  readonly onWorkerLost?: (reason: string) => void;
  /** The worker failed once; a new one was started and the unanswered requests were sent again. */
  readonly onWorkerRestarted?: (reason: string) => void;
  /** Watchdog budgets, for tests. */
  readonly watchdogMs?: Partial<{ readonly [K in CommandName]: number }>;
}

/**
 * The main thread's handle on the compute worker. Every request has a watchdog: a worker that
 * crashes, fails to load, stops answering or answers with something malformed is restarted and
 * its unanswered requests are sent again; after two failures in a row the same handlers run on
 * the main thread, starting with the requests still waiting, so no answer is ever lost.
 */
export class ComputeClient {
  private worker: Worker | null = null;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private readonly latestOnChannel = new Map<string, number>();
  private readonly cancelledLocally = new Set<number>();
  private failuresInARow = 0;

  private readonly createWorker: (() => Worker) | null;
  private readonly events: ClientEvents;

  constructor(
    createWorker: (() => Worker) | null,
    onWorkerLost: (reason: string) => void = () => {},
    events: Omit<ClientEvents, 'onWorkerLost'> = {},
  ) {
    this.createWorker = createWorker;
    this.events = { ...events, onWorkerLost };
    if (createWorker) this.startWorker();
  }

  get usesWorker(): boolean {
    return this.worker !== null;
  }

  request<K extends CommandName>(
    type: K,
    params: ParamsOf<K>,
    options: RequestOptions = {},
  ): Promise<Outcome<ResultOf<K>>> {
    const id = this.nextId++;
    const channel = options.channel ?? type;
    const previous = this.latestOnChannel.get(channel);
    if (previous !== undefined) this.cancel(previous, 'superseded');
    this.latestOnChannel.set(channel, id);
    return new Promise((resolve) => {
      this.pending.set(id, {
        type,
        params,
        channel,
        resolve: resolve as Pending['resolve'],
        onProgress: options.onProgress,
      });
      this.dispatch(id);
    });
  }

  /** Cancels the request in flight on a channel, if any. */
  cancelChannel(channel: string): void {
    const id = this.latestOnChannel.get(channel);
    if (id !== undefined) this.cancel(id, 'cancelled');
  }

  /**
   * Stops whatever the worker is computing: every pending request settles as `cancelled`, and a
   * busy worker is terminated and replaced by a fresh one. For work a newer request makes
   * worthless that may run long without a checkpoint (a 2-D mixture's refinement, 100–300 ms of
   * one quadrature), which a `cancel` message would only reach after it finished. Not a failure:
   * no message, no fallback count. On the main thread (no worker) a running job cannot be stopped:
   * its answer is dropped.
   */
  abandon(): void {
    if (this.pending.size === 0) return;
    for (const id of [...this.pending.keys()]) {
      if (!this.worker) this.cancelledLocally.add(id);
      this.settle(id, { status: 'cancelled' });
    }
    if (!this.worker) return;
    this.worker.terminate();
    this.worker = null;
    this.startWorker();
  }

  dispose(): void {
    this.worker?.terminate();
    this.worker = null;
    for (const [id] of this.pending) this.settle(id, { status: 'cancelled' });
  }

  private startWorker(): void {
    try {
      const worker = this.createWorker!();
      worker.addEventListener('message', (e: MessageEvent<WorkerResponse>) => {
        if (this.worker === worker) this.receive(e.data);
      });
      worker.addEventListener('error', (e) => {
        if (this.worker !== worker) return;
        e.preventDefault?.();
        this.workerFailed(e.message || 'the compute worker crashed or could not be loaded');
      });
      this.worker = worker;
    } catch (e) {
      this.giveUpWorker(e instanceof Error ? e.message : String(e));
    }
  }

  /** Sends a pending request to the worker with its watchdog armed, or runs it here. */
  private dispatch(id: number): void {
    const pending = this.pending.get(id);
    if (!pending) return;
    if (!this.worker) {
      void this.runHere(id);
      return;
    }
    this.armWatchdog(pending);
    this.worker.postMessage({ type: pending.type, id, params: pending.params } as WorkerRequest);
  }

  private armWatchdog(pending: Pending): void {
    clearTimeout(pending.watchdog);
    const budget = this.events.watchdogMs?.[pending.type] ?? WATCHDOG_MS[pending.type];
    pending.watchdog = setTimeout(
      () => this.workerFailed(`the compute worker did not answer within ${budget / 1000} s`),
      budget,
    );
  }

  private cancel(id: number, status: 'superseded' | 'cancelled'): void {
    if (!this.pending.has(id)) return;
    if (this.worker) this.worker.postMessage({ type: 'cancel', id } satisfies WorkerRequest);
    else this.cancelledLocally.add(id);
    this.settle(id, { status });
  }

  private receive(message: WorkerResponse): void {
    if (typeof message !== 'object' || message === null) return;
    const pending = this.pending.get(message.id);
    if (!pending) return; // already superseded or cancelled here: a stale answer is dropped
    switch (message.type) {
      case 'progress':
        this.armWatchdog(pending);
        pending.onProgress?.(message.done, message.total);
        return;
      case 'result': {
        const problem = resultProblem(pending.type, message.result);
        if (problem) {
          this.workerFailed(
            `the compute worker's answer to "${pending.type}" was malformed (${problem})`,
          );
          return;
        }
        this.failuresInARow = 0;
        this.settle(message.id, { status: 'done', result: message.result });
        return;
      }
      case 'cancelled':
        this.settle(message.id, { status: 'cancelled' });
        return;
      case 'failed':
        // A handler that threw: the worker itself is fine, and the same handler would throw here.
        this.failuresInARow = 0;
        this.settle(message.id, { status: 'failed', message: message.message });
        return;
    }
  }

  private settle(id: number, outcome: Outcome<unknown>): void {
    const pending = this.pending.get(id);
    if (!pending) return;
    clearTimeout(pending.watchdog);
    this.pending.delete(id);
    if (this.latestOnChannel.get(pending.channel) === id)
      this.latestOnChannel.delete(pending.channel);
    pending.resolve(outcome);
  }

  private async runHere(id: number): Promise<void> {
    const pending = this.pending.get(id);
    if (!pending) return;
    const context = directContext(() => this.cancelledLocally.has(id), pending.onProgress);
    try {
      // Loaded only here: the page computes itself only when no worker can, and the handlers pull
      // in the whole compute core (quadrature, fits, samplers), which the first screen need not carry.
      const { handlers } = await import('./handlers');
      const handler = handlers[pending.type] as (p: unknown, c: typeof context) => unknown;
      const result = await handler(pending.params, context);
      this.settle(id, { status: 'done', result });
    } catch (e) {
      if (e instanceof JobCancelled) this.settle(id, { status: 'cancelled' });
      else
        this.settle(id, { status: 'failed', message: e instanceof Error ? e.message : String(e) });
    } finally {
      this.cancelledLocally.delete(id);
    }
  }

  /**
   * The worker crashed, could not load, went silent or sent garbage. Its unanswered requests are
   * not failed: they go to a fresh worker, or after repeated failures to the main thread.
   */
  private workerFailed(reason: string): void {
    if (!this.worker) return;
    this.worker.terminate();
    this.worker = null;
    for (const p of this.pending.values()) clearTimeout(p.watchdog);
    this.failuresInARow += 1;
    if (this.failuresInARow >= FAILURES_BEFORE_FALLBACK || !this.createWorker) {
      this.giveUpWorker(reason);
      return;
    }
    this.startWorker();
    if (this.worker) this.events.onWorkerRestarted?.(reason);
    for (const id of [...this.pending.keys()]) this.dispatch(id);
  }

  private giveUpWorker(reason: string): void {
    this.worker?.terminate();
    this.worker = null;
    this.events.onWorkerLost?.(reason);
    for (const id of [...this.pending.keys()]) this.dispatch(id);
  }
}
