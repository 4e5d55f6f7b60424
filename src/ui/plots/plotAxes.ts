/**
 * The one place that reads Plotly's private layout (`gd._fullLayout`): where a chart's axes are on
 * screen and how they map data to pixels. Plotly exposes no public API for it; everything else in
 * the app goes through these functions, so a Plotly upgrade that renames a field breaks one file.
 */

/** An axis's linear map and its place in the graph div (px from the div's left or top edge). */
export interface AxisMap {
  /** Data value at each end, as drawn (for y: bottom first). */
  readonly range: readonly [number, number];
  readonly offset: number;
  readonly length: number;
  /** Data → px from the graph div's edge. */
  toPx(v: number): number;
  /** px from the graph div's edge → data. */
  fromPx(px: number): number;
}

/** The x and y axes that one trace is drawn on. */
export interface AxisPair {
  readonly x: AxisMap;
  readonly y: AxisMap;
}

interface PlotlyAxis {
  readonly _offset: number;
  readonly _length: number;
  readonly range: readonly unknown[];
  readonly type?: string;
  l2p(v: number): number;
  p2l(px: number): number;
  c2p?(v: number, clip?: boolean): number;
}
type FullLayout = Record<string, unknown>;
interface GraphDiv {
  _fullLayout?: FullLayout;
  _fullData?: readonly { xaxis?: string; yaxis?: string; name?: string }[];
}

/** 'x' → 'xaxis', 'y2' → 'yaxis2'. */
const layoutKey = (id: string) => `${id[0]}axis${id.slice(1)}`;

function axisMap(raw: unknown): AxisMap | null {
  const a = raw as PlotlyAxis | undefined;
  if (!a || !a.range || typeof a.l2p !== 'function') return null;
  const range: [number, number] = [Number(a.range[0]), Number(a.range[1])];
  if (![a._offset, a._length, ...range].every(Number.isFinite) || a._length <= 0) return null;
  const offset = a._offset;
  return {
    range,
    offset,
    length: a._length,
    toPx: (v) => offset + a.l2p(v),
    fromPx: (px) => a.p2l(px - offset),
  };
}

/**
 * The axes of the trace named `traceName` (or the first trace when none has that name, or of
 * x/y when the chart has no data yet), so handles follow a density drawn on a second y-axis
 * domain. Null before the first render.
 */
export function axesOfTrace(graphDiv: unknown, traceName?: string): AxisPair | null {
  const gd = graphDiv as GraphDiv | null;
  const full = gd?._fullLayout;
  if (!full) return null;
  const traces = gd?._fullData ?? [];
  const trace = traces.find((t) => traceName !== undefined && t.name === traceName) ?? traces[0];
  const x = axisMap(full[layoutKey(trace?.xaxis ?? 'x')]);
  const y = axisMap(full[layoutKey(trace?.yaxis ?? 'y')]);
  return x && y ? { x, y } : null;
}

/**
 * A layout patch that pins every cartesian axis at the range it is drawn with now (autorange off),
 * so that redraws during a drag change the data and nothing else.
 */
export function pinnedRanges(graphDiv: unknown): Record<string, unknown> {
  const full = (graphDiv as GraphDiv | null)?._fullLayout;
  const patch: Record<string, unknown> = {};
  if (!full) return patch;
  for (const key of Object.keys(full)) {
    if (!/^[xy]axis\d*$/.test(key)) continue;
    const a = full[key] as PlotlyAxis;
    if (a?.range && a.range.length === 2) patch[key] = [a.range[0], a.range[1]];
  }
  return patch;
}

/** The same pixel-independent comparison for two AxisPairs: same box, same ranges. */
export function sameAxes(a: AxisPair | null, b: AxisPair | null): boolean {
  const eq = (u: AxisMap, v: AxisMap) =>
    u.offset === v.offset &&
    u.length === v.length &&
    u.range[0] === v.range[0] &&
    u.range[1] === v.range[1];
  return a === b || (a !== null && b !== null && eq(a.x, b.x) && eq(a.y, b.y));
}

/** Data → px within a trace's subplot (relative to its plot area), as Plotly draws the trace. */
export interface TraceScales {
  x(v: number): number;
  y(v: number): number;
}

/**
 * The maps Plotly draws trace `index` with (its axes' c2p, clipped as for drawing): null before
 * the first draw or when its y axis is not linear or log. On a category or date x axis `x` gives
 * NaN (bars and labels there keep the x Plotly placed them at; a moved x makes a move decline).
 */
export function traceScales(graphDiv: unknown, index: number): TraceScales | null {
  const gd = graphDiv as GraphDiv | null;
  const full = gd?._fullLayout;
  const trace = gd?._fullData?.[index];
  if (!full || !trace) return null;
  const axis = (id: string | undefined, fallback: string) => {
    const a = full[layoutKey(id ?? fallback)] as PlotlyAxis | undefined;
    const c2p = a?.c2p;
    return a && typeof c2p === 'function' && (a.type === 'linear' || a.type === 'log')
      ? (v: number) => c2p(v, true)
      : null;
  };
  const x = axis(trace.xaxis, 'x');
  const y = axis(trace.yaxis, 'y');
  return y ? { x: x ?? (() => NaN), y } : null;
}

/** Trace `index` as Plotly completed it at its last draw (`_fullData`), or null. */
export function drawnTrace(graphDiv: unknown, index: number): Record<string, unknown> | null {
  const trace = (graphDiv as GraphDiv | null)?._fullData?.[index];
  return trace ? (trace as Record<string, unknown>) : null;
}
