import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './ui/styles.css';
import { installComputeBridge } from './state/computeBridge';
import { computeClient } from './state/computeWorker';
import { installMlBridge } from './state/mlBridge';
import { installRenyiCurveBridge } from './state/renyiCurveBridge';
import { installK3VarianceBridge } from './state/k3VarianceBridge';
import { installMonteCarloBridge } from './state/monteCarloBridge';
import { useAppStore } from './state/store';
import { installUrlSync } from './state/urlSync';
import { installOffline } from './state/offline';
import { installLessonLinks } from './state/lessons/openLesson';
import { App } from './ui/App';
import { installInteractionTracking } from './ui/plots/interactionTracking';
import { clientLane, MonteCarloPool } from './worker/pool';

const client = computeClient('the explorer');
installUrlSync(useAppStore);
installOffline(useAppStore); // issue 15: works offline after one visit
installLessonLinks(useAppStore); // issue 7: ?lesson=<id>&step=<n> opens the step's scenario
// A 2-D mixture's refinement at rest runs on a worker of its own, abandoned by the next position.
let refiner: ReturnType<typeof computeClient> | undefined;
installComputeBridge(useAppStore, client, undefined, undefined, () => {
  refiner ??= computeClient('refining the explorer’s numbers');
  return refiner;
});
installMlBridge(useAppStore, client);
// The f-divergence panel's D_α curve: seconds for a 2-D mixture, so on a worker of its own that a
// drag abandons, never in front of the explorer's positions.
// Quiet: a page whose workers fail says so once, for the explorer, not again for the curve.
installRenyiCurveBridge(useAppStore, () => computeClient('the D_α curve', { quiet: true }));
installK3VarianceBridge(useAppStore, client); // the Monte Carlo lab's k3 warnings
installInteractionTracking(useAppStore); // issue 13: charts restyle on fixed axes while a person drags
// The Monte Carlo lab's pool: one module worker per core (at most 8), started on its first run.
const monteCarloPool = new MonteCarloPool(() =>
  Array.from({ length: Math.min(navigator.hardwareConcurrency || 2, 8) }, () =>
    clientLane(computeClient('Monte Carlo sampling')),
  ),
);
installMonteCarloBridge(useAppStore, monteCarloPool);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
