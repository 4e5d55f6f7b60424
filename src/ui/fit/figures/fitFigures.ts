import { inUnit, type InformationUnit } from '../../../core/units';
import type { Data } from 'plotly.js';
import type { Continuous1Spec } from '../../../core/distributions/types';
import { logDensity1, normalLogPdf } from '../../../core/distributions/density';
import type { Gaussian1 } from '../../../core/fit';
import { baseLayout, type Figure } from '../../plots/figures/layout';
import { COLORS } from '../../theme';

const gauss = (x: number, g: Gaussian1) => Math.exp(normalLogPdf(x, g.mu, g.sigma));

/**
 * P's density and one fitted Q on shared x-axis range [lo, hi], 400 points; `start` (optional) adds
 * the person's draggable starting Q as a dotted curve.
 */
export function fitDensityFigure(
  p: Continuous1Spec,
  q: Gaussian1 | null,
  range: [number, number],
  yMax: number,
  title: string,
  start?: Gaussian1,
): Figure {
  const lp = logDensity1(p);
  const xs = Array.from({ length: 400 }, (_, i) => range[0] + ((range[1] - range[0]) * i) / 399);
  const data: Data[] = [
    {
      type: 'scatter',
      mode: 'lines',
      x: xs,
      y: xs.map((x) => Math.exp(lp(x))),
      name: 'P',
      line: { color: COLORS.p, width: 2 },
      fill: 'tozeroy',
      fillcolor: 'rgba(0,114,178,0.15)',
    },
  ];
  if (q)
    data.push({
      type: 'scatter',
      mode: 'lines',
      x: xs,
      y: xs.map((x) => gauss(x, q)),
      name: 'Q',
      line: { color: COLORS.q, width: 2.5 },
    });
  if (start)
    data.push({
      type: 'scatter',
      mode: 'lines',
      x: xs,
      y: xs.map((x) => gauss(x, start)),
      name: 'start',
      line: { color: COLORS.q, width: 1.5, dash: 'dot' },
      hoverinfo: 'skip',
    });
  return {
    data,
    layout: {
      ...baseLayout(`fit-${title}`),
      title: { text: title },
      xaxis: { title: { text: 'x' }, range },
      yaxis: { title: { text: 'density' }, range: [0, yMax], fixedrange: true },
      showlegend: true,
      legend: { orientation: 'h', y: 1.12, x: 1, xanchor: 'right' },
      margin: { l: 48, r: 12, t: 40, b: 44 },
    },
  };
}

/** Heatmap of KL over (μ, log σ) with the local minima and the current path drawn on it. */
export function landscapeFigure(
  grid: { mu: number[]; logSigma: number[]; z: ArrayLike<number> },
  label: string,
  minima: Gaussian1[],
  path: Gaussian1[],
  unit: InformationUnit = 'nats',
): Figure {
  const n = grid.mu.length;
  // log₁₀(10⁻³ + KL): the offset keeps the minimum's neighbourhood finite and visible.
  const z: number[][] = grid.logSigma.map((_, r) =>
    Array.from({ length: n }, (_, i) => Math.log10(1e-3 + inUnit(grid.z[r * n + i] ?? 0, unit))),
  );
  return {
    data: [
      {
        type: 'heatmap',
        x: grid.mu,
        y: grid.logSigma,
        z,
        colorscale: 'Viridis',
        reversescale: true,
        colorbar: { title: { text: `log₁₀ ${label} (${unit})` }, thickness: 12 },
      } as Data,
      {
        type: 'scatter',
        mode: 'lines+markers',
        x: path.map((g) => g.mu),
        y: path.map((g) => Math.log(g.sigma)),
        name: 'path',
        line: { color: COLORS.q, width: 2 },
        marker: { size: 4, color: COLORS.q },
      },
      {
        type: 'scatter',
        mode: 'markers',
        x: minima.map((g) => g.mu),
        y: minima.map((g) => Math.log(g.sigma)),
        name: 'local minima',
        marker: { size: 11, symbol: 'star', color: '#fff', line: { color: '#000', width: 1 } },
      },
    ],
    layout: {
      ...baseLayout('fit-landscape'),
      xaxis: { title: { text: 'μ' } },
      yaxis: { title: { text: 'log σ' } },
      showlegend: true,
      legend: { orientation: 'h', y: -0.25 },
      margin: { l: 52, r: 12, t: 16, b: 80 },
    },
  };
}
