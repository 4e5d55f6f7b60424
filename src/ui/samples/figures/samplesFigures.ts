import type { Data } from 'plotly.js';
import { gaussianComponents2, logDensity1 } from '../../../core/families/registry';
import { ellipsePoints } from '../../../core/distributions/ellipse';
import type { Continuous1Spec, Continuous2Spec } from '../../../core/distributions/types';
import type { MleFitPoint } from '../../../core/samples/mleStudy';
import { baseLayout, type Figure } from '../../plots/figures/layout';
import { COLORS } from '../../theme';

/** The estimators' colour: neither P's nor Q's (they belong to the pair). */
export const ESTIMATE_COLOR = '#CC79A7';

/**
 * KL(P‖Q̂_n) against n, both axes logarithmic, with the forward-KL optimum KL(P‖Q*) as a dashed line
 * it converges to. When P is itself in Q's family the optimum is 0, which a log axis cannot show; the
 * dashed line is then the large-n rate E[KL(P‖Q̂_n)] ≈ (number of parameters)/(2n) of a correctly
 * specified fit. Points with KL = 0 (off a log axis) are left out.
 */
export function mleTraceFigure(
  trace: readonly MleFitPoint[],
  forwardKl: number,
  parameters: number,
): Figure {
  const pts = trace.filter((t) => t.kl > 0);
  const ns = trace.map((t) => t.n);
  const lo = ns[0] ?? 10;
  const hi = ns[ns.length - 1] ?? 10;
  const data: Data[] = [
    {
      type: 'scatter',
      mode: 'lines+markers',
      name: 'KL(P‖Q̂ₙ), exact for the fit',
      x: pts.map((t) => t.n),
      y: pts.map((t) => t.kl),
      line: { color: COLORS.q, width: 2 },
      marker: { size: 6 },
    },
  ];
  if (forwardKl > 1e-12)
    data.push({
      type: 'scatter',
      mode: 'lines',
      name: 'forward-KL optimum KL(P‖Q*)',
      x: [lo, hi],
      y: [forwardKl, forwardKl],
      line: { color: COLORS.neutral, dash: 'dash', width: 2 },
    });
  else
    data.push({
      type: 'scatter',
      mode: 'lines',
      name: `P is in Q's family (optimum 0): ${parameters}/(2n)`,
      x: [lo, hi],
      y: [parameters / (2 * lo), parameters / (2 * hi)],
      line: { color: COLORS.neutral, dash: 'dash', width: 2 },
    });
  return {
    data,
    layout: {
      ...baseLayout('samples-mle-trace'),
      xaxis: { type: 'log', title: { text: 'samples n' }, gridcolor: COLORS.grid },
      yaxis: { type: 'log', title: { text: 'KL(P‖Q̂ₙ), nats' }, gridcolor: COLORS.grid },
      legend: { orientation: 'h', x: 0, y: 1.02, yanchor: 'bottom' },
      margin: { l: 64, r: 16, t: 48, b: 48 },
    },
  };
}

/**
 * The average log-likelihood (1/n)Σ log q̂(xᵢ) and −H(P, Q̂ₙ) = E_P[log q̂ₙ] against n (log axis): the
 * first is a sample mean of the second's integrand, so the two meet as n grows.
 */
export function loglikFigure(trace: readonly MleFitPoint[]): Figure {
  const x = trace.map((t) => t.n);
  return {
    data: [
      {
        type: 'scatter',
        mode: 'lines+markers',
        name: '(1/n) Σ log q̂(xᵢ)',
        x,
        y: trace.map((t) => t.avgLogLik),
        line: { color: COLORS.p, width: 2 },
      },
      {
        type: 'scatter',
        mode: 'lines+markers',
        name: '−H(P, Q̂ₙ) = E_P[log q̂ₙ]',
        x,
        y: trace.map((t) => t.negCrossEntropy),
        line: { color: COLORS.q, width: 2, dash: 'dot' },
      },
    ],
    layout: {
      ...baseLayout('samples-loglik'),
      xaxis: { type: 'log', title: { text: 'samples n' }, gridcolor: COLORS.grid },
      yaxis: { title: { text: 'nats per sample' }, gridcolor: COLORS.grid },
      legend: { orientation: 'h', x: 0, y: 1.02, yanchor: 'bottom' },
      margin: { l: 64, r: 16, t: 48, b: 48 },
    },
  };
}

/**
 * The samples' histogram as a density (count/(n·width), so its area is 1) with the fitted density q̂
 * over it on 200 points.
 */
export function fitOverHistogramFigure(
  histogram: { readonly lo: number; readonly width: number; readonly counts: ArrayLike<number> },
  q: Continuous1Spec,
): Figure {
  const { lo, width, counts } = histogram;
  let n = 0;
  for (let i = 0; i < counts.length; i++) n += counts[i]!;
  const centres = Array.from({ length: counts.length }, (_, i) => lo + (i + 0.5) * width);
  const heights = Array.from(counts, (c) => c / (n * width));
  const hi = lo + width * counts.length;
  const logq = logDensity1(q);
  const xs = Array.from({ length: 200 }, (_, i) => lo + ((hi - lo) * i) / 199);
  return {
    data: [
      {
        type: 'bar',
        name: 'samples of P (histogram)',
        x: centres,
        y: heights,
        width: width,
        marker: { color: COLORS.p, opacity: 0.45 },
      },
      {
        type: 'scatter',
        mode: 'lines',
        name: 'fitted Q̂ (maximum likelihood)',
        x: xs,
        y: xs.map((x) => Math.exp(logq(x))),
        line: { color: COLORS.q, width: 2.5 },
      },
    ],
    layout: {
      ...baseLayout('samples-fit'),
      bargap: 0,
      xaxis: { title: { text: 'x' }, gridcolor: COLORS.grid },
      yaxis: { title: { text: 'density' }, gridcolor: COLORS.grid, rangemode: 'tozero' },
      legend: { orientation: 'h', x: 0, y: 1.02, yanchor: 'bottom' },
      margin: { l: 56, r: 16, t: 48, b: 48 },
    },
  };
}

/** 2-D: the first points of P's sample and the fitted Q̂'s 1σ and 2σ ellipses. */
export function fitOverScatterFigure(points: ArrayLike<number>, q: Continuous2Spec): Figure {
  const x: number[] = [];
  const y: number[] = [];
  for (let i = 0; i + 1 < points.length; i += 2) {
    x.push(points[i]!);
    y.push(points[i + 1]!);
  }
  // Each component's 1σ and 2σ ellipses, one trace (NaN breaks the line between them).
  const ex: number[] = [];
  const ey: number[] = [];
  const parts = gaussianComponents2(q).map((c) => c.component);
  for (const spec of parts)
    for (const scale of [1, 2]) {
      const e = ellipsePoints({ ...spec, sx: scale * spec.sx, sy: scale * spec.sy });
      if (ex.length > 0) {
        ex.push(NaN);
        ey.push(NaN);
      }
      ex.push(...e.x);
      ey.push(...e.y);
    }
  return {
    data: [
      {
        type: 'scatter',
        mode: 'markers',
        name: 'samples of P',
        x,
        y,
        marker: { color: COLORS.p, size: 3, opacity: 0.5 },
      },
      {
        type: 'scatter',
        mode: 'lines',
        name: parts.length > 1 ? 'fitted Q̂: each component’s 1σ, 2σ' : 'fitted Q̂: 1σ, 2σ',
        x: ex,
        y: ey,
        line: { color: COLORS.q, width: 2.5 },
      },
    ],
    layout: {
      ...baseLayout('samples-fit2'),
      xaxis: { title: { text: 'x' }, gridcolor: COLORS.grid },
      yaxis: { title: { text: 'y' }, gridcolor: COLORS.grid, scaleanchor: 'x' },
      legend: { orientation: 'h', x: 0, y: 1.02, yanchor: 'bottom' },
      margin: { l: 56, r: 16, t: 48, b: 48 },
    },
  };
}

export interface EstimateRow {
  readonly label: string;
  /** Null when the estimate is not available (the readout says why). */
  readonly value: number | null;
  readonly lo: number | null;
  readonly hi: number | null;
}

/**
 * Each estimate as a point with its 95 % interval as an error bar, one row per estimator, and the
 * exact KL(P‖Q) as a dashed vertical line when P and Q are known. An infinite or missing estimate
 * has no point; its row's label says so.
 */
export function estimatorsFigure(rows: readonly EstimateRow[], exact: number | null): Figure {
  const shown = rows.filter((r) => r.value !== null && Number.isFinite(r.value));
  const labels = rows.map((r) =>
    r.value === Infinity ? `${r.label}: ∞` : r.value === null ? `${r.label}: —` : r.label,
  );
  const data: Data[] = [
    {
      type: 'scatter',
      mode: 'markers',
      name: 'estimate with 95 % interval',
      y: shown.map((r) => labels[rows.indexOf(r)]!),
      x: shown.map((r) => r.value!),
      error_x: {
        type: 'data',
        symmetric: false,
        array: shown.map((r) => (r.hi === null ? 0 : r.hi - r.value!)),
        arrayminus: shown.map((r) => (r.lo === null ? 0 : r.value! - r.lo)),
        color: ESTIMATE_COLOR,
        thickness: 2,
        width: 8,
      },
      marker: { color: ESTIMATE_COLOR, size: 11 },
    },
  ];
  const known = exact !== null && Number.isFinite(exact);
  return {
    data,
    layout: {
      ...baseLayout('samples-estimators'),
      shapes: known
        ? [
            {
              type: 'line',
              xref: 'x',
              yref: 'paper',
              x0: exact,
              x1: exact,
              y0: 0,
              y1: 1,
              line: { color: COLORS.text, dash: 'dash', width: 2 },
            },
          ]
        : [],
      annotations: known
        ? [
            {
              x: exact,
              xref: 'x',
              y: 1,
              yref: 'paper',
              yanchor: 'bottom',
              text: 'exact KL(P‖Q)',
              showarrow: false,
            },
          ]
        : [],
      xaxis: { title: { text: 'KL(P‖Q), nats' }, gridcolor: COLORS.grid, zeroline: true },
      yaxis: { type: 'category', categoryarray: labels, automargin: true },
      showlegend: false,
      margin: { l: 16, r: 16, t: 28, b: 48 },
    },
  };
}
