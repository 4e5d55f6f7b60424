import { formatNumber } from '../../format';
import type { Figure } from '../../plots/figures/layout';
import { baseLayout } from '../../plots/figures/layout';
import { COLORS } from '../../theme';

/**
 * The KL of each latent dimension as a bar; "switched off" dimensions (KL below the threshold)
 * are grey and labelled "off", the others blue.
 */
export function vaeFigure(perDimension: readonly number[], switchedOff: readonly number[]): Figure {
  const off = new Set(switchedOff);
  const labels = perDimension.map((_, d) => `z${d + 1}`);
  return {
    data: [
      {
        type: 'bar',
        name: 'KL per dimension',
        x: labels,
        y: [...perDimension],
        marker: { color: perDimension.map((_, d) => (off.has(d) ? '#b9c1cb' : COLORS.p)) },
        text: perDimension.map((v, d) =>
          off.has(d) ? `off (${formatNumber(v, 2)})` : formatNumber(v, 3),
        ),
        textposition: 'outside',
        cliponaxis: false,
        hovertemplate: '%{x}: KL = %{y:.6g} nats<extra></extra>',
      },
    ],
    layout: {
      ...baseLayout('vae-kl'),
      showlegend: false,
      xaxis: { title: { text: 'latent dimension' }, type: 'category' },
      yaxis: { title: { text: 'KL (nats)' }, rangemode: 'tozero', automargin: true },
    },
  };
}
