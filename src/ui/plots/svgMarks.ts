/**
 * What moveMarks.ts and moveGridMarks.ts share: how a coordinate is written into Plotly's SVG, and
 * the shape of a deferred attribute write (a move checks every trace first, then writes them all).
 */

/** A trace as plain data (Plotly's `Data`, read field by field). */
export type Trace = Record<string, unknown>;

/** A trace as the chart shows it: the data last drawn, and the trace as Plotly completed it. */
export interface DrawnTrace {
  readonly drawn: Trace;
  readonly full: Trace;
}

/** One attribute write, run only once every trace of the chart is known to be movable. */
export type Write = () => void;

/** Beyond this many px from the plot the clip path hides a mark anyway; SVG needs sane numbers. */
const FAR = 1e5;

/** A px coordinate as Plotly writes it: to 0.01 px, and kept within ±1e5. */
export const px = (v: number): number => Math.round(Math.max(-FAR, Math.min(FAR, v)) * 100) / 100;

/**
 * Sets an element's text in place: the text node's value when it has just one, not `textContent`,
 * which replaces the node (the removal and insertion re-ran layout and the cards' `:has()` style
 * rules on every frame of a drag).
 */
export function setText(el: Element, text: string): void {
  const only = el.firstChild;
  if (only && only === el.lastChild && only.nodeType === Node.TEXT_NODE) {
    if (only.nodeValue !== text) only.nodeValue = text;
  } else if (el.textContent !== text) el.textContent = text;
}
