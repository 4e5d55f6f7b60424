import { useMemo } from 'react';
import { useAppStore } from '../../state/store';
import { discreteDistributionsFigure } from './figures/discreteFigure';
import { Plot } from './Plot';
import { useContentWidth } from './useContentWidth';

export function DistributionsChart() {
  const analysis = useAppStore((s) => s.analysis);
  const [ref, width] = useContentWidth<HTMLElement>();
  const figure = useMemo(
    () =>
      analysis?.ok && analysis.view.kind === 'discrete'
        ? discreteDistributionsFigure(analysis.view, width)
        : null,
    [analysis, width],
  );
  if (!figure) return null;
  return (
    <section ref={ref} className="card" aria-labelledby="dist-chart-title">
      <h2 id="dist-chart-title">P and Q</h2>
      <Plot
        figure={figure}
        title="Bar chart of P and Q over the outcomes"
        testId="chart-distributions"
      />
    </section>
  );
}
