import { handlers } from './handlers';
import { directContext, JobCancelled } from './job';
import type { CommandName, ParamsOf, ResultOf, WorkerRequest, WorkerResponse } from './protocol';

export type Outcome<R> =
  | { readonly status: 'done'; readonly result: R }
  | { readonly status: 'superseded' }
  | { readonly status: 'cancelled' }
  | { readonly status: 'failed'; readonly message: string };

interface Pending {
  readonly channel: string;
  readonly resolve: (outcome: Outcome<unknown>) => void;
  readonly onProgress?: (done: number, total: number) => void;
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
 * The main thread's handle on the compute worker. If the worker cannot start or crashes, requests
 * run the same handlers on the main thread, and `onWorkerLost` is told once so the UI can say so.
 */
export class ComputeClient {
  private worker: Worker | null = null;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private readonly latestOnChannel = new Map<string, number>();
  private readonly cancelledLocally = new Set<number>();

  private readonly onWorkerLost: (reason: string) => void;

  constructor(
    createWorker: (() => Worker) | null,
    onWorkerLost: (reason: string) => void = () => {},
  ) {
    this.onWorkerLost = onWorkerLost;
    if (!createWorker) return;
    try {
      this.worker = createWorker();
      this.worker.addEventListener('message', (e: MessageEvent<WorkerResponse>) =>
        this.receive(e.data),
      );
      this.worker.addEventListener('error', (e) =>
        this.loseWorker(e.message || 'the compute worker crashed'),
      );
    } catch (e) {
      this.loseWorker(e instanceof Error ? e.message : String(e));
    }
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
        channel,
        resolve: resolve as Pending['resolve'],
        onProgress: options.onProgress,
      });
      if (this.worker) this.worker.postMessage({ type, id, params } as WorkerRequest);
      else void this.runHere(type, id, params);
    });
  }

  /** Cancels the request in flight on a channel, if any. */
  cancelChannel(channel: string): void {
    const id = this.latestOnChannel.get(channel);
    if (id !== undefined) this.cancel(id, 'cancelled');
  }

  dispose(): void {
    this.worker?.terminate();
    this.worker = null;
    for (const [id] of this.pending) this.settle(id, { status: 'cancelled' });
  }

  private cancel(id: number, status: 'superseded' | 'cancelled'): void {
    if (!this.pending.has(id)) return;
    if (this.worker) this.worker.postMessage({ type: 'cancel', id } satisfies WorkerRequest);
    else this.cancelledLocally.add(id);
    this.settle(id, { status });
  }

  private receive(message: WorkerResponse): void {
    const pending = this.pending.get(message.id);
    if (!pending) return; // already superseded or cancelled here: a stale answer is dropped
    switch (message.type) {
      case 'progress':
        pending.onProgress?.(message.done, message.total);
        return;
      case 'result':
        this.settle(message.id, { status: 'done', result: message.result });
        return;
      case 'cancelled':
        this.settle(message.id, { status: 'cancelled' });
        return;
      case 'failed':
        this.settle(message.id, { status: 'failed', message: message.message });
        return;
    }
  }

  private settle(id: number, outcome: Outcome<unknown>): void {
    const pending = this.pending.get(id);
    if (!pending) return;
    this.pending.delete(id);
    if (this.latestOnChannel.get(pending.channel) === id)
      this.latestOnChannel.delete(pending.channel);
    pending.resolve(outcome);
  }

  private async runHere<K extends CommandName>(
    type: K,
    id: number,
    params: ParamsOf<K>,
  ): Promise<void> {
    const pending = this.pending.get(id);
    const context = directContext(() => this.cancelledLocally.has(id), pending?.onProgress);
    try {
      const handler = handlers[type] as (
        p: ParamsOf<K>,
        c: typeof context,
      ) => ResultOf<K> | Promise<ResultOf<K>>;
      const result = await handler(params, context);
      this.settle(id, { status: 'done', result });
    } catch (e) {
      if (e instanceof JobCancelled) this.settle(id, { status: 'cancelled' });
      else
        this.settle(id, { status: 'failed', message: e instanceof Error ? e.message : String(e) });
    } finally {
      this.cancelledLocally.delete(id);
    }
  }

  private loseWorker(reason: string): void {
    const hadWorker = this.worker !== null;
    this.worker?.terminate();
    this.worker = null;
    this.onWorkerLost(reason);
    if (!hadWorker) return;
    // Requests the dead worker never answered are failed rather than left hanging; the next
    // request runs on the main thread.
    for (const [id] of this.pending)
      this.settle(id, { status: 'failed', message: `compute worker failed: ${reason}` });
  }
}
