import type { DistillationGradientPoint } from '../../../core/ml/distillation';
import type { Figure } from '../../plots/figures/layout';
import { baseLayout } from '../../plots/figures/layout';
import { logAxis } from '../../plots/figures/logTicks';
import { COLORS } from '../../theme';

/**
 * ‖∂loss/∂s‖ against T on log–log axes, with the T² factor (flat for large T) and without it
 * (falling like 1/T²), and a dotted line at the current T.
 */
export function gradientScaleFigure(
  points: readonly DistillationGradientPoint[],
  currentT: number,
): Figure {
  const T = points.map((p) => p.temperature);
  const positive = points
    .flatMap((p) => [p.gradientNorm, p.gradientNormUnscaled])
    .filter((v) => v > 0);
  const yMin = positive.length ? Math.min(...positive) : 1e-6;
  const yMax = positive.length ? Math.max(...positive) : 1;
  return {
    data: [
      {
        type: 'scatter',
        mode: 'lines',
        name: 'with T² (T²·KL)',
        x: T,
        y: points.map((p) => p.gradientNorm),
        line: { color: COLORS.mix, width: 3 },
        hovertemplate: 'T = %{x:.3g}: ‖∇‖ = %{y:.4g}<extra>with T²</extra>',
      },
      {
        type: 'scatter',
        mode: 'lines',
        name: 'without T² (KL)',
        x: T,
        y: points.map((p) => p.gradientNormUnscaled),
        line: { color: COLORS.neutral, width: 3, dash: 'dash' },
        hovertemplate: 'T = %{x:.3g}: ‖∇‖ = %{y:.4g}<extra>without T²</extra>',
      },
      {
        type: 'scatter',
        mode: 'lines',
        name: `T = ${Number(currentT.toPrecision(3))}`,
        x: [currentT, currentT],
        y: [yMin, yMax],
        line: { color: COLORS.text, width: 1, dash: 'dot' },
        hoverinfo: 'skip',
        showlegend: false,
      },
    ],
    layout: {
      ...baseLayout('distill-gradient'),
      xaxis: {
        title: { text: 'temperature T' },
        ...logAxis(Math.min(...T), Math.max(...T)),
      },
      yaxis: {
        title: { text: '‖∂loss/∂student logits‖' },
        type: 'log',
        automargin: true,
        exponentformat: 'power',
        dtick: 1, // one label per decade: the 2 and 5 minor labels crowd a log axis
      },
      legend: { orientation: 'h', x: 0, y: 1.15 },
    },
  };
}
