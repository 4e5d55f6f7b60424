import { inUnit, type InformationUnit } from '../../../core/units';
import type { Data } from 'plotly.js';
import type { Continuous1Spec } from '../../../core/distributions/types';
import { normalLogPdf } from '../../../core/distributions/density';
import { logDensity1 } from '../../../core/families/registry';
import type { Gaussian1 } from '../../../core/fit';
import { baseLayout, type Figure } from '../../plots/figures/layout';
import { COLORS } from '../../theme';

const gauss = (x: number, g: Gaussian1) => Math.exp(normalLogPdf(x, g.mu, g.sigma));
const SQRT_2PI = Math.sqrt(2 * Math.PI);

/** An optimiser's path as one density panel draws it. */
export interface FitPathOverlay {
  /** Every iterate, from the start to where the optimiser stopped. */
  readonly points: readonly Gaussian1[];
  /** The iterate the animation shows (drawn dashed). */
  readonly index: number;
  /** The path stopped in a local minimum that is not the global one (the optimum drawn solid). */
  readonly localMinimum: boolean;
}

/** What one density panel draws besides P. */
export interface FitPanelCurves {
  /** The fit's optimum: the solid trace named `Q` (a blank point while it is not known yet). */
  readonly optimum: Gaussian1 | null;
  /** The optimiser's start, dotted. */
  readonly start?: Gaussian1;
  readonly path?: FitPathOverlay;
}

const N_POINTS = 400;

/**
 * P's density with a fit on x ∈ `range` (400 points), y ∈ [0, yMax] (`name` keys the chart's
 * uirevision; its heading is the panel's, in HTML): the optimum as the solid
 * trace `Q`, and when given the start (dotted, `start`), the iterate the animation is at (dashed,
 * `path`) and the trail of the path's peaks (μᵢ, N(μᵢ; μᵢ, σᵢ)) ending in a labelled marker, with
 * an annotation there when the path stopped in a local minimum. Trace order and names are fixed
 * (blank points stand in for what is not known yet), so the legend, and with it the plot area,
 * keeps its size while the animation runs.
 */
export function fitDensityFigure(
  p: Continuous1Spec,
  frame: { readonly range: [number, number]; readonly yMax: number; readonly name: string },
  curves: FitPanelCurves,
): Figure {
  const { range, yMax, name } = frame;
  const lp = logDensity1(p);
  const xs = Array.from(
    { length: N_POINTS },
    (_, i) => range[0] + ((range[1] - range[0]) * i) / (N_POINTS - 1),
  );
  const curve = (g: Gaussian1 | null | undefined) =>
    g ? { x: xs, y: xs.map((x) => gauss(x, g)) } : { x: [null], y: [null] };
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
    {
      type: 'scatter',
      mode: 'lines',
      ...curve(curves.optimum),
      name: 'Q',
      line: { color: COLORS.q, width: 3 },
    },
  ];
  const annotations: NonNullable<Figure['layout']['annotations']> = [];
  if (curves.start) {
    data.push({
      type: 'scatter',
      mode: 'lines',
      ...curve(curves.start),
      name: 'start',
      line: { color: COLORS.q, width: 1.5, dash: 'dot' },
      hoverinfo: 'skip',
    });
    const path = curves.path;
    data.push({
      type: 'scatter',
      mode: 'lines',
      ...curve(path && path.points.length > 1 ? path.points[path.index] : null),
      name: 'path',
      line: { color: COLORS.q, width: 1.5, dash: 'dash' },
      opacity: 0.85,
      hoverinfo: 'skip',
    });
    const trail = path && path.points.length > 1 ? path.points : [];
    const top = 0.96 * yMax;
    const peakY = (g: Gaussian1) => Math.min(top, 1 / (g.sigma * SQRT_2PI));
    const last = trail.length - 1;
    data.push({
      type: 'scatter',
      mode: 'lines+markers',
      x: trail.length > 0 ? trail.map((g) => g.mu) : [null],
      y: trail.length > 0 ? trail.map(peakY) : [null],
      name: 'path’s peaks',
      showlegend: false,
      line: { color: COLORS.q, width: 1 },
      marker: {
        color: COLORS.q,
        size: trail.map((_, i) => (i === last ? 11 : 5)),
        symbol: trail.map((_, i) => (i === last ? 'x' : 'circle')),
      },
      hovertemplate: 'μ = %{x:.3f}<extra>path</extra>',
    });
    if (trail.length > 0) {
      const end = trail[last]!;
      // Beside the end, on the side the path did not come from (its trail is on the other).
      const right = end.mu >= trail[last - 1]!.mu;
      annotations.push({
        x: end.mu,
        y: peakY(end),
        xref: 'x',
        yref: 'y',
        text: path!.localMinimum ? 'path ended:<br>local minimum' : 'path ended',
        showarrow: true,
        arrowhead: 0,
        ax: right ? 26 : -26,
        ay: 0,
        xanchor: right ? 'left' : 'right',
        align: right ? 'left' : 'right',
        font: { color: COLORS.q, size: 12 },
        bgcolor: 'rgba(255,255,255,0.85)',
      });
    }
  }
  return {
    data,
    layout: {
      ...baseLayout(`fit-${name}`),
      // No zero line: at x = 0 it read as a y-axis in the middle of the chart.
      xaxis: { title: { text: 'x' }, range, zeroline: false },
      yaxis: { title: { text: 'density' }, range: [0, yMax], fixedrange: true },
      showlegend: true,
      // Above the plot area (Plotly widens the top margin for its rows): the chart's heading is
      // HTML above it, so a two-row legend at 360 px collides with nothing.
      legend: { orientation: 'h', y: 1.02, yanchor: 'bottom', x: 1, xanchor: 'right' },
      margin: { l: 48, r: 12, t: 12, b: 44 },
      annotations,
    },
  };
}

/** Heatmap of KL over (μ, log σ) with the local minima and the current path drawn on it. */
export function landscapeFigure(
  grid: { mu: number[]; logSigma: number[]; z: ArrayLike<number> },
  label: string,
  minima: readonly Gaussian1[],
  path: readonly Gaussian1[],
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
        // The title runs up the bar's side: written across the top it widened the bar so far that
        // a 360 px phone was left a 70 px heatmap.
        colorbar: {
          // Labels in space of their own: no per-label overflow measuring (see continuousFigures).
          ticklabeloverflow: 'allow',
          title: { text: `log₁₀ ${label} (${unit})`, side: 'right' },
          thickness: 12,
          xpad: 4,
        },
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
