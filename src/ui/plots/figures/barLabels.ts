import type { Data, Layout } from 'plotly.js';

/** The labels' font size at most (the charts' own, baseLayout), and the smallest worth drawing. */
const LABEL_FONT = 13;
const MIN_LABEL_FONT = 9;
/** A digit's advance in the charts' sans-serif, as a share of the font size (a little generous). */
const CHAR_WIDTH = 0.62;

/**
 * How wide a number label is drawn at `fontPx`, estimated from its length ({@link CHAR_WIDTH}):
 * no builder measures the page. The bar drawing's labels use it too (discrete/barValueLabel.ts).
 */
export const labelWidth = (text: string, fontPx: number): number =>
  text.length * CHAR_WIDTH * fontPx;

/**
 * Bars' value labels as a text-only scatter trace, beyond each bar's end: above it, or below a
 * negative one (`above` says otherwise for a stacked bar, whose top segment grows upwards).
 * Plotly places a bar's own `text` by measuring it with getBoundingClientRect on every redraw, a
 * forced layout per label while a slider or bar is dragged (bench:ui's CPU profile put it first
 * among single functions); a scatter's text is placed from its font size alone. For grouped bars,
 * give the layout `scattermode: 'group'` and one label trace per bar trace, in the same order: the
 * labels then take the bars' offsets (scattergap defaults to bargap).
 *
 * `slotWidth`, the pixels one bar's label may use, sizes the font so the longest label fits:
 * at most 13 px, and no labels shown below 9 px, where the numbers are in the readouts and the
 * hover anyway (the trace is kept, its labels empty, see below); no trace at all where not even a
 * short label would fit (a phone's nine bars). Unknown (undefined): 13 px.
 */
export function barLabels(
  x: readonly (string | number)[],
  y: readonly number[],
  text: readonly string[],
  slotWidth: number | undefined,
  axes?: { readonly xaxis: string; readonly yaxis: string },
  /** Whether each label goes above its point; by default where the value is not negative. */
  above: readonly boolean[] = y.map((v) => v >= 0),
): Data[] {
  // A chart whose bars cannot hold even a short label at the smallest size has no label trace at
  // all (a phone's nine bars): that depends on the chart's width alone, never on the values.
  if (slotWidth !== undefined && slotWidth < labelWidth('0.25', MIN_LABEL_FONT)) return [];
  const size = labelFontSize(text, slotWidth);
  return [
    {
      type: 'scatter',
      mode: 'text',
      x: [...x],
      y: [...y],
      // Labels that do not fit are kept, empty: while a bar is dragged its neighbours' labels
      // lengthen and shorten ('0.1' ↔ '0.0952'), and a trace that came and went changed the
      // figure's traces, which only a full Plotly redraw could show (47 ms each, about one drag
      // step in fourteen of the Cat bench). Emptied or resized labels move in the SVG; Plotly
      // draws no text for an empty label, so hidden ones cost nothing at rest.
      text: size === null ? text.map(() => '') : [...text],
      textposition: above.map((up) => (up ? 'top center' : 'bottom center')),
      textfont: { size: size ?? MIN_LABEL_FONT },
      cliponaxis: false,
      ...axes,
      hoverinfo: 'skip',
      showlegend: false,
    } as Data,
  ];
}

/**
 * The pixels one bar of a grouped bar chart may use for its label: the chart's `width` less the
 * layout's side margins, shared among the categories, less the gap between groups, shared among
 * the `bars` per group (Plotly's own layout of `barmode: 'group'` without a group gap). Undefined
 * while the width is unknown.
 */
export function groupedBarSlot(
  width: number | undefined,
  layout: Partial<Layout>,
  categories: number,
  bars: number,
): number | undefined {
  if (width === undefined) return undefined;
  const plot = width - (layout.margin?.l ?? 0) - (layout.margin?.r ?? 0);
  return ((plot / Math.max(1, categories)) * (1 - (layout.bargap ?? 0))) / bars;
}

/** The font size at which every label fits `slotWidth`, capped at 13 px; null below 9 px. */
export function labelFontSize(
  text: readonly string[],
  slotWidth: number | undefined,
): number | null {
  if (slotWidth === undefined) return LABEL_FONT;
  const longest = Math.max(1, ...text.map((t) => t.length));
  const fit = Math.floor(slotWidth / (longest * CHAR_WIDTH));
  return fit < MIN_LABEL_FONT ? null : Math.min(LABEL_FONT, fit);
}
