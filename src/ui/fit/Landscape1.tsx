import { useMemo } from 'react';
import type { Continuous1Spec } from '../../core/distributions/types';
import { useAppStore } from '../../state/store';
import { Plot } from '../plots/Plot';
import type { Fit1Model } from './fit1Model';
import { landscapeFigure } from './figures/fitFigures';
import { setStart1, useShownPath1 } from './useShownPath1';
import { infiniteFitText } from './infiniteFit';

/** Heatmap of the reverse (or, on the toggle, forward) KL over (μ, log σ), optima and path on it. */
export function Landscape1({ p, model }: { p: Continuous1Spec; model: Fit1Model }) {
  const landscape = useAppStore((s) => s.fit.landscape);
  const showForward = useAppStore((s) => s.fit.showForward);
  const result = useAppStore((s) => s.fit.reverse1);
  const setFit = useAppStore((s) => s.setFit);
  const unit = useAppStore((s) => s.units);
  const { start, reverse, forward } = useShownPath1(p);
  const path = showForward ? forward : reverse;
  // A direction infinite for every Gaussian has no landscape to draw: the view says why instead.
  const infinite = showForward ? model.target.forwardInfinite : model.target.reverseInfinite;
  const figure = useMemo(
    () =>
      landscape && !infinite
        ? landscapeFigure(
            {
              mu: landscape.mu,
              logSigma: landscape.logSigma,
              z: showForward ? landscape.forward : landscape.reverse,
            },
            showForward ? 'KL(P‖Q)' : 'KL(Q‖P)',
            showForward
              ? model.forward
                ? [model.forward]
                : []
              : (result?.minima.map((m) => m.q) ?? []),
            // The whole path, not the animated part: a heatmap redrawn on every frame of the
            // animation kept the main thread busy for seconds on a loaded machine.
            path.points,
            unit,
          )
        : null,
    [landscape, infinite, showForward, model, result, path.points, unit],
  );
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
      {infinite ? (
        <p className="fit-infinite-note" role="status" data-testid="fit.landscapeInfinite">
          {showForward ? 'KL(P‖Q)' : 'KL(Q‖P)'} is ∞ at every (μ, σ): there is no landscape to draw.{' '}
          {infiniteFitText(showForward ? 'forward' : 'reverse', infinite)}
        </p>
      ) : landscape && figure ? (
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
            setStart1(model.snapStart({ mu, sigma: Math.exp(logSigma) }))
          }
          figure={figure}
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
