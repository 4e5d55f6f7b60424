import type { Continuous1Spec } from '../../core/distributions/types';
import { useAppStore } from '../../state/store';
import { formatNumber } from '../format';
import type { DragHandle } from '../plots/dragHandle';
import { Plot } from '../plots/Plot';
import { densityYMax, type Fit1Model } from './fit1Model';
import { fitDensityFigure } from './figures/fitFigures';
import { ForwardReadout1, MinimaList1, ReverseReadout1 } from './Readouts1';
import { useShownPath1 } from './useShownPath1';

/** Forward and reverse fits side by side, on the same axes, each with its readout. */
export function Panels1({ p, model }: { p: Continuous1Spec; model: Fit1Model }) {
  const result = useAppStore((s) => s.fit.reverse1);
  const { shown, start } = useShownPath1(p);
  const setFit = useAppStore((s) => s.setFit);
  const best = result?.minima[0];
  const yMax = densityYMax(model, best?.q);
  return (
    <div className="fit-panels">
      <section className="fit-panel" aria-label="Forward fit">
        <Plot
          figure={fitDensityFigure(p, model.forward, model.range, yMax, 'forward: min KL(P‖Q)')}
          title="Forward fit"
          testId="fit.forwardPlot"
          height={260}
        />
        <ForwardReadout1 model={model} />
      </section>
      <section className="fit-panel" aria-label="Reverse fit">
        <Plot
          figure={fitDensityFigure(p, shown, model.range, yMax, 'reverse: min KL(Q‖P)', start)}
          title="Reverse fit"
          testId="fit.reversePlot"
          height={260}
          handles={startHandles(start, yMax)}
          onDrag={(id, x) => {
            const mu = id === 'peak' ? x : start.mu;
            const sigma = id === 'peak' ? start.sigma : Math.max(1e-3, Math.abs(x - start.mu));
            setFit({ start1: { mu, sigma }, reverse1: null, playing: false, frame: 0 });
          }}
        />
        <ReverseReadout1 model={model} best={best} />
        {result && <MinimaList1 model={model} result={result} />}
      </section>
    </div>
  );
}

/**
 * Q's start as two handles: the peak (drag sideways: μ) and the right shoulder at μ + σ (drag
 * sideways: σ), drawn at the start density's height there, kept inside the plot.
 */
function startHandles(start: { mu: number; sigma: number }, yMax: number): DragHandle[] {
  const peak = 1 / (start.sigma * Math.sqrt(2 * Math.PI));
  const y = (v: number) => Math.min(v, 0.92 * yMax);
  return [
    {
      id: 'peak',
      x: start.mu,
      y: y(peak),
      moves: 'x',
      label: `Start μ = ${formatNumber(start.mu, 3)}: drag or use arrow keys`,
      testId: 'fit.dragMu',
    },
    {
      id: 'shoulder',
      x: start.mu + start.sigma,
      y: y(peak * Math.exp(-0.5)),
      moves: 'x',
      size: 'small',
      label: `Start σ = ${formatNumber(start.sigma, 3)}: drag or use arrow keys`,
      testId: 'fit.dragSigma',
    },
  ];
}
