import type { Data, Layout } from 'plotly.js';
import {
  DATA_ONLY,
  layoutKeyOf,
  noteSettledDraw,
  restylableTraces,
  typesOf,
  type DrawState,
} from './drawFigure';
import type { PlotlyApi } from './loadPlotly';

/**
 * A drag's release in two short steps instead of one long `Plotly.react`.
 *
 * Why: on release every chart redraws with its axes fitted to the final figure, and a full
 * `Plotly.react` of even a three-bar chart is one 35–65 ms task here (defaults for every
 * attribute, calc, axes, legend, traces), over the 50 ms a task may take. When the figure differs
 * from what Plotly drew only in its data and its axes' ranges and ticks (a drag's usual case), the
 * same end is reached in two tasks about half as long each: the traces' data, on the axes as they
 * stand (`Plotly.animate`, no redraw: the marks the drag moved stay where they are), then the axes
 * (`Plotly.relayout` of ranges and ticks only, which skips the defaults of everything else).
 */

/** Axis attributes a release changes: what a drag pins, and the tick-label mode pinning sets. */
const AXIS_KEYS = ['range', 'autorange', 'tickvals', 'ticktext', 'ticklabeloverflow'] as const;
const AXIS = /^[xy]axis\d*$/;

interface GraphDiv {
  data?: Data[];
  layout?: Partial<Layout>;
}

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/**
 * A trace's shape for comparison: arrays and the hover and label text replaced by placeholders,
 * every other value as it is. Equal shapes: animating one into the other changes nothing
 * `Plotly.animate` without a redraw cannot show (a colour, a name in the legend, a mode would be).
 */
export function traceShape(trace: Data): string {
  return JSON.stringify(trace, (key, value: unknown) => {
    if (Array.isArray(value) || ArrayBuffer.isView(value)) return 'A';
    if (key === 'hovertemplate' || key === 'text' || key === 'hovertext') return 'S';
    return value as Json;
  });
}

/**
 * The relayout that takes axes drawn as in `drawn` (the graph div's own layout) to `layout`'s: per
 * axis, each attribute of {@link AXIS_KEYS} that differs, null where `layout` leaves it to Plotly.
 * An axis `layout` leaves to autorange (no range, or `autorange` set) is autoranged afresh even if
 * it was before: its range must fit the data the release has just drawn.
 */
export function axesUpdate(
  drawn: Partial<Layout>,
  layout: Partial<Layout>,
): Record<string, unknown> {
  const update: Record<string, unknown> = {};
  const from = drawn as Record<string, Record<string, unknown> | undefined>;
  const to = layout as Record<string, Record<string, unknown> | undefined>;
  const axes = new Set([...Object.keys(from), ...Object.keys(to)].filter((k) => AXIS.test(k)));
  for (const axis of axes) {
    const want = to[axis] ?? {};
    const auto = want.autorange ?? want.range === undefined;
    if (auto !== false) update[`${axis}.autorange`] = auto;
    for (const key of AXIS_KEYS) {
      if (auto !== false && (key === 'range' || key === 'autorange')) continue;
      if (JSON.stringify(want[key]) !== JSON.stringify(from[axis]?.[key]))
        update[`${axis}.${key}`] = want[key] === undefined ? null : want[key];
    }
  }
  return update;
}

/**
 * A copy that shares arrays but no object: Plotly merges a release's values into the graph div's
 * own traces and layout, which are otherwise the objects of a figure the app built.
 */
function ownObjects<T>(value: T): T {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  if (ArrayBuffer.isView(value)) return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = ownObjects(v);
  return out as T;
}

/**
 * The release's first step, when it can be taken: the final traces' data drawn on the axes as they
 * stand. Possible after a drag (`state.pinned`), when the layout differs from the drawn one only in
 * what a drag pins, the traces are the same scatter and bar traces in the same order, and each has
 * the shape it had ({@link traceShape}). Returns the animation's promise, or null (draw in full).
 */
export function settleData(
  gd: HTMLElement,
  data: Data[],
  layout: Partial<Layout>,
  state: DrawState,
  Plotly: PlotlyApi,
): Promise<unknown> | null {
  const graph = gd as unknown as GraphDiv;
  const drawn = graph.data;
  if (!state.plotted || state.pinned === null || !drawn || drawn.length !== data.length)
    return null;
  if (layoutKeyOf(layout) !== state.layoutKey || typesOf(data) !== state.traceTypes) return null;
  if (restylableTraces(data).length !== data.length) return null;
  if (data.some((trace, i) => traceShape(trace) !== traceShape(drawn[i]!))) return null;
  graph.data = drawn.map(ownObjects);
  return Plotly.animate(
    gd,
    { data: data.map(ownObjects), traces: data.map((_, i) => i) },
    DATA_ONLY,
  );
}

/**
 * The release's second step: the axes as `layout` has them (ranges, autorange, ticks), with the
 * data already drawn by {@link settleData}. The chart is then settled, as after a full draw.
 */
export function settleAxes(
  gd: HTMLElement,
  data: Data[],
  layout: Partial<Layout>,
  state: DrawState,
  Plotly: PlotlyApi,
): Promise<unknown> {
  const graph = gd as unknown as GraphDiv;
  const drawn = graph.layout ?? {};
  const update = axesUpdate(drawn, layout);
  noteSettledDraw(state, data, layout);
  if (Object.keys(update).length === 0) return Promise.resolve();
  graph.layout = ownObjects(drawn);
  return Plotly.relayout(gd, update as Partial<Layout>);
}
