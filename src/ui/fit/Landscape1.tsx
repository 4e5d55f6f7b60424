import type { Continuous1Spec } from '../../core/distributions/types';
import { useAppStore } from '../../state/store';
import { Plot } from '../plots/Plot';
import type { Fit1Model } from './fit1Model';
import { landscapeFigure } from './figures/fitFigures';
import { useShownPath1 } from './useShownPath1';

/** Heatmap of the reverse (or, on the toggle, forward) KL over (μ, log σ), optima and path on it. */
export function Landscape1({ p, model }: { p: Continuous1Spec; model: Fit1Model }) {
  const landscape = useAppStore((s) => s.fit.landscape);
  const showForward = useAppStore((s) => s.fit.showForward);
  const result = useAppStore((s) => s.fit.reverse1);
  const setFit = useAppStore((s) => s.setFit);
  const unit = useAppStore((s) => s.units);
  const { path, index, start } = useShownPath1(p);
  return (
    <section className="fit-landscape" aria-label="Landscape">
      <label>
        <input
          type="checkbox"
          data-testid="fit.landscapeForward"
          checked={showForward}
          onChange={(e) => setFit({ showForward: e.target.checked })}
        />{' '}
        show forward KL(P‖Q) instead of reverse KL(Q‖P)
      </label>
      {landscape ? (
        <Plot
          dragArea={{
            label: 'Click or drag to set the start (μ, log σ)',
            testId: 'fit.landscapeDrag',
          }}
          handles={[
            {
              id: 'start',
              x: start.mu,
              y: Math.log(start.sigma),
              label: 'Start (μ, log σ): drag or use arrow keys',
              testId: 'fit.landscapeStart',
            },
          ]}
          onDrag={(_, mu, logSigma) =>
            setFit({
              start1: { mu, sigma: Math.exp(logSigma) },
              reverse1: null,
              playing: false,
              frame: 0,
            })
          }
          figure={landscapeFigure(
            {
              mu: landscape.mu,
              logSigma: landscape.logSigma,
              z: showForward ? landscape.forward : landscape.reverse,
            },
            showForward ? 'KL(P‖Q)' : 'KL(Q‖P)',
            showForward ? [model.forward] : (result?.minima.map((m) => m.q) ?? []),
            path.slice(0, index + 1),
            unit,
          )}
          title="KL landscape"
          testId="fit.landscape"
          height={340}
        />
      ) : (
        <p>Computing the landscape…</p>
      )}
    </section>
  );
}
