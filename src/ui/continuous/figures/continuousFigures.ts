import type { Data, Layout } from 'plotly.js';
import type { Continuous1View, Continuous2View } from '../../../core/analysis';
import type { Continuous2Spec } from '../../../core/distributions/types';
import { PLOT_LIMIT } from '../../../core/divergences/continuous1';
import { inUnit, type InformationUnit } from '../../../core/units';
import { baseLayout } from '../../plots/figures/layout';
import type { Figure } from '../../plots/figures/layout';
import { COLORS } from '../../theme';
import { ellipsePoints } from '../../../core/distributions/ellipse';
import { componentsOf } from '../params';

/** Which KL's integrand is shown: p·log(p/q) (KL(P‖Q)) or q·log(q/p) (KL(Q‖P)). */
export type IntegrandDirection = 'pq' | 'qp';

/**
 * The integrand's colour: Okabe–Ito reddish purple, distinct from P's blue and Q's vermillion; its
 * negative side (2-D heatmap) is bluish green, so the sign reads without relying on red/green alone.
 */
export const INTEGRAND_COLOR = '#CC79A7';
const INTEGRAND_FILL = 'rgba(204, 121, 167, 0.38)';
const NEGATIVE_COLOR = '#009E73';

export const integrandName = (direction: IntegrandDirection): string =>
  direction === 'pq' ? 'p·log(p/q)' : 'q·log(q/p)';

const perUnit = (unit: InformationUnit, area: boolean) => `${unit} per unit ${area ? 'area' : 'x'}`;

/**
 * Where the densities panel and the integrand panel sit, as fractions of the plot's height. The
 * integrand has its own axis (`yaxis2`) below the densities (`yaxis`), both on one x axis, so a
 * density of 0.4 and 2.4 nats per unit x never share a scale; the density traces stay on `yaxis`,
 * which is the axis the drag handles map to.
 */
export const DENSITY_DOMAIN: readonly [number, number] = [0.45, 1];
export const INTEGRAND_DOMAIN: readonly [number, number] = [0, 0.33];

/** The grey of the band where the shown KL is infinite (support mismatch). */
const MISMATCH_FILL = 'rgba(90, 98, 110, 0.16)';
const MISMATCH_TEXT = '#3d4550';

/**
 * Where the shown KL's infinity comes from, for a support mismatch: the intervals where the
 * distribution of the expectation (P for KL(P‖Q)) has mass and the other has none
 * (`SupportMismatch.region`), and who is who.
 */
export interface InfiniteRegion {
  readonly region: readonly { readonly lo: number; readonly hi: number }[];
  /** The distribution with the mass there ('P' for KL(P‖Q)). */
  readonly has: 'P' | 'Q';
  readonly none: 'P' | 'Q';
}

/** The label of the band where KL is infinite: what a teacher points at. */
export const mismatchLabel = (r: Pick<InfiniteRegion, 'has' | 'none'>): string =>
  `${r.has} has mass here, ${r.none} has none`;

/**
 * The bands (full height, both panels) over the parts of `r.region` inside the plotted x range,
 * each labelled at its top; none when a region lies off the chart.
 */
export function mismatchBands(
  r: InfiniteRegion,
  [x0, x1]: readonly [number, number],
): Pick<Layout, 'shapes' | 'annotations'> {
  const visible = r.region
    .map(({ lo, hi }) => ({ lo: Math.max(lo, x0), hi: Math.min(hi, x1) }))
    .filter(({ lo, hi }) => hi > lo);
  return {
    shapes: visible.map(({ lo, hi }) => ({
      type: 'rect',
      layer: 'below',
      xref: 'x',
      yref: 'paper',
      x0: lo,
      x1: hi,
      y0: 0,
      y1: DENSITY_DOMAIN[1],
      fillcolor: MISMATCH_FILL,
      line: { width: 0 },
      name: 'support-mismatch',
    })),
    annotations: visible.map(({ lo, hi }) => ({
      text: mismatchLabel(r).replace(', ', ',<br>'),
      xref: 'x',
      yref: 'paper',
      // Inside the band, near its edge that faces the rest of the chart, low in the densities'
      // panel: the drag handles sit at the top of a Uniform's edges.
      x: lo === x0 ? hi : lo,
      xanchor: lo === x0 ? 'right' : 'left',
      xshift: lo === x0 ? -4 : 4,
      y: DENSITY_DOMAIN[0] + 0.03,
      yanchor: 'bottom',
      showarrow: false,
      align: lo === x0 ? 'right' : 'left',
      font: { color: MISMATCH_TEXT, size: 11 },
    })),
  };
}

/**
 * P and Q's densities overlaid (top panel), and below them, on its own axis in nats or bits per unit
 * x, the chosen KL integrand shaded to zero, signed: its shaded area is the KL. The two panels share
 * the x axis (ticks and title under the integrand panel). Where the shown KL is infinite from a
 * support mismatch (`infinite`), a grey band over both panels marks the region responsible.
 */
export function continuous1Figure(
  view: Continuous1View,
  unit: InformationUnit,
  direction: IntegrandDirection,
  infinite?: InfiniteRegion,
): Figure {
  const x = Array.from(view.x);
  // The core plots an infinite integrand (P > 0 = Q) as ±PLOT_LIMIT (in nats, so compared before
  // the unit): left out of the curve and of the axis range, or the finite part would be a flat line
  // at 0 under an axis ticked 1e+300. The grey band of `infinite` says what is there instead.
  const integrand = Array.from(direction === 'pq' ? view.klPQ : view.klQP, (v) =>
    Math.abs(v) >= PLOT_LIMIT ? null : inUnit(v, unit),
  );
  const finite = integrand.filter((v): v is number => v !== null);
  const name = integrandName(direction);
  const densityMax = Math.max(...view.p, ...view.q, 1e-300);
  const neg = Math.max(0, -Math.min(0, ...finite));
  const pos = Math.max(0, ...finite);
  const lo = -neg * 1.1;
  const hi = pos > 0 || neg === 0 ? (pos || 1) * 1.1 : neg * 0.1;
  const data: Data[] = [
    {
      type: 'scatter',
      mode: 'lines',
      x,
      y: integrand,
      yaxis: 'y2',
      name,
      fill: 'tozeroy',
      fillcolor: INTEGRAND_FILL,
      line: { color: INTEGRAND_COLOR, width: 1.5 },
      hovertemplate: `${name} = %{y:.4g} ${perUnit(unit, false)}<extra></extra>`,
    },
    {
      type: 'scatter',
      mode: 'lines',
      x,
      y: Array.from(view.p),
      name: 'p(x)',
      line: { color: COLORS.p, width: 2.5 },
      hovertemplate: 'p(x) = %{y:.4g}<extra></extra>',
    },
    {
      type: 'scatter',
      mode: 'lines',
      x,
      y: Array.from(view.q),
      name: 'q(x)',
      line: { color: COLORS.q, width: 2.5, dash: 'dash' },
      hovertemplate: 'q(x) = %{y:.4g}<extra></extra>',
    },
  ];
  const xRange: [number, number] = [x[0] ?? -1, x[x.length - 1] ?? 1];
  const bands = infinite ? mismatchBands(infinite, xRange) : { shapes: [], annotations: [] };
  const layout: Partial<Layout> = {
    ...baseLayout('continuous1'),
    margin: { l: 56, r: 16, t: 36, b: 44 },
    shapes: bands.shapes,
    hovermode: 'x unified',
    // One hover label for both panels: they share x.
    hoversubplots: 'axis',
    showlegend: true,
    legend: { orientation: 'h', x: 0, y: 1.02, yanchor: 'bottom' },
    xaxis: {
      title: { text: 'x' },
      anchor: 'y2',
      range: xRange,
      zeroline: false,
      gridcolor: COLORS.grid,
      hoverformat: '.3f',
    },
    yaxis: {
      title: { text: 'density' },
      domain: [...DENSITY_DOMAIN],
      range: [0, 1.08 * densityMax],
      zeroline: true,
      zerolinecolor: '#9aa3ad',
      gridcolor: COLORS.grid,
      fixedrange: true,
    },
    yaxis2: {
      title: { text: `${unit} per x`, font: { color: INTEGRAND_TEXT } },
      domain: [...INTEGRAND_DOMAIN],
      anchor: 'x',
      range: [lo, hi],
      zeroline: true,
      zerolinecolor: '#9aa3ad',
      gridcolor: COLORS.grid,
      fixedrange: true,
      tickmode: 'array',
      tickvals: roundTicks(lo, hi, 2),
      tickformat: '.2~g',
      tickfont: { color: INTEGRAND_TEXT },
    },
    annotations: [
      {
        // The panel's name, above it: the axis title has room for the unit only.
        text: `${name} (${perUnit(unit, false)}): its area is ${direction === 'pq' ? 'KL(P‖Q)' : 'KL(Q‖P)'}`,
        xref: 'paper',
        yref: 'paper',
        x: 0,
        y: INTEGRAND_DOMAIN[1] + 0.015,
        xanchor: 'left',
        yanchor: 'bottom',
        showarrow: false,
        font: { color: INTEGRAND_TEXT, size: 12 },
      },
      ...(bands.annotations ?? []),
    ],
  };
  return { data, layout };
}

/** The integrand's text colour: its purple darkened to 4.5:1 contrast on white. */
const INTEGRAND_TEXT = '#8a3f69';

/** A round step (1, 2 or 5 × 10ᵏ) that cuts `span` into about `count` parts. */
export function roundStep(span: number, count = 4): number {
  if (!(span > 0) || !Number.isFinite(span)) return 1;
  const raw = span / count;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const n = raw / magnitude;
  return (n < 1.5 ? 1 : n < 3.5 ? 2 : n < 7.5 ? 5 : 10) * magnitude;
}

/**
 * Round tick values (1, 2 or 5 × 10ᵏ apart) within [lo, hi], always including an exact 0: Plotly's
 * own ticks on a short integrand axis land on values such as 0.047 and print 0 as 1e−17.
 */
export function roundTicks(lo: number, hi: number, count = 4): number[] {
  const span = hi - lo;
  if (!(span > 0) || !Number.isFinite(span)) return [0];
  const step = roundStep(span, count);
  const ticks: number[] = [];
  // k·step is rounded to 12 digits so that 3 × 0.05 is 0.15, not 0.15000000000000002.
  for (let k = Math.ceil(lo / step); k * step <= hi * (1 + 1e-12); k++)
    ticks.push(k === 0 ? 0 : Number((k * step).toPrecision(12)));
  return ticks;
}

/**
 * The square the 2-D chart shows: around every grid point where p or q is at least 1 % of the
 * larger peak, padded by 10 % and widened to a square, within the grid. The analysis grid reaches
 * far into the tails for the integrals' sake; drawn whole, the contours would be a speck in its middle.
 */
export function focusSquare(view: Pick<Continuous2View, 'x' | 'y' | 'p' | 'q'>): {
  x: [number, number];
  y: [number, number];
} {
  const n = view.x.length;
  const full = {
    x: [view.x[0]!, view.x[n - 1]!] as [number, number],
    y: [view.y[0]!, view.y[n - 1]!] as [number, number],
  };
  let peak = 0;
  for (let k = 0; k < n * n; k++) peak = Math.max(peak, view.p[k]!, view.q[k]!);
  if (!(peak > 0)) return full;
  let [x0, x1, y0, y1] = [Infinity, -Infinity, Infinity, -Infinity];
  for (let j = 0; j < n; j++)
    for (let i = 0; i < n; i++)
      if (Math.max(view.p[j * n + i]!, view.q[j * n + i]!) >= 0.01 * peak) {
        x0 = Math.min(x0, view.x[i]!);
        x1 = Math.max(x1, view.x[i]!);
        y0 = Math.min(y0, view.y[j]!);
        y1 = Math.max(y1, view.y[j]!);
      }
  const side = Math.min(
    1.2 * Math.max(x1 - x0, y1 - y0),
    Math.max(full.x[1] - full.x[0], full.y[1] - full.y[0]),
  );
  if (!(side > 0)) return full;
  const centred = (mid: number, [lo, hi]: [number, number]): [number, number] => {
    // Slid back inside the grid where it fits; where it does not (the grid is narrower in y than
    // in x), centred: beyond the grid both densities and the integrand are 0, drawn white anyway.
    const a = side <= hi - lo ? Math.max(lo, Math.min(mid - side / 2, hi - side)) : mid - side / 2;
    return [a, a + side];
  };
  return { x: centred((x0 + x1) / 2, full.x), y: centred((y0 + y1) / 2, full.y) };
}

/** Rows of an n×n row-major grid (z[j·n + i] at (x[i], y[j])) as Plotly's z[j][i]. */
export function gridRows(
  values: Float64Array | number[],
  n: number,
  f = (v: number) => v,
): number[][] {
  const rows: number[][] = [];
  for (let j = 0; j < n; j++) {
    const row: number[] = [];
    for (let i = 0; i < n; i++) row.push(f(values[j * n + i]!));
    rows.push(row);
  }
  return rows;
}

const singleColour = (color: string): [number, string][] => [
  [0, color],
  [1, color],
];

function ellipseTraces(d: Continuous2Spec, name: string, color: string): Data[] {
  return componentsOf(d).map(({ component }) => {
    const { x, y } = ellipsePoints(component);
    return {
      type: 'scatter',
      mode: 'lines',
      x,
      y,
      name: `${name} 1σ`,
      // Not in the legend (the note above the chart explains the dotted ellipses): on a phone the
      // legend would otherwise take rows of the plot's height.
      showlegend: false,
      line: { color, width: 2, dash: 'dot' },
      hoverinfo: 'skip',
    } satisfies Data;
  });
}

/**
 * Contours of p and q (eight lines each, in each one's colour), their components' 1σ ellipses
 * (dotted; their centres and edges are the drag handles), and on request the pointwise integrand as a
 * heatmap (purple where it is positive, green where negative, white at 0), in nats or bits per unit area.
 * `keys`: the legend and colour bar above and below the plot (phones, where width is short), or
 * beside it (presentation mode: a projector is short of height).
 */
export function continuous2Figure(
  view: Continuous2View,
  specs: { p: Continuous2Spec; q: Continuous2Spec },
  unit: InformationUnit,
  heatmap: IntegrandDirection | null,
  keys: 'below' | 'beside' = 'below',
): Figure {
  const n = view.x.length;
  const x = Array.from(view.x);
  const y = Array.from(view.y);
  const box = focusSquare(view);
  const step = roundStep(box.x[1] - box.x[0], 5);
  const data: Data[] = [];
  if (heatmap) {
    const z = gridRows(heatmap === 'pq' ? view.klPQ : view.klQP, n, (v) => inUnit(v, unit));
    const extent = Math.max(1e-300, ...z.flat().map(Math.abs));
    data.push({
      type: 'heatmap',
      x,
      y,
      z,
      zmin: -extent,
      zmax: extent,
      colorscale: [
        [0, NEGATIVE_COLOR],
        [0.5, '#ffffff'],
        [1, INTEGRAND_COLOR],
      ],
      colorbar: {
        // The colour bar's labels sit in space of their own: with Plotly's default ('hide past
        // div') each label's redraw measures every label's box (getBoundingClientRect), quadratic
        // in the ticks, on every full redraw of a drag (the 2-D mixture's largest single cost).
        ticklabeloverflow: 'allow',
        ...(keys === 'below'
          ? {
              // Below the plot, not beside it: the axes keep equal scales, so width is what a
              // phone lacks.
              orientation: 'h',
              thickness: 10,
              len: 0.8,
              x: 0.5,
              xanchor: 'center',
              // At the figure's foot (container coordinates), below the x axis's title at any
              // height: a fraction of the plot's height put it on that title on a phone.
              yref: 'container',
              y: 0.005,
              yanchor: 'bottom',
              title: { text: unit, side: 'right' },
            }
          : {
              // Beside it on a projector, where height is what the screen lacks.
              thickness: 12,
              len: 0.6,
              x: 1.02,
              xanchor: 'left',
              y: 0,
              yanchor: 'bottom',
              title: { text: unit, side: 'top' },
            }),
      },
      name: integrandName(heatmap),
      hovertemplate: `x = %{x:.3f}, y = %{y:.3f}<br>${integrandName(heatmap)} = %{z:.4g} ${perUnit(unit, true)}<extra></extra>`,
    });
  }
  for (const [key, name, values] of [
    ['p', 'p', view.p],
    ['q', 'q', view.q],
  ] as const) {
    data.push({
      type: 'contour',
      x,
      y,
      z: gridRows(values, n),
      name: `${name}(x, y)`,
      showlegend: true,
      showscale: false,
      ncontours: 8,
      contours: { coloring: 'lines' },
      colorscale: singleColour(COLORS[key]),
      line: { width: 1.6, ...(key === 'q' ? { dash: 'dash' as const } : {}) },
      hovertemplate: `x = %{x:.3f}, y = %{y:.3f}<br>${name}(x, y) = %{z:.4g}<extra></extra>`,
    } as Data);
  }
  data.push(...ellipseTraces(specs.p, 'P', COLORS.p), ...ellipseTraces(specs.q, 'Q', COLORS.q));
  const layout: Partial<Layout> = {
    ...baseLayout('continuous2'),
    hovermode: 'closest',
    showlegend: true,
    ...(keys === 'below'
      ? {
          margin: { l: 48, r: 16, t: 36, b: 84 },
          legend: { orientation: 'h', x: 0, y: 1.02, yanchor: 'bottom' },
        }
      : {
          // Legend and colour bar in the spare width at the right: every pixel of height goes to
          // the square plot.
          margin: { l: 48, r: 16, t: 10, b: 44 },
          legend: { orientation: 'v', x: 1.02, xanchor: 'left', y: 1, yanchor: 'top' },
        }),
    // Equal scales (the plot area shrinks to keep them, constrain: 'domain'; the chart's CSS gives it
    // a near-square box, so it fills its card), both axes stepping by the same round value.
    xaxis: {
      title: { text: 'x' },
      range: [...box.x],
      gridcolor: COLORS.grid,
      zeroline: false,
      constrain: 'domain',
      tick0: 0,
      dtick: step,
    },
    yaxis: {
      title: { text: 'y' },
      range: [...box.y],
      gridcolor: COLORS.grid,
      zeroline: false,
      scaleanchor: 'x',
      scaleratio: 1,
      constrain: 'domain',
      tick0: 0,
      dtick: step,
    },
  };
  return { data, layout };
}
