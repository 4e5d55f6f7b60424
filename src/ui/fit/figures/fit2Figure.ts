import { gaussianComponents2 } from '../../../core/families/registry';
import type { Data } from 'plotly.js';
import type { Continuous2Spec } from '../../../core/distributions/types';
import { logDensity2 } from '../../../core/families/registry';
import type { Gaussian2 } from '../../../core/fit';
import { baseLayout } from '../../plots/figures/layout';
import { COLORS } from '../../theme';
import type { Figure } from '../../plots/figures/layout';

/**
 * The 1σ ellipse of N(m, Σ): m + L(cos t, sin t), L the Cholesky factor of Σ
 * (L₁₁ = √a, L₂₁ = b/L₁₁, L₂₂ = √(c − L₂₁²)), `n` points, closed (first = last).
 */
export function ellipse1Sigma(q: Gaussian2, n = 73): { x: number[]; y: number[] } {
  const l11 = Math.sqrt(q.cov[0][0]);
  const l21 = q.cov[0][1] / l11;
  const l22 = Math.sqrt(Math.max(0, q.cov[1][1] - l21 * l21));
  const x: number[] = [];
  const y: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = (2 * Math.PI * i) / (n - 1);
    x.push(q.mean[0] + l11 * Math.cos(t));
    y.push(q.mean[1] + l21 * Math.cos(t) + l22 * Math.sin(t));
  }
  return { x, y };
}

/** The square plotting box: P's components' means ± 3.5 sd and both fits' 2σ boxes. */
export function fit2Box(
  p: Continuous2Spec,
  fits: readonly Gaussian2[],
): [number, number, number, number] {
  const comps = gaussianComponents2(p).map((c) => c.component);
  let x0 = Infinity;
  let x1 = -Infinity;
  let y0 = Infinity;
  let y1 = -Infinity;
  for (const c of comps) {
    x0 = Math.min(x0, c.mx - 3.5 * c.sx);
    x1 = Math.max(x1, c.mx + 3.5 * c.sx);
    y0 = Math.min(y0, c.my - 3.5 * c.sy);
    y1 = Math.max(y1, c.my + 3.5 * c.sy);
  }
  for (const q of fits) {
    const sx = 2 * Math.sqrt(q.cov[0][0]);
    const sy = 2 * Math.sqrt(q.cov[1][1]);
    x0 = Math.min(x0, q.mean[0] - sx);
    x1 = Math.max(x1, q.mean[0] + sx);
    y0 = Math.min(y0, q.mean[1] - sy);
    y1 = Math.max(y1, q.mean[1] + sy);
  }
  return [x0, x1, y0, y1];
}

/**
 * The forward fit's colour in the 2-D chart: Okabe–Ito reddish purple, distinct from P's blue and
 * the reverse fit's vermillion under the common colour-vision deficiencies; its dashes tell it
 * apart in greyscale as well.
 */
export const FORWARD_FIT_COLOR = '#CC79A7';

/**
 * Contours of P's density on an n × n grid over {@link fit2Box}, with the 1σ ellipses and means of the
 * forward fit (dashed, reddish purple) and the reverse fit (solid, vermillion) when it is known,
 * each named in the legend.
 */
export function fit2Figure(
  p: Continuous2Spec,
  forward: Gaussian2,
  reverse: Gaussian2 | null,
  n = 80,
): Figure {
  const [x0, x1, y0, y1] = fit2Box(p, reverse ? [forward, reverse] : [forward]);
  const xs = Array.from({ length: n }, (_, i) => x0 + ((x1 - x0) * i) / (n - 1));
  const ys = Array.from({ length: n }, (_, i) => y0 + ((y1 - y0) * i) / (n - 1));
  const lp = logDensity2(p);
  const z = ys.map((y) => xs.map((x) => Math.exp(lp(x, y))));
  const fe = ellipse1Sigma(forward);
  const data: Data[] = [
    {
      type: 'contour',
      x: xs,
      y: ys,
      z,
      name: 'P',
      showlegend: true,
      showscale: false,
      contours: { coloring: 'lines' },
      colorscale: [
        [0, COLORS.p],
        [1, COLORS.p],
      ],
      line: { width: 1.2 },
      hoverinfo: 'skip',
    } as Data,
    {
      type: 'scatter',
      mode: 'lines',
      x: fe.x,
      y: fe.y,
      name: 'forward fit, min KL(P‖Q)',
      line: { color: FORWARD_FIT_COLOR, width: 2.5, dash: 'dash' },
    },
  ];
  // Present even before a fit (one blank point: Plotly leaves a trace without data out of the
  // legend), like the path in fit2StartTraces: the legend keeps its entries, so the plot area does
  // not resize under a drag.
  const re = reverse ? ellipse1Sigma(reverse) : { x: [null], y: [null] };
  data.push({
    type: 'scatter',
    mode: 'lines',
    x: re.x,
    y: re.y,
    name: 'reverse fit, min KL(Q‖P)',
    line: { color: COLORS.q, width: 3 },
  });
  data.push({
    type: 'scatter',
    mode: 'markers',
    x: [forward.mean[0], ...(reverse ? [reverse.mean[0]] : [])],
    y: [forward.mean[1], ...(reverse ? [reverse.mean[1]] : [])],
    name: 'means',
    marker: { color: [FORWARD_FIT_COLOR, COLORS.q], size: 9, symbol: ['x', 'circle'] },
    showlegend: false,
  });
  return {
    data,
    layout: {
      ...baseLayout('fit-2d'),
      xaxis: { title: { text: 'x' }, range: [x0, x1], zeroline: false },
      yaxis: { title: { text: 'y' }, range: [y0, y1], scaleanchor: 'x', zeroline: false },
      showlegend: true,
      // Above the plot: below it, the legend's rows (four at 360 px) ran over the x-axis title.
      legend: { orientation: 'h', y: 1.02, yanchor: 'bottom', x: 0 },
      margin: { l: 48, r: 12, t: 16, b: 48 },
    },
  };
}

/**
 * The person's start (1σ ellipse, dotted vermillion) and, once fitted, the path of Q's mean from it
 * (vermillion line with markers): traces to append to {@link fit2Figure}'s data.
 */
export function fit2StartTraces(start: Gaussian2, path: readonly Gaussian2[]): Data[] {
  const e = ellipse1Sigma(start);
  const traces: Data[] = [
    {
      type: 'scatter',
      mode: 'lines',
      x: e.x,
      y: e.y,
      name: 'start',
      line: { color: COLORS.q, width: 1.5, dash: 'dot' },
      hoverinfo: 'skip',
    },
  ];
  // Always present, empty until there is a path: a legend entry appearing or vanishing resizes the
  // plot area, which moved the plot under the pointer at the start of every drag of the start.
  const shown = path.length > 1 ? path : [];
  traces.push({
    type: 'scatter',
    mode: 'lines+markers',
    // One blank point, not none: Plotly leaves a trace without data out of the legend.
    x: shown.length > 0 ? shown.map((q) => q.mean[0]) : [null],
    y: shown.length > 0 ? shown.map((q) => q.mean[1]) : [null],
    name: 'path (mean)',
    line: { color: COLORS.q, width: 1 },
    marker: { size: 4, color: COLORS.q },
  });
  return traces;
}
