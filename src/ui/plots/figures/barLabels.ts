import type { Data } from 'plotly.js';

/**
 * Bars' value labels as a text-only scatter trace, above each bar's end (below a negative one).
 * Plotly places a bar's own `text` by measuring it with getBoundingClientRect on every redraw, a
 * forced layout per label while a slider or bar is dragged (bench:ui's CPU profile put it first
 * among single functions); a scatter's text is placed from its font size alone. For grouped bars,
 * give the layout `scattermode: 'group'` and one label trace per bar trace, in the same order: the
 * labels then take the bars' offsets (scattergap defaults to bargap).
 */
export function barLabels(
  x: readonly (string | number)[],
  y: readonly number[],
  text: readonly string[],
  axes?: { readonly xaxis: string; readonly yaxis: string },
): Data {
  return {
    type: 'scatter',
    mode: 'text',
    x: [...x],
    y: [...y],
    text: [...text],
    textposition: y.map((v) => (v < 0 ? 'bottom center' : 'top center')),
    cliponaxis: false,
    ...axes,
    hoverinfo: 'skip',
    showlegend: false,
  } as Data;
}
