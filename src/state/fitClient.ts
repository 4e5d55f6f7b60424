import { ComputeClient } from '../worker/client';

let client: ComputeClient | null = null;

/**
 * The fit view's own ComputeClient (its own worker), created on first use, so a long reverse fit
 * never queues behind the explorer's analysis. Channels 'fit' and 'fitLandscape' supersede.
 */
export function fitClient(): ComputeClient {
  client ??= new ComputeClient(
    typeof Worker === 'undefined'
      ? null
      : () =>
          new Worker(new URL('../worker/compute.worker.ts', import.meta.url), { type: 'module' }),
  );
  return client;
}
