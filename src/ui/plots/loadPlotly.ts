import { afterFirstNumbers } from '../afterFirstNumbers';
import type { Plotly } from './plotly';

export type PlotlyApi = typeof Plotly;

let loading: Promise<PlotlyApi> | null = null;

/**
 * Plotly, fetched once for every chart on the page, and only after the first numbers are on
 * screen (afterFirstNumbers): the charts' library never delays the readouts.
 */
export function loadPlotly(): Promise<PlotlyApi> {
  loading ??= afterFirstNumbers.then(() => import('./plotly')).then((m) => m.Plotly);
  return loading;
}
