import { useEffect } from 'react';
import { isFit1, isFit2, startFitBridge } from '../../state/fitBridge';
import { useAppStore } from '../../state/store';
import { Fit1View } from './Fit1View';
import { Fit2View } from './Fit2View';
import { classicMixture, classicMixture2 } from './classic';
import './fit.css';

/** `?view=fit`: forward against reverse KL fits of one Gaussian to P (issue 5). */
export function FitView() {
  const p = useAppStore((s) => s.p);
  // Through applyScenario: a Q on another sample space (a Bernoulli left from the explorer) is
  // replaced by one on P's, with a note, so the explorer never opens on an incompatible pair.
  const applyScenario = useAppStore((s) => s.applyScenario);
  // The bridge subscribes to the store's P outside React and starts the fits; results land in state.
  useEffect(() => startFitBridge(useAppStore), []);
  if (isFit1(p)) return <Fit1View p={p} />;
  if (isFit2(p)) return <Fit2View p={p} />;
  return (
    <main className="fit-view">
      <p role="status">
        The fit view fits a Gaussian to a continuous P (1-D or 2-D), such as{' '}
        <code>Mix(0.5*N(-3,1),0.5*N(3,1))</code> or <code>Laplace(0,1)</code>.
      </p>
      <button
        type="button"
        data-testid="fit.classic"
        onClick={() => applyScenario({ p: classicMixture(3) })}
      >
        Use the classic two-mode example
      </button>
      <button
        type="button"
        data-testid="fit.classic2"
        onClick={() => applyScenario({ p: classicMixture2(3) })}
      >
        Its 2-D form
      </button>
    </main>
  );
}
