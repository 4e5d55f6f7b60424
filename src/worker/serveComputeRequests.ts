import { handlers } from './handlers';
import { JobCancelled, type JobContext } from './job';
import type {
  CommandName,
  CommandRequest,
  ParamsOf,
  ResultOf,
  WorkerRequest,
  WorkerResponse,
} from './protocol';

/** The two members of a worker's global scope that serving needs (a Node thread can provide them). */
export interface WorkerScope {
  addEventListener(type: 'message', listener: (event: { data: WorkerRequest }) => void): void;
  postMessage(message: WorkerResponse, transfer: Transferable[]): void;
}

/**
 * Serves compute requests arriving on `scope`: queues them, skips those cancelled before they start,
 * runs the handlers one at a time, and posts results (typed arrays transferred), cancellations and
 * failures. Between two queued requests it yields a macrotask, so a cancel sent while a request ran
 * is seen before the next one starts (a superseded Monte Carlo run's queued chunks are skipped, not
 * computed); awaiting a request only yields to microtasks.
 */
export function serveComputeRequests(scope: WorkerScope): void {
  const cancelled = new Set<number>();
  const queue: CommandRequest[] = [];
  let draining = false;
  const post = (message: WorkerResponse, transfer: Transferable[] = []) =>
    scope.postMessage(message, transfer);
  const nextTask = macrotaskYield();

  scope.addEventListener('message', (event) => {
    const request = event.data;
    if (request.type === 'cancel') {
      cancelled.add(request.id);
      return;
    }
    queue.push(request);
    // Drain on a later task, so cancels that arrived together with this request are seen first.
    if (!draining) {
      draining = true;
      setTimeout(drain, 0);
    }
  });

  async function drain(): Promise<void> {
    while (queue.length > 0) {
      const request = queue.shift()!;
      if (cancelled.delete(request.id)) {
        post({ type: 'cancelled', id: request.id });
        continue;
      }
      await run(request);
      if (queue.length > 0) await nextTask();
    }
    draining = false;
  }

  async function run(request: CommandRequest): Promise<void> {
    const { id } = request;
    const context: JobContext = {
      progress: (done, total) => post({ type: 'progress', id, done, total }),
      checkpoint: async () => {
        await nextTask();
        if (cancelled.has(id)) throw new JobCancelled();
      },
    };
    try {
      const result = await dispatch(request.type, request.params, context);
      post(
        { type: 'result', command: request.type, id, result } as WorkerResponse,
        transferablesOf(result),
      );
    } catch (error) {
      if (error instanceof JobCancelled) post({ type: 'cancelled', id });
      else
        post({
          type: 'failed',
          id,
          message: error instanceof Error ? error.message : String(error),
        });
    } finally {
      cancelled.delete(id);
    }
  }
}

/**
 * A function that resolves on a later macrotask, through a MessageChannel: setTimeout would do, but
 * nested timeouts are clamped to ≥ 4 ms, which would idle the worker between every two chunks.
 */
function macrotaskYield(): () => Promise<void> {
  const channel = new MessageChannel();
  const waiting: (() => void)[] = [];
  channel.port1.onmessage = () => waiting.shift()?.();
  return () =>
    new Promise<void>((resolve) => {
      waiting.push(resolve);
      channel.port2.postMessage(null);
    });
}

function dispatch<K extends CommandName>(
  type: K,
  params: ParamsOf<K>,
  context: JobContext,
): ResultOf<K> | Promise<ResultOf<K>> {
  return handlers[type](params, context);
}

/** Typed arrays in a result move to the main thread instead of being copied. */
function transferablesOf(
  value: unknown,
  found: Set<ArrayBuffer> = new Set(),
  depth = 0,
): Transferable[] {
  if (depth > 4 || value === null || typeof value !== 'object') return [...found];
  if (ArrayBuffer.isView(value)) {
    if (value.buffer instanceof ArrayBuffer && value.byteLength === value.buffer.byteLength)
      found.add(value.buffer);
    return [...found];
  }
  for (const v of Object.values(value)) transferablesOf(v, found, depth + 1);
  return [...found];
}
