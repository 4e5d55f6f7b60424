import { afterFirstNumbers } from '../afterFirstNumbers';
import type { MarkMover } from './drawFigure';
import type { Plotly, PlotlyComponent } from './plotly';

export type PlotlyApi = typeof Plotly;
export type PlotlyComponentType = typeof PlotlyComponent;

/** The lazily loaded chart library: Plotly itself and react-plotly.js's component bound to it. */
export interface PlotlyModule {
  readonly Plotly: PlotlyApi;
  readonly PlotlyComponent: PlotlyComponentType;
  /** A drag's direct draws (moveMarks.ts), in the same chunk: only charts need them. */
  readonly marks: MarkMover;
}

let loading: Promise<PlotlyModule> | null = null;

/**
 * Plotly, fetched once for every chart on the page, and only after the first numbers are on
 * screen (afterFirstNumbers): the charts' library never delays the readouts.
 */
export function loadPlotly(): Promise<PlotlyModule> {
  loading ??= afterFirstNumbers
    .then(() => import('./plotly'))
    .then((m) => ({
      Plotly: m.Plotly,
      PlotlyComponent: m.PlotlyComponent,
      marks: { moveKind: m.moveKind, moveMarks: m.moveMarks },
    }));
  return loading;
}
