import type { Config, Data, Layout } from 'plotly.js';
import type { PlotlyApi } from './loadPlotly';
import type { moveKind, moveMarks } from './moveMarks';
import { pinnedRanges } from './plotAxes';

/**
 * moveMarks.ts, which arrives with Plotly's chunk (loadPlotly.ts) so that the first screen's
 * JavaScript does not carry it.
 */
export interface MarkMover {
  readonly moveKind: typeof moveKind;
  readonly moveMarks: typeof moveMarks;
}

/** What one chart last drew, so the next draw can take the cheap path when only data changed. */
export interface DrawState {
  plotted: boolean;
  /** Axis ranges frozen when an interaction began (null at rest). */
  pinned: Record<string, unknown> | null;
  /** The layout last drawn, without its axis ranges, as JSON. */
  layoutKey: string;
  /** Trace types last drawn, in order. */
  traceTypes: string;
  /** The traces the chart shows now (whoever drew them), for moving their marks directly. */
  drawn: Data[] | null;
  /** Whether Plotly itself has drawn the pinned ranges (else only moved marks stand on them). */
  plotlyPinned: boolean;
  /**
   * When the next full draw of a drag may start (performance.now()), for figures that are not
   * restylable: see {@link FULL_DRAW_EVERY_MS}.
   */
  fullDueAt: number;
}

export const freshDrawState = (): DrawState => ({
  plotted: false,
  pinned: null,
  layoutKey: '',
  traceTypes: '',
  drawn: null,
  plotlyPinned: false,
  fullDueAt: -Infinity,
});

/**
 * During a drag, how often a figure with traces Plotly cannot restyle cheaply (contours, heatmaps)
 * is drawn in full (`Plotly.react` on pinned axes: 40–90 ms for the 2-D chart on this machine):
 * at most every 100 ms, and never more than a third of the time (the gap after a full draw is at
 * least twice what it cost). In between only its scatter and bar traces (the ellipses, the
 * curves) move, every frame.
 */
export const FULL_DRAW_EVERY_MS = 100;
const FULL_DRAW_GAP_FACTOR = 2;

/**
 * A drag's draw: its promise, whether it left traces behind (a full draw is then owed), and
 * whether it moved the marks directly (synchronous, microseconds: see moveMarks.ts).
 */
export interface DragDraw {
  readonly done: Promise<unknown>;
  readonly partial: boolean;
  readonly direct: boolean;
}

/**
 * `Plotly.animate` options that replace traces' data at once, on the axes as they stand: no
 * transition, no redraw of axes, legend or text.
 */
export const DATA_ONLY = {
  transition: { duration: 0 },
  frame: { duration: 0, redraw: false },
  mode: 'immediate',
} as const;

/** Trace types Plotly can move without redrawing axes, legend or anything else (animatable). */
const RESTYLABLE = new Set(['scatter', 'bar']);

/** The figure's trace types, in order, as one string (equal strings: same traces, same order). */
export const typesOf = (data: readonly Data[]) =>
  data.map((t) => (t as { type?: string }).type ?? 'scatter').join(',');

/**
 * What of a layout a drag ignores: the axis ranges, which it pins, and the tick values a figure
 * derives from its data's range (the 1-D integrand axis), which belong to the range it would have
 * had, not to the pinned one it shows.
 */
const PINNED_KEYS = new Set(['range', 'autorange', 'tickvals', 'ticktext']);

/**
 * The layout's JSON without {@link PINNED_KEYS}: equal keys mean only the data changed. Exported for
 * tests.
 */
export function layoutKeyOf(layout: Partial<Layout>): string {
  return JSON.stringify(layout, (key, value: unknown) =>
    PINNED_KEYS.has(key) ? undefined : value,
  );
}

function withPinned(layout: Partial<Layout>, pinned: Record<string, unknown>): Partial<Layout> {
  const out: Record<string, unknown> = { ...layout };
  for (const [key, range] of Object.entries(pinned))
    // ticklabeloverflow 'allow': the tick labels of a pinned axis do not move, so Plotly need not
    // measure each one's box to hide those past the div (10 ms of a 2-D chart's redraw).
    out[key] = {
      ...(out[key] as object | undefined),
      range,
      autorange: false,
      ticklabeloverflow: 'allow',
    };
  return out as Partial<Layout>;
}

/** Notes a draw at rest (react-plotly.js's `Plotly.react`): the next drag pins the axes afresh. */
export function noteSettledDraw(
  state: DrawState,
  data: readonly Data[],
  layout: Partial<Layout>,
): void {
  state.plotted = true;
  state.pinned = null;
  state.fullDueAt = -Infinity;
  state.layoutKey = layoutKeyOf(layout);
  state.traceTypes = typesOf(data);
  state.drawn = [...data];
  state.plotlyPinned = false;
}

/**
 * Draws `figure` into the graph div while a person drags (the store's `interacting`), as cheaply as
 * its change allows. At rest the chart is drawn by react-plotly.js (`Plotly.react` with the figure
 * as given: autorange, relayout where needed); during a drag the axes are pinned at the ranges they
 * had when the drag began, and when the layout is otherwise unchanged and every trace is a scatter
 * or bar, only the traces' data is replaced (`Plotly.animate` with no transition and no redraw: no
 * axis, tick, legend or text measurement work), else `Plotly.react` on the pinned axes. Both go to
 * the graph div directly, outside React: react-plotly.js's next update (on release) draws the
 * settled figure over them. A figure with contours or heatmaps is drawn in full at most every
 * {@link FULL_DRAW_EVERY_MS} (or when its layout or trace types change); in between only its
 * scatter and bar traces move (`partial`: the caller owes it a full draw when the pointer rests).
 * This is the path through Plotly: Plot.tsx first tries {@link moveDuringDrag} inside the frame,
 * which moves the marks in the SVG without Plotly wherever it can.
 * Measured with scripts/drag-frames.mjs (docs/BENCHMARKS.md): the data-only path costs a third
 * of a `react` with autorange on the 1-D explorer chart.
 */
export function drawDuringDrag(
  gd: HTMLElement,
  data: Data[],
  layout: Partial<Layout>,
  config: Partial<Config>,
  state: DrawState,
  Plotly: PlotlyApi,
  now: number = performance.now(),
): DragDraw {
  const key = layoutKeyOf(layout);
  const types = typesOf(data);
  const firstOfDrag = state.pinned === null;
  state.pinned ??= pinnedRanges(gd);
  // Plotly's animate keeps the axes it has: they must be the pinned ones, drawn by a react first.
  const sameShape =
    !firstOfDrag && state.plotlyPinned && key === state.layoutKey && types === state.traceTypes;
  Object.assign(state, { layoutKey: key, traceTypes: types });
  const restylable = restylableTraces(data);
  const all = restylable.length === data.length;
  if (sameShape && (all || (now < state.fullDueAt && restylable.length > 0))) {
    const done = Plotly.animate(
      gd,
      { data: restylable.map((i) => data[i]!), traces: restylable },
      DATA_ONLY,
    );
    const drawn = state.drawn;
    if (drawn) for (const i of restylable) drawn[i] = data[i]!;
    return { done, partial: !all, direct: false };
  }
  state.drawn = [...data];
  state.plotlyPinned = true;
  const done = Plotly.react(gd, data, withPinned(layout, state.pinned), config);
  const end = performance.now();
  state.fullDueAt =
    end + Math.max(FULL_DRAW_EVERY_MS - (end - now), FULL_DRAW_GAP_FACTOR * (end - now));
  return { done, partial: false, direct: false };
}

/** Indices of the traces Plotly can animate (scatter and bar). */
export const restylableTraces = (data: readonly Data[]) =>
  data.flatMap((t, i) => (RESTYLABLE.has((t as { type?: string }).type ?? 'scatter') ? [i] : []));

/**
 * A drag's draw without Plotly: when the layout is as drawn and moveMarks.ts can move every changed
 * trace (bars, scatter, and the 2-D chart's heatmap and contours on their pinned colour range and
 * levels), the marks are moved in the SVG, synchronously and without reading layout; else nothing
 * happens and this returns null, and {@link drawDuringDrag} draws through Plotly. Safe inside an
 * animation frame, so a chart can follow in the frame that shows the readouts.
 */
export function moveDuringDrag(
  gd: HTMLElement,
  data: Data[],
  layout: Partial<Layout>,
  state: DrawState,
  { moveKind, moveMarks }: MarkMover,
  now: number = performance.now(),
): DragDraw | null {
  const drawn = state.drawn;
  if (!drawn) return null;
  if (layoutKeyOf(layout) !== state.layoutKey || typesOf(data) !== state.traceTypes) return null;
  const movable = data.flatMap((t, i) => (moveKind(t) ? [i] : []));
  const all = movable.length === data.length;
  if (!(all || (now < state.fullDueAt && movable.length > 0))) return null;
  // The drag's first frame pins the axes where they are drawn: moved marks need no Plotly call
  // to pin them (a full draw of the 2-D chart, 60–90 ms here). If they cannot be moved, Plotly's
  // path pins them itself.
  if (!moveMarks(gd, drawn, data, movable)) return null;
  state.pinned ??= pinnedRanges(gd);
  for (const i of movable) drawn[i] = data[i]!;
  return { done: Promise.resolve(), partial: !all, direct: true };
}
