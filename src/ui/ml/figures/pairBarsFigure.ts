import { formatNumber } from '../../format';
import type { Figure } from '../../plots/figures/layout';
import { baseLayout } from '../../plots/figures/layout';
import { COLORS } from '../../theme';

export interface PairBarsInput {
  /** Blue, the reference distribution (teacher P, old policy). */
  readonly p: readonly number[];
  /** Vermillion, the approximating distribution (student Q, new policy). */
  readonly q: readonly number[];
  readonly pName: string;
  readonly qName: string;
  readonly uirevision: string;
  readonly xTitle?: string;
}

/** Two categorical distributions side by side over classes 1…C, each bar labelled with its value. */
export function pairBarsFigure(input: PairBarsInput): Figure {
  const labels = input.p.map((_, k) => String(k + 1));
  const bar = (name: string, values: readonly number[], color: string) => ({
    type: 'bar' as const,
    name,
    x: labels,
    y: [...values],
    marker: { color },
    text: values.map((v) => formatNumber(v, 3)),
    textposition: 'outside' as const,
    cliponaxis: false,
    hovertemplate: `${name}, class %{x}: %{y:.6g}<extra></extra>`,
  });
  return {
    data: [bar(input.pName, input.p, COLORS.p), bar(input.qName, input.q, COLORS.q)],
    layout: {
      ...baseLayout(input.uirevision),
      barmode: 'group',
      bargap: 0.25,
      xaxis: { title: { text: input.xTitle ?? 'class' }, type: 'category' },
      yaxis: { title: { text: 'probability' }, range: [0, 1.15], automargin: true },
      legend: { orientation: 'h', x: 0, y: 1.15 },
    },
  };
}
