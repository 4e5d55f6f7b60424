import { useMemo } from 'react';
import { useAppStore } from '../../state/store';
import { measuresFigure } from './figures/measuresFigure';
import { Plot } from './Plot';
import { useContentWidth } from './useContentWidth';

export function MeasuresChart() {
  const analysis = useAppStore((s) => s.analysis);
  const unit = useAppStore((s) => s.units);
  const [ref, width] = useContentWidth<HTMLElement>();
  const figure = useMemo(
    () => (analysis?.ok ? measuresFigure(analysis.measures, unit, analysis.order, width) : null),
    [analysis, unit, width],
  );
  if (!figure) return null;
  return (
    <section ref={ref} className="card measures-card" aria-labelledby="measures-chart-title">
      <h2 id="measures-chart-title">Measures</h2>
      <Plot figure={figure} title="Bar chart of every measure" testId="chart-measures" />
    </section>
  );
}
