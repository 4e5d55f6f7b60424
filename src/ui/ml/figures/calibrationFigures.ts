import type { ReliabilityDiagram, TemperatureFit } from '../../../core/ml/calibration';
import type { Figure } from '../../plots/figures/layout';
import { baseLayout } from '../../plots/figures/layout';
import { logAxis } from '../../plots/figures/logTicks';
import { COLORS } from '../../theme';

/** NLL(T) on a log T axis, with the fitted temperature marked and T = 1 (no scaling) dotted. */
export function nllCurveFigure(
  curve: readonly { readonly T: number; readonly nll: number }[],
  fit: TemperatureFit,
  nllAtOne: number,
): Figure {
  const T = curve.map((c) => c.T);
  return {
    data: [
      {
        type: 'scatter',
        mode: 'lines',
        name: 'NLL(T)',
        x: T,
        y: curve.map((c) => c.nll),
        line: { color: COLORS.q, width: 3 },
        hovertemplate: 'T = %{x:.3g}: NLL = %{y:.4g} nats<extra></extra>',
      },
      {
        type: 'scatter',
        mode: 'markers',
        name: 'T = 1 (as trained)',
        x: [1],
        y: [nllAtOne],
        marker: { color: COLORS.neutral, size: 10, symbol: 'circle-open', line: { width: 2 } },
        hovertemplate: 'T = 1: NLL = %{y:.4g} nats<extra></extra>',
      },
      {
        type: 'scatter',
        mode: 'markers',
        name: `fitted T = ${fit.temperature.toPrecision(4)}`,
        x: [fit.temperature],
        y: [fit.nll],
        marker: { color: COLORS.mix, size: 12, symbol: 'diamond' },
        hovertemplate: 'fitted T = %{x:.4g}: NLL = %{y:.4g} nats<extra></extra>',
      },
    ],
    layout: {
      ...baseLayout('cal-nll'),
      xaxis: {
        title: { text: 'temperature T' },
        ...logAxis(Math.min(...T, fit.temperature, 1), Math.max(...T, fit.temperature, 1)),
      },
      yaxis: { title: { text: 'NLL (nats per sample)' }, automargin: true },
      legend: { orientation: 'h', x: 0, y: 1.18 },
    },
  };
}

/**
 * Reliability diagram: accuracy per confidence bin before (T = 1) and after (fitted T) temperature
 * scaling, against the diagonal of perfect calibration. Empty bins are gaps.
 */
export function reliabilityFigure(before: ReliabilityDiagram, after: ReliabilityDiagram): Figure {
  const centres = before.bins.map((b) => (b.lower + b.upper) / 2);
  const width = before.bins[0] ? before.bins[0].upper - before.bins[0].lower : 0.1;
  const bars = (name: string, d: ReliabilityDiagram, color: string, offset: number) => ({
    type: 'bar' as const,
    name,
    x: centres.map((c) => c + offset * width * 0.22),
    y: d.bins.map((b) => b.accuracy),
    width: width * 0.42,
    marker: { color },
    customdata: d.bins.map((b) => [b.count, b.confidence ?? 0]),
    hovertemplate:
      'bin %{x:.2f}: accuracy %{y:.3f}, mean confidence %{customdata[1]:.3f}, n = %{customdata[0]}<extra>' +
      name +
      '</extra>',
  });
  return {
    data: [
      bars(`before (ECE ${(before.ece * 100).toFixed(1)}%)`, before, COLORS.q, -1),
      bars(`after (ECE ${(after.ece * 100).toFixed(1)}%)`, after, COLORS.mix, 1),
      {
        type: 'scatter',
        mode: 'lines',
        name: 'perfectly calibrated',
        x: [0, 1],
        y: [0, 1],
        line: { color: COLORS.text, width: 1.5, dash: 'dot' },
        hoverinfo: 'skip',
      },
    ],
    layout: {
      ...baseLayout('cal-reliability'),
      barmode: 'overlay',
      xaxis: { title: { text: 'confidence (max probability)' }, range: [0, 1] },
      yaxis: { title: { text: 'accuracy' }, range: [0, 1.02], automargin: true },
      legend: { orientation: 'h', x: 0, y: 1.18 },
    },
  };
}
