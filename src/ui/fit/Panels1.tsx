import type { Continuous1Spec } from '../../core/distributions/types';
import { useAppStore } from '../../state/store';
import { Plot } from '../plots/Plot';
import { densityYMax, type Fit1Model } from './fit1Model';
import { fitDensityFigure } from './figures/fitFigures';
import { ForwardReadout1, MinimaList1, ReverseReadout1 } from './Readouts1';
import { useShownPath1 } from './useShownPath1';

/** Forward and reverse fits side by side, on the same axes, each with its readout. */
export function Panels1({ p, model }: { p: Continuous1Spec; model: Fit1Model }) {
  const result = useAppStore((s) => s.fit.reverse1);
  const { shown } = useShownPath1(p);
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
          figure={fitDensityFigure(p, shown, model.range, yMax, 'reverse: min KL(Q‖P)')}
          title="Reverse fit"
          testId="fit.reversePlot"
          height={260}
        />
        <ReverseReadout1 model={model} best={best} />
        {result && <MinimaList1 model={model} result={result} />}
      </section>
    </div>
  );
}
