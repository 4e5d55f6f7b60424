/**
 * Worker lanes for Node, so `npm run bench` can run the Monte Carlo lab's real pool
 * (MonteCarloPool → clientLane → ComputeClient → serveComputeRequests, as compute.worker.ts serves
 * them) on worker_threads. Only the transport is adapted: the thread serves its parentPort, and the
 * main side gets an object with the three members ComputeClient uses. The bench bundle is its own
 * worker entry: main.ts calls {@link serveLaneIfWorker} first.
 */
import { Worker as NodeWorker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { ComputeClient } from '../src/worker/client';
import { clientLane, type ChunkLane } from '../src/worker/pool';
import type { WorkerRequest } from '../src/worker/protocol';
import { serveComputeRequests } from '../src/worker/serveComputeRequests';

const LANE_ROLE = 'kl-explorer-compute-lane';

/**
 * In a lane thread: serves compute requests on the parent port and returns true (the caller then
 * does nothing else). In the main thread: returns false.
 */
export function serveLaneIfWorker(): boolean {
  if (isMainThread || (workerData as { role?: string } | null)?.role !== LANE_ROLE) return false;
  const port = parentPort!;
  serveComputeRequests({
    addEventListener: (_type, listener) =>
      port.on('message', (data: WorkerRequest) => listener({ data })),
    postMessage: (message, transfer) => port.postMessage(message, transfer as never),
  });
  return true;
}

/** `count` lanes, each a worker thread running this bundle as a lane. */
export function nodeWorkerLanes(count: number, entry: URL): ChunkLane[] {
  return Array.from({ length: count }, () => {
    const thread = new NodeWorker(entry, { workerData: { role: LANE_ROLE } });
    const webWorkerLike = {
      postMessage: (message: unknown) => thread.postMessage(message),
      addEventListener: (type: string, listener: (event: unknown) => void) => {
        if (type === 'message') thread.on('message', (data: unknown) => listener({ data }));
        if (type === 'error') thread.on('error', (error: Error) => listener(error));
      },
      terminate: () => void thread.terminate(),
    };
    return clientLane(new ComputeClient(() => webWorkerLike as unknown as Worker));
  });
}
