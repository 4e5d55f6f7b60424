import type { Data } from 'plotly.js';
import type { RenyiPoint } from '../../../core/divergences/renyiCurve';
import { formatRenyiOrder } from '../../renyiOrderLabel';
import { inUnit, type InformationUnit } from '../../../core/units';
import { formatNumber } from '../../format';
import { COLORS } from '../../theme';
import { baseLayout, type Figure } from './layout';

/**
 * D_α(P‖Q) against α (the f-divergence panel): the curve over the computed orders (infinite orders
 * left out; `firstInfinite` is where the curve stops, if it does), KL(P‖Q) marked at α = 1, and the
 * current order's value marked (unless `value` is null: the points are a previous pair's, and the
 * marker would sit off their curve), all in the chosen unit.
 */
export function renyiCurveFigure(
  points: readonly RenyiPoint[],
  current: { readonly order: number; readonly value: number | null },
  unit: InformationUnit,
): Figure & { readonly firstInfinite: number | null } {
  const finite = points.filter((pt) => Number.isFinite(pt.value.value));
  const firstInfinite = points.find((pt) => !Number.isFinite(pt.value.value))?.order ?? null;
  const kl = points.find((pt) => pt.order === 1);
  const data: Data[] = [
    {
      type: 'scatter',
      mode: 'lines',
      name: 'D_α(P‖Q)',
      x: finite.map((pt) => pt.order),
      y: finite.map((pt) => inUnit(pt.value.value, unit)),
      line: { color: COLORS.p, width: 2.5 },
      hovertemplate: `α = %{x}<br>D_α = %{y:.4g} ${unit}<extra></extra>`,
      showlegend: false,
    },
  ];
  if (kl && Number.isFinite(kl.value.value))
    data.push({
      type: 'scatter',
      mode: 'markers',
      name: 'KL(P‖Q) = D₁',
      x: [1],
      y: [inUnit(kl.value.value, unit)],
      marker: {
        color: COLORS.p,
        size: 11,
        symbol: 'diamond',
        line: { color: '#ffffff', width: 1.5 },
      },
      hovertemplate: `KL(P‖Q) = D₁ = ${formatNumber(inUnit(kl.value.value, unit), 6)} ${unit}<extra></extra>`,
    });
  const value = current.value;
  if (value !== null && Number.isFinite(value))
    data.push({
      type: 'scatter',
      mode: 'markers',
      name: `α = ${formatRenyiOrder(current.order)}`,
      x: [current.order],
      y: [inUnit(value, unit)],
      marker: { color: COLORS.neutral, size: 10, symbol: 'circle-open', line: { width: 3 } },
      hovertemplate: `D_${formatRenyiOrder(current.order)} = ${formatNumber(inUnit(value, unit), 6)} ${unit}<extra></extra>`,
    });
  const xMax = Math.max(3, current.order);
  return {
    firstInfinite,
    data,
    layout: {
      ...baseLayout('renyi-curve'),
      margin: { l: 56, r: 16, t: 16, b: 48 },
      showlegend: true,
      legend: { orientation: 'h', x: 0, y: 1.12 },
      xaxis: { title: { text: 'order α' }, range: [0, xMax * 1.02], zeroline: false },
      yaxis: { title: { text: unit }, rangemode: 'tozero' },
      shapes: [
        {
          type: 'line',
          x0: 1,
          x1: 1,
          yref: 'paper',
          y0: 0,
          y1: 1,
          line: { color: '#888888', width: 1, dash: 'dot' },
        },
      ],
    },
  };
}
