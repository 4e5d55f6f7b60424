import { useMemo } from 'react';
import { useAppStore } from '../../state/store';
import { measuresFigure } from './figures/measuresFigure';
import { Plot } from './Plot';

export function MeasuresChart() {
  const analysis = useAppStore((s) => s.analysis);
  const unit = useAppStore((s) => s.units);
  const figure = useMemo(
    () => (analysis?.ok ? measuresFigure(analysis.measures, unit, analysis.order) : null),
    [analysis, unit],
  );
  if (!figure) return null;
  return (
    <section className="card" aria-labelledby="measures-chart-title">
      <h2 id="measures-chart-title">Measures</h2>
      <Plot figure={figure} title="Bar chart of every measure" testId="chart-measures" />
    </section>
  );
}
