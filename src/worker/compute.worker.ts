/// <reference lib="webworker" />
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

declare const self: DedicatedWorkerGlobalScope;

const cancelled = new Set<number>();
const queue: CommandRequest[] = [];
let draining = false;

const post = (message: WorkerResponse, transfer: Transferable[] = []) =>
  self.postMessage(message, transfer);

self.addEventListener('message', (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  if (request.type === 'cancel') {
    cancelled.add(request.id);
    return;
  }
  queue.push(request);
  // Drain on a later task, so cancels that arrived together with this request are seen first
  // and superseded requests are skipped instead of computed.
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
  }
  draining = false;
}

async function run(request: CommandRequest): Promise<void> {
  const { id } = request;
  const context: JobContext = {
    progress: (done, total) => post({ type: 'progress', id, done, total }),
    checkpoint: async () => {
      await new Promise((resolve) => setTimeout(resolve, 0));
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
      post({ type: 'failed', id, message: error instanceof Error ? error.message : String(error) });
  } finally {
    cancelled.delete(id);
  }
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
