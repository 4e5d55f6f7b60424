import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import 'katex/dist/katex.min.css';
import './ui/styles.css';
import { installComputeBridge } from './state/computeBridge';
import { installMlBridge } from './state/mlBridge';
import { installMonteCarloBridge } from './state/monteCarloBridge';
import { useAppStore } from './state/store';
import { installUrlSync } from './state/urlSync';
import { installLessonLinks } from './state/lessons/openLesson';
import { App } from './ui/App';
import { ComputeClient } from './worker/client';
import { clientLane, MonteCarloPool } from './worker/pool';

const client = new ComputeClient(
  () => new Worker(new URL('./worker/compute.worker.ts', import.meta.url), { type: 'module' }),
  (reason) =>
    useAppStore.getState().pushMessage({
      level: 'warning',
      topic: 'worker',
      text: `The background worker is unavailable (${reason}); computing on the page instead, which may feel slower.`,
    }),
);
installUrlSync(useAppStore);
installLessonLinks(useAppStore); // issue 7: ?lesson=<id>&step=<n> opens the step's scenario
installComputeBridge(useAppStore, client);
installMlBridge(useAppStore, client);
// The Monte Carlo lab's pool: one module worker per core (at most 8), started on its first run.
const monteCarloPool = new MonteCarloPool(() =>
  Array.from({ length: Math.min(navigator.hardwareConcurrency || 2, 8) }, () =>
    clientLane(
      new ComputeClient(
        () =>
          new Worker(new URL('./worker/compute.worker.ts', import.meta.url), { type: 'module' }),
        (reason) =>
          useAppStore.getState().pushMessage({
            level: 'warning',
            topic: 'worker',
            text: `A Monte Carlo worker is unavailable (${reason}); sampling on the page instead, which is slower.`,
          }),
      ),
    ),
  ),
);
installMonteCarloBridge(useAppStore, monteCarloPool);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
