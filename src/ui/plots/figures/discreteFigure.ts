import type { DiscreteView } from '../../../core/analysis';
import { formatNumber } from '../../format';
import { COLORS } from '../../theme';
import type { Layout } from 'plotly.js';
import { barLabels, groupedBarSlot } from './barLabels';
import { baseLayout } from './layout';
import type { Figure } from './layout';

/** Outcome labels: 0 and 1 for a Bernoulli, 1…K for a categorical. */
export function outcomeLabels(size: number): string[] {
  return size === 2 ? ['0', '1'] : Array.from({ length: size }, (_, k) => String(k + 1));
}

/**
 * P and Q side by side over the outcomes. An outcome where Q is 0 but P is not (an infinite KL) is
 * outlined, so the cause of the ∞ is visible on the chart.
 */
export function discreteDistributionsFigure(view: DiscreteView, width?: number): Figure {
  const labels = outcomeLabels(view.p.length);
  const mismatch = Array.from(
    view.p,
    (p, k) => (p > 0 && view.q[k] === 0) || (view.q[k]! > 0 && p === 0),
  );
  const bar = (name: 'P' | 'Q', values: Float64Array, color: string) => ({
    type: 'bar' as const,
    name,
    x: labels,
    y: Array.from(values),
    marker: {
      color,
      line: {
        color: mismatch.map((m) => (m ? '#000' : color)),
        width: mismatch.map((m) => (m ? 2 : 0)),
      },
    },
    hovertemplate: `${name}(%{x}) = %{y:.6g}<extra></extra>`,
  });
  const layout: Partial<Layout> = {
    ...baseLayout('discrete-distributions'),
    barmode: 'group',
    // The value labels take the bars' offsets (barLabels).
    scattermode: 'group',
    bargap: 0.25,
    xaxis: { title: { text: 'outcome' }, type: 'category' },
    yaxis: { title: { text: 'probability' }, range: [0, 1.15] },
    legend: { orientation: 'h', x: 0, y: 1.12 },
  };
  const slot = groupedBarSlot(width, layout, labels.length, 2);
  return {
    data: [
      bar('P', view.p, COLORS.p),
      bar('Q', view.q, COLORS.q),
      ...[view.p, view.q].flatMap((v) =>
        barLabels(
          labels,
          Array.from(v),
          Array.from(v, (x) => formatNumber(x, 3)),
          slot,
        ),
      ),
    ],
    layout,
  };
}
