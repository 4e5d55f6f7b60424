import { ComputeClient } from '../worker/client';
import { useAppStore } from './store';

/**
 * A ComputeClient on its own module worker. The person is told, in a dismissible message naming
 * what is affected, when the worker had to be restarted and when the page computes instead;
 * `quiet` for a client whose work is a by-product of another's (the D_α curve beside the
 * explorer's numbers), which would otherwise say the same thing a second time.
 */
export function computeClient(purpose: string, { quiet = false } = {}): ComputeClient {
  const say = (text: string) => {
    if (!quiet)
      useAppStore.getState().pushMessage({ level: 'warning', topic: `worker:${purpose}`, text });
  };
  return new ComputeClient(
    typeof Worker === 'undefined'
      ? null
      : () =>
          new Worker(new URL('../worker/compute.worker.ts', import.meta.url), { type: 'module' }),
    (reason) =>
      say(
        `The background worker for ${purpose} is unavailable (${reason}); computing on the page instead, which may feel slower.`,
      ),
    {
      onWorkerRestarted: (reason) =>
        say(
          `The background worker for ${purpose} failed (${reason}); it was restarted and the latest request sent again.`,
        ),
    },
  );
}
