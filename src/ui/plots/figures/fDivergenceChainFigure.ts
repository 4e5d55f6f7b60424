import type { Data } from 'plotly.js';
import type { FDivergenceInequalities } from '../../../core/measures/inequalities';
import { formatNumber } from '../../format';
import { COLORS } from '../../theme';
import { baseLayout, type Figure } from './layout';

/** Where the number line ends: √2 (the largest √2·H) plus room; a larger Pinsker bound is drawn at the edge. */
const LINE_END = 1.5;

/**
 * Where a point's label goes: centred on it, except near either end of the line, where a centred
 * label would run past the plot (into the row names on the left, off the chart on the right; at
 * 360 px '√(KL(P‖Q)/2) 0.3031' at 0.3 lost its first characters): there it grows inwards.
 */
export function labelPosition(vertical: 'top' | 'bottom', x: number): string {
  if (x < 0.45) return `${vertical} right`;
  if (x > 1.2) return `${vertical} left`;
  return `${vertical} center`;
}

/**
 * The two inequality chains on one unitless number line (the f-divergence panel): the Hellinger
 * row H² ≤ TV ≤ √2·H and the Pinsker row TV ≤ √(KL/2), each a segment from its lower to its upper
 * bound with TV marked on both, so a person sees TV squeezed between them as P and Q move. A bound
 * beyond the line (√(KL/2) > 1.5, or ∞) is drawn at the end with an arrow and its value in the label.
 */
export function fDivergenceChainFigure(v: FDivergenceInequalities): Figure {
  const clip = (x: number) => Math.min(LINE_END, x);
  const kl = v.direction === 'PQ' ? 'KL(P‖Q)' : 'KL(Q‖P)';
  const rows = [
    { y: 1, from: v.hellinger, to: v.leCam, fromLabel: 'H²', toLabel: '√2·H' },
    { y: 0, from: v.tv, to: v.pinsker, fromLabel: 'TV', toLabel: `√(${kl}/2)` },
  ];
  const data: Data[] = rows.flatMap((r) => [
    {
      type: 'scatter',
      mode: 'lines',
      x: [clip(r.from), clip(r.to)],
      y: [r.y, r.y],
      line: { color: COLORS.grid, width: 10 },
      hoverinfo: 'skip',
      showlegend: false,
    } as Data,
    {
      type: 'scatter',
      mode: 'text+markers',
      x: [clip(r.from), clip(r.to)],
      y: [r.y, r.y],
      marker: {
        color: COLORS.neutral,
        size: 10,
        symbol: [
          r.from > LINE_END ? 'triangle-right' : 'line-ns',
          r.to > LINE_END ? 'triangle-right' : 'line-ns',
        ],
        line: { width: 3, color: COLORS.neutral },
      },
      text: [`${r.fromLabel} ${formatNumber(r.from)}`, `${r.toLabel} ${formatNumber(r.to)}`],
      textposition: [labelPosition('bottom', clip(r.from)), labelPosition('top', clip(r.to))],
      hoverinfo: 'text',
      showlegend: false,
    } as Data,
  ]);
  data.push({
    type: 'scatter',
    mode: 'markers',
    name: 'TV',
    x: [v.tv, v.tv],
    y: [1, 0],
    marker: { color: COLORS.p, size: 13, symbol: 'diamond' },
    hovertemplate: `TV = ${formatNumber(v.tv, 6)}<extra></extra>`,
    showlegend: false,
  });
  return {
    data,
    layout: {
      ...baseLayout('f-chain'),
      margin: { l: 84, r: 24, t: 8, b: 36 },
      xaxis: {
        range: [-0.04, LINE_END + 0.06],
        zeroline: false,
        tickvals: [0, 0.5, 1, Math.SQRT2],
        ticktext: ['0', '0.5', '1', '√2'],
      },
      yaxis: {
        range: [-0.7, 1.7],
        tickvals: [0, 1],
        ticktext: ['Pinsker', 'Hellinger'],
        fixedrange: true,
        showgrid: false,
        zeroline: false,
      },
    },
  };
}
