import type { Figure } from '../../plots/figures/layout';
import { baseLayout } from '../../plots/figures/layout';
import { COLORS } from '../../theme';

export interface TrustRegionCurve {
  readonly eta: readonly number[];
  readonly klOldNew: readonly number[];
  readonly klNewOld: readonly number[];
}

/**
 * KL(π_old‖π_new) (blue) and KL(π_new‖π_old) (vermillion) against the step size η, the bound δ as a
 * horizontal line, and the chosen η as a dotted vertical line.
 */
export function trustRegionFigure(curve: TrustRegionCurve, delta: number, eta: number): Figure {
  const xMax = curve.eta[curve.eta.length - 1] ?? 1;
  const yTop = Math.max(
    delta * 1.5,
    ...curve.klOldNew.filter(Number.isFinite),
    ...curve.klNewOld.filter(Number.isFinite),
  );
  return {
    data: [
      {
        type: 'scatter',
        mode: 'lines',
        name: 'KL(π_old‖π_new)',
        x: [...curve.eta],
        y: [...curve.klOldNew],
        line: { color: COLORS.p, width: 3 },
        hovertemplate: 'η = %{x:.3g}: %{y:.4g} nats<extra>KL(old‖new)</extra>',
      },
      {
        type: 'scatter',
        mode: 'lines',
        name: 'KL(π_new‖π_old)',
        x: [...curve.eta],
        y: [...curve.klNewOld],
        line: { color: COLORS.q, width: 3, dash: 'dash' },
        hovertemplate: 'η = %{x:.3g}: %{y:.4g} nats<extra>KL(new‖old)</extra>',
      },
      {
        type: 'scatter',
        mode: 'lines',
        name: 'δ',
        x: [0, xMax],
        y: [delta, delta],
        line: { color: COLORS.text, width: 1.5 },
        hoverinfo: 'skip',
      },
      {
        type: 'scatter',
        mode: 'lines',
        name: 'η',
        x: [eta, eta],
        y: [0, yTop],
        line: { color: COLORS.neutral, width: 1, dash: 'dot' },
        hoverinfo: 'skip',
        showlegend: false,
      },
    ],
    layout: {
      ...baseLayout('rl-kl'),
      xaxis: { title: { text: 'step size η' }, range: [0, xMax] },
      yaxis: { title: { text: 'KL (nats)' }, rangemode: 'tozero', automargin: true },
      legend: { orientation: 'h', x: 0, y: 1.15 },
    },
  };
}
