import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import 'katex/dist/katex.min.css';
import './ui/styles.css';
import { installComputeBridge } from './state/computeBridge';
import { useAppStore } from './state/store';
import { installUrlSync } from './state/urlSync';
import { App } from './ui/App';
import { ComputeClient } from './worker/client';

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
installComputeBridge(useAppStore, client);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
