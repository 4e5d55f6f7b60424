import { nextTask } from './afterNextPaint';

/**
 * A full Plotly draw in two tasks instead of one.
 *
 * Why: a full draw of the 2-D chart (heatmap, contours, colour bar, legend) is one 45–65 ms task on
 * this machine when it is loaded, over the 50 ms a task may take, and nothing in Plotly's public
 * API draws it in parts. Plotly does wait, though, between computing a figure and drawing it: its
 * draw (`_doPlot`) starts with the promises in the graph div's `_promises` queue, which any part of
 * the plotting code may push to (plot_api.js). A promise pushed when the draw begins
 * (`plotly_beforeplot`, a public event) that settles in the next task splits it there: defaults,
 * diff and calc in this task, the SVG in the next. With a Plotly that no longer waits on the queue
 * the draw is simply whole again.
 *
 * Between the two tasks the graph div's figure is new and its SVG old: the caller makes no other
 * Plotly call on it until the draw's promise settles (Plot.tsx).
 */
interface PlotlyGraphDiv {
  once?: (event: string, handler: () => void) => void;
  _promises?: Promise<unknown>[];
}

const armed = new WeakSet<object>();

/** The next full draw of `gd` (already drawn once by Plotly) yields after its calc. */
export function splitNextDraw(gd: HTMLElement): void {
  const graph = gd as unknown as PlotlyGraphDiv;
  if (typeof graph.once !== 'function' || armed.has(gd)) return;
  armed.add(gd);
  graph.once('plotly_beforeplot', () => {
    armed.delete(gd);
    (graph._promises ??= []).push(nextTask());
  });
}
