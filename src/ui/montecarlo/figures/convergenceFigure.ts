import type { Data } from 'plotly.js';
import type { MonteCarloTracePoint } from '../../../core/montecarlo/chunk';
import { inUnit, type InformationUnit } from '../../../core/units';
import { baseLayout } from '../../plots/figures/layout';
import type { Figure } from '../../plots/figures/layout';
import { COLORS } from '../../theme';

export const ESTIMATORS = ['k1', 'k2', 'k3'] as const;
export type Estimator = (typeof ESTIMATORS)[number];

/**
 * Okabe–Ito colours that are neither P's blue nor Q's vermillion: the estimators belong to neither.
 */
export const ESTIMATOR_COLORS: { readonly [K in Estimator]: string } = {
  k1: '#CC79A7',
  k2: '#E69F00',
  k3: '#009E73',
};

/** Translucent fill for a ±2 SE band in an estimator's colour. */
const bandFill = (hex: string) =>
  `rgba(${parseInt(hex.slice(1, 3), 16)},${parseInt(hex.slice(3, 5), 16)},${parseInt(hex.slice(5, 7), 16)},0.16)`;

export interface ConvergenceOptions {
  readonly shown: { readonly [K in Estimator]: boolean };
  /** The closed-form or numeric value in nats, drawn as a line; null when there is none. */
  readonly exact: number | null;
  readonly unit: InformationUnit;
  /** Names the divergence in the axis title, e.g. 'KL(P‖Q)'. */
  readonly label: string;
}

/**
 * The running estimate of each shown estimator against N (log axis) with its ±2 SE band, and the
 * exact value as a dashed horizontal line. Points whose estimate is +∞ are left out (the readout
 * says why), and so are band points whose SE is not finite (N = 1).
 */
export function convergenceFigure(
  trace: readonly MonteCarloTracePoint[],
  options: ConvergenceOptions,
): Figure {
  const { shown, exact, unit, label } = options;
  const data: Data[] = [];
  const ns = trace.map((t) => t.n);
  for (const k of ESTIMATORS) {
    if (!shown[k] || trace.length === 0) continue;
    const color = ESTIMATOR_COLORS[k];
    const points = trace.filter((t) => Number.isFinite(t[k].estimate));
    const banded = points.filter((t) => Number.isFinite(t[k].se));
    if (banded.length > 1) {
      const upper = banded.map((t) => inUnit(t[k].estimate + 2 * t[k].se, unit));
      const lower = banded.map((t) => inUnit(t[k].estimate - 2 * t[k].se, unit));
      data.push({
        type: 'scatter',
        mode: 'lines',
        name: `${k} ± 2 SE`,
        x: [...banded.map((t) => t.n), ...banded.map((t) => t.n).reverse()],
        y: [...upper, ...lower.reverse()],
        fill: 'toself',
        fillcolor: bandFill(color),
        line: { width: 0, color },
        hoverinfo: 'skip',
        showlegend: false,
        legendgroup: k,
      });
    }
    data.push({
      type: 'scatter',
      mode: 'lines+markers',
      name: k,
      legendgroup: k,
      x: points.map((t) => t.n),
      y: points.map((t) => inUnit(t[k].estimate, unit)),
      line: { color, width: 2 },
      marker: { color, size: 5 },
      hovertemplate: `${k} after N = %{x:,}: %{y:.5g}<extra></extra>`,
    });
  }
  if (exact !== null && Number.isFinite(exact) && ns.length > 0) {
    const y = inUnit(exact, unit);
    data.push({
      type: 'scatter',
      mode: 'lines',
      name: 'exact',
      x: [ns[0]!, ns[ns.length - 1]!],
      y: [y, y],
      line: { color: COLORS.text, width: 1.5, dash: 'dash' },
      hovertemplate: `exact: %{y:.6g}<extra></extra>`,
    });
  }
  const yRange = settledRange(trace, options);
  return {
    data,
    layout: {
      ...baseLayout(`mc-convergence-${label}`),
      // Fixed margins, not automargin: it costs Plotly a second layout pass on every redraw, and
      // this plot is redrawn while a run competes with the workers for the cores. The left one
      // holds six-character tick labels ("−0.0125") and the axis title; the bottom one the decade
      // labels, which Plotly tilts on a phone.
      margin: { l: 72, r: 16, t: 28, b: 64 },
      // One short label per decade and a handful on y: Plotly measures every label on every redraw.
      // ticklabeloverflow 'allow' on x (Plot gives it to every y axis): the fixed margins hold every
      // label, and Plotly otherwise measures each one's box to hide those past the div, forcing a
      // layout of the page (busy with the run's progress) per label: 137 ms of a 2·10⁷ run's profile.
      xaxis: {
        type: 'log',
        title: { text: 'samples N' },
        ticklabeloverflow: 'allow',
        ...decadeTicks(ns),
      },
      yaxis: {
        title: { text: `${label} estimate (${unit})` },
        nticks: 6,
        zeroline: true,
        ...(yRange ? { range: yRange } : {}),
      },
      // The key is HTML beside the estimator toggles (ConvergenceChart): a Plotly legend repeated
      // them and cost ≈ 15 % of each redraw.
      showlegend: false,
    },
  };
}

/** Decade ticks 1, 10, 100, 1k, … 100M covering the sample counts, labelled in four characters. */
export function decadeTicks(ns: readonly number[]): { tickvals: number[]; ticktext: string[] } {
  const top = ns.length > 0 ? Math.max(1, ...ns) : 1;
  const tickvals: number[] = [];
  const ticktext: string[] = [];
  for (let k = 0; 10 ** k <= top * 10 && k <= 15; k++) {
    tickvals.push(10 ** k);
    ticktext.push(
      k < 3
        ? String(10 ** k)
        : k < 6
          ? `${10 ** (k - 3)}k`
          : k < 9
            ? `${10 ** (k - 6)}M`
            : `${10 ** (k - 9)}G`,
    );
  }
  return { tickvals, ticktext };
}

/**
 * The y range that frames the estimates once they have settled: the shown estimates ± 2 SE and the
 * exact value over N ≥ min(100, N_last/10), padded by 8 %. The first few points (N = 1, 2, 5) can be
 * far off, and letting them set the scale would flatten everything that matters. Null when nothing
 * finite is shown (Plotly then autoscales).
 */
export function settledRange(
  trace: readonly MonteCarloTracePoint[],
  { shown, exact, unit }: ConvergenceOptions,
): [number, number] | null {
  if (trace.length === 0) return null;
  const cut = Math.min(100, trace[trace.length - 1]!.n / 10);
  const ys: number[] = [];
  for (const t of trace) {
    if (t.n < cut) continue;
    for (const k of ESTIMATORS) {
      if (!shown[k] || !Number.isFinite(t[k].estimate)) continue;
      ys.push(t[k].estimate);
      if (Number.isFinite(t[k].se))
        ys.push(t[k].estimate - 2 * t[k].se, t[k].estimate + 2 * t[k].se);
    }
  }
  if (exact !== null && Number.isFinite(exact)) ys.push(exact);
  if (ys.length === 0) return null;
  const lo = inUnit(Math.min(...ys), unit);
  const hi = inUnit(Math.max(...ys), unit);
  const pad = hi > lo ? 0.08 * (hi - lo) : Math.max(0.1 * Math.abs(hi), 1e-3);
  return [lo - pad, hi + pad];
}
