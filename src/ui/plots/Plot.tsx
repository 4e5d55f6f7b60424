import type { Config } from 'plotly.js';
import { useMemo } from 'react';
import { useAppStore } from '../../state/store';
import { scaleLayout } from './figures/layout';
import type { Figure } from './figures/layout';
import { PlotlyComponent } from './LazyPlotly';
import { useScheduledRedraw } from './redrawScheduler';

const BASE_CONFIG: Partial<Config> = {
  displaylogo: false,
  showSendToCloud: false,
  responsive: true,
  modeBarButtonsToRemove: ['lasso2d', 'select2d'],
};

/** How much larger fonts and charts are in large-type mode (for projectors). */
export const LARGE_TYPE_SCALE = 1.45;

/**
 * A Plotly chart that fills its container's width. `name` becomes the file name of Plotly's
 * "download plot" export (kl-explorer-<name>.png).
 */
export function Plot({
  figure,
  title,
  testId,
  height = 300,
  name = testId,
}: {
  figure: Figure;
  title: string;
  testId: string;
  height?: number;
  name?: string;
}) {
  const largeType = useAppStore((s) => s.largeType || s.present); // present=1 implies large type
  const scale = largeType ? LARGE_TYPE_SCALE : 1;
  const shown = useScheduledRedraw(figure);
  const layout = useMemo(() => scaleLayout(shown.layout, scale), [shown.layout, scale]);
  const config = useMemo(
    (): Partial<Config> => ({
      ...BASE_CONFIG,
      toImageButtonOptions: { filename: `kl-explorer-${name}`, format: 'png', scale: 2 },
    }),
    [name],
  );
  return (
    <figure className="plot" data-testid={testId} data-plot-name={name} aria-label={title}>
      <PlotlyComponent
        data={shown.data}
        layout={layout}
        config={config}
        useResizeHandler
        style={{ width: '100%', height: Math.round(height * (largeType ? 1.25 : 1)) }}
      />
    </figure>
  );
}
