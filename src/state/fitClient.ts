import type { ComputeClient } from '../worker/client';
import { computeClient } from './computeWorker';

let client: ComputeClient | null = null;

/**
 * The fit view's own ComputeClient (its own worker), created on first use, so a long reverse fit
 * never queues behind the explorer's analysis. Channels 'fit' and 'fitLandscape' supersede.
 */
export function fitClient(): ComputeClient {
  client ??= computeClient('fitting');
  return client;
}
