import { ComputeClient } from '../worker/client';
import { useAppStore } from './store';

/**
 * A ComputeClient on its own module worker. If the worker cannot start or crashes, the client runs
 * the same handlers on the page and the person is told once, naming what is affected.
 */
export function computeClient(purpose: string): ComputeClient {
  return new ComputeClient(
    typeof Worker === 'undefined'
      ? null
      : () =>
          new Worker(new URL('../worker/compute.worker.ts', import.meta.url), { type: 'module' }),
    (reason) =>
      useAppStore.getState().pushMessage({
        level: 'warning',
        topic: 'worker',
        text: `The background worker for ${purpose} is unavailable (${reason}); computing on the page instead, which may feel slower.`,
      }),
  );
}
