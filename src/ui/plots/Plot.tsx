import type { Config } from 'plotly.js';
import type { Figure } from './figures/measuresFigure';
import { PlotlyComponent } from './plotly';

const CONFIG: Partial<Config> = {
  displaylogo: false,
  showSendToCloud: false,
  showLink: false,
  responsive: true,
  modeBarButtonsToRemove: ['lasso2d', 'select2d'],
};

/** A Plotly chart that fills its container's width. */
export function Plot({
  figure,
  title,
  testId,
  height = 300,
}: {
  figure: Figure;
  title: string;
  testId: string;
  height?: number;
}) {
  return (
    <figure className="plot" data-testid={testId} aria-label={title}>
      <PlotlyComponent
        data={figure.data}
        layout={figure.layout}
        config={CONFIG}
        useResizeHandler
        style={{ width: '100%', height }}
      />
    </figure>
  );
}
