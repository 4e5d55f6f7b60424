import { useMemo } from 'react';
import type { Continuous1Spec } from '../../core/distributions/types';
import type { Gaussian1 } from '../../core/fit';
import { useAppStore } from '../../state/store';
import { formatNumber } from '../format';
import type { DragHandle } from '../plots/dragHandle';
import { Plot } from '../plots/Plot';
import { densityYMax, type Fit1Model } from './fit1Model';
import { fitDensityFigure } from './figures/fitFigures';
import { PathNote1 } from './PathNote1';
import { ForwardReadout1, MinimaList1, ReverseReadout1 } from './Readouts1';
import { endsInLocalMinimum } from './pathEnd';
import { infiniteFitText } from './infiniteFit';
import { setStart1, useShownPath1 } from './useShownPath1';

/**
 * Forward and reverse fits side by side, on the same axes, each with its readout. Each chart draws
 * its optimum solid (the trace `Q`) and, over it, the optimiser's path from the shared start.
 */
export function Panels1({ p, model }: { p: Continuous1Spec; model: Fit1Model }) {
  const result = useAppStore((s) => s.fit.reverse1);
  const { start, reverse, forward } = useShownPath1(p);
  const best = result?.minima[0];
  const yMax = densityYMax(model, best?.q, start);
  const local = endsInLocalMinimum(result, reverse);
  const forwardFigure = useMemo(
    () =>
      fitDensityFigure(
        p,
        { range: model.range, yMax, name: 'forward' },
        {
          optimum: model.forward,
          start,
          path: { points: forward.points, index: forward.index, localMinimum: false },
        },
      ),
    [p, model, yMax, start, forward],
  );
  const reverseFigure = useMemo(
    () =>
      fitDensityFigure(
        p,
        { range: model.range, yMax, name: 'reverse' },
        {
          optimum: best?.q ?? null,
          start,
          path: { points: reverse.points, index: reverse.index, localMinimum: local },
        },
      ),
    [p, model, yMax, best, start, reverse, local],
  );
  return (
    <div className="fit-panels">
      <section className="fit-panel" aria-label="Forward fit">
        <h3 className="fit-h fit-panel-h">Forward: min KL(P‖Q), mode covering</h3>
        <Plot figure={forwardFigure} title="Forward fit" testId="fit.forwardPlot" height={260} />
        {model.forward ? (
          <PathNote1 which="forward" path={forward} start={start} optimum={model.forward} />
        ) : (
          <InfiniteNote which="forward" model={model} />
        )}
        <ForwardReadout1 model={model} />
      </section>
      <section className="fit-panel" aria-label="Reverse fit">
        <h3 className="fit-h fit-panel-h">Reverse: min KL(Q‖P), mode seeking</h3>
        <Plot
          figure={reverseFigure}
          title="Reverse fit"
          testId="fit.reversePlot"
          height={260}
          handles={startHandles(start, yMax)}
          onDrag={(id, x) => {
            const mu = id === 'peak' ? x : start.mu;
            const sigma = id === 'peak' ? start.sigma : Math.abs(x - start.mu);
            setStart1(model.snapStart({ mu, sigma }));
          }}
        />
        {model.target.reverseInfinite ? (
          <InfiniteNote which="reverse" model={model} />
        ) : (
          <PathNote1
            which="reverse"
            path={reverse}
            start={start}
            optimum={best?.q ?? null}
            local={local ? result!.path[result!.path.length - 1]!.kl : undefined}
            bestKl={best?.kl}
          />
        )}
        <ReverseReadout1 model={model} best={best} />
        {result && <MinimaList1 model={model} result={result} />}
      </section>
    </div>
  );
}

/** Why this direction has no fit (role status: it replaces the path note). */
function InfiniteNote({ which, model }: { which: 'forward' | 'reverse'; model: Fit1Model }) {
  const reason = which === 'forward' ? model.target.forwardInfinite : model.target.reverseInfinite;
  if (!reason) return null;
  return (
    <p
      className="fit-path-note fit-infinite-note"
      role="status"
      data-testid={`fit.infinite.${which}`}
    >
      {infiniteFitText(which, reason)}
    </p>
  );
}

/**
 * Q's start as two handles: the peak (drag sideways: μ) and the right shoulder at μ + σ (drag
 * sideways: σ), drawn at the start density's height there, kept inside the plot.
 */
function startHandles(start: Gaussian1, yMax: number): DragHandle[] {
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
