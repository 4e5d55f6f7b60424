/**
 * A drag's cheapest redraw: the marks Plotly drew (bars, lines, their fills, markers and value
 * labels) moved to new data by rewriting their SVG attributes, on axes pinned for the drag.
 *
 * Why: `Plotly.animate` without a transition still runs Plotly's supplyDefaults and calc for the
 * whole figure on every frame (8–15 ms per chart on this machine, bench:ui's profile), four charts
 * change with every step of a Bernoulli drag, and the redraw scheduler could give each only every
 * fifth step. Writing a bar's path is microseconds. Anything this does not know how to move (a
 * trace whose style, mode, number of points or text positions changed, a gap in a curve, a
 * multi-line label, an axis that is not linear or log) makes it return false before touching
 * anything, and the caller draws through Plotly as before. react-plotly.js draws the settled
 * figure over it on release, so Plotly's own state catches up then.
 *
 * What it relies on of Plotly's SVG (plotly.js 3): each trace's group (`g.trace`; `g.hm` and
 * `g.contour` for the grid traces, moveGridMarks.ts) is bound (d3's `__data__`) to its calcdata,
 * whose first entry's `trace.index` is the trace's index; a bar is the
 * path `M x0,y0 V y1 H x1 V y0 Z` in `g.point`; a line is `path.js-line`, its zero fill
 * `path.js-fill`; a marker is `path.point` placed by `translate(x, y)`; a value label is a `text`
 * with x and y attributes inside `g.textpoint`. Coordinates are the axes' c2p, relative to the
 * subplot, as Plotly's own drawing uses them. `moveMarks.test.ts` checks the geometry, and
 * e2e/chartDrag.spec.ts the moved marks, mid-drag, against values derived by hand.
 */
import type { Data } from 'plotly.js';
import { moveContour, moveHeatmap } from './moveGridMarks';
import { drawnTrace, traceScales, type TraceScales } from './plotAxes';
import { px, setText, type DrawnTrace, type Trace, type Write } from './svgMarks';

type MoveKind = 'bar' | 'lines' | 'points' | 'heatmap' | 'contour';

/**
 * Attributes a move may change; everything else about a trace must be as drawn. Hover texts may
 * carry the values: during a drag the pointer is the handle's, and the release redraws them.
 */
const HOVER = ['customdata', 'hovertext', 'hovertemplate'];
const MOVING: Record<MoveKind, ReadonlySet<string>> = {
  bar: new Set(['y', 'base', ...HOVER]),
  lines: new Set(['x', 'y', ...HOVER]),
  // A label trace's font size (barLabels sizes labels to fit, and empties those that cannot).
  points: new Set(['x', 'y', 'text', 'textfont', ...HOVER]),
  // The colour range is pinned for the drag (moveGridMarks.ts): a new one is drawn on release.
  heatmap: new Set(['x', 'y', 'z', 'zmin', 'zmax', ...HOVER]),
  // Plotly writes the levels it chose (contours.start, end, size; autocontour) back into the trace.
  contour: new Set(['x', 'y', 'z', 'start', 'end', 'size', 'autocontour', ...HOVER]),
};

/**
 * How a trace is moved ('points': markers and/or text; 'heatmap' and 'contour' by
 * moveGridMarks.ts), or null if it cannot be.
 */
export function moveKind(trace: Data): MoveKind | null {
  const t = trace as Trace;
  const type = (t.type as string | undefined) ?? 'scatter';
  if (type === 'bar') return t.orientation === 'h' ? null : 'bar';
  if (type === 'heatmap') return t.zsmooth === undefined || t.zsmooth === false ? 'heatmap' : null;
  if (type === 'contour') {
    const c = t.contours as { coloring?: string; showlabels?: boolean } | undefined;
    return c?.coloring === 'lines' && !c.showlabels ? 'contour' : null;
  }
  if (type !== 'scatter') return null;
  const mode = (t.mode as string | undefined) ?? 'lines';
  if (mode === 'lines')
    return t.fill === undefined || t.fill === 'none' || t.fill === 'tozeroy' ? 'lines' : null;
  const parts = mode.split('+');
  return parts.every((p) => p === 'markers' || p === 'text') && t.fill === undefined
    ? 'points'
    : null;
}

/** The trace without the attributes a move may change: equal keys, same style. Exported for tests. */
export function staticKey(trace: Data, kind: MoveKind): string {
  const moving = MOVING[kind];
  return JSON.stringify(trace, (key, value: unknown) => (moving.has(key) ? undefined : value));
}

const finite = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** A vertical bar's path, as Plotly writes it. */
export const barPath = (x0: number, x1: number, base: number, top: number): string =>
  `M${x0},${px(base)}V${px(top)}H${x1}V${px(base)}Z`;

/** A linear line through (xs[i], ys[i]) in px, as Plotly writes it ('M…L…'). */
export function linePath(xs: readonly number[], ys: readonly number[]): string {
  let d = '';
  for (let i = 0; i < xs.length; i++) d += `${i ? 'L' : 'M'}${px(xs[i]!)},${px(ys[i]!)}`;
  return d;
}

/** A 'tozeroy' fill under that line, as Plotly writes it: both ends on zero first, then the line. */
export const zeroFillPath = (xs: readonly number[], ys: readonly number[], zero: number): string =>
  `M${px(xs[xs.length - 1]!)},${px(zero)}L${px(xs[0]!)},${px(zero)}L${linePath(xs, ys).slice(1)}`;

/** The bar path's x0 and x1, or null if it is not Plotly's rectangle. */
function barEnds(d: string | null): [number, number] | null {
  const m = d && /^M([-\d.e]+),[-\d.e]+V[-\d.e]+H([-\d.e]+)V[-\d.e]+Z$/.exec(d);
  return m ? [Number(m[1]), Number(m[2])] : null;
}

/** The x of a marker's translate(x, y), or null. */
function translateX(transform: string | null): number | null {
  const m = transform && /^translate\(([-\d.e]+)[, ]/.exec(transform);
  return m ? Number(m[1]) : null;
}

/** Moves one trace's marks; `was` has the trace as last drawn and as Plotly completed it. */
type Mover = (
  group: Element,
  trace: Trace,
  s: TraceScales,
  writes: Write[],
  was: DrawnTrace,
) => boolean;

function moveBar(group: Element, trace: Trace, s: TraceScales, writes: Write[]): boolean {
  const y = trace.y as unknown[] | undefined;
  const base = trace.base as unknown[] | number | undefined;
  const paths = group.querySelectorAll('g.point > path');
  if (!Array.isArray(y) || paths.length !== y.length) return false;
  for (let i = 0; i < y.length; i++) {
    const b = Array.isArray(base) ? base[i] : (base ?? 0);
    const v = y[i];
    const ends = barEnds(paths[i]!.getAttribute('d'));
    // A missing value is a blank bar, of no height at its base (as Plotly draws it).
    const blank = v === null || v === undefined;
    if ((!blank && !finite(v)) || !finite(b) || !ends) return false;
    const d = barPath(ends[0], ends[1], s.y(b), s.y(blank ? b : b + v));
    const path = paths[i]!;
    writes.push(() => path.setAttribute('d', d));
  }
  return true;
}

function moveLine(group: Element, trace: Trace, s: TraceScales, writes: Write[]): boolean {
  const x = trace.x as unknown[] | undefined;
  const y = trace.y as unknown[] | undefined;
  const lines = group.querySelectorAll('path.js-line');
  if (!Array.isArray(x) || !Array.isArray(y) || x.length !== y.length || x.length < 2) return false;
  if (lines.length !== 1 || !x.every(finite) || !y.every(finite)) return false;
  const xs = x.map((v) => s.x(v));
  const ys = y.map((v) => s.y(v));
  if (!xs.every(Number.isFinite) || !ys.every(Number.isFinite)) return false;
  const line = lines[0]!;
  const d = linePath(xs, ys);
  writes.push(() => line.setAttribute('d', d));
  if (trace.fill === 'tozeroy') {
    const fill = group.querySelector('path.js-fill');
    if (!fill) return false;
    const f = zeroFillPath(xs, ys, s.y(0));
    writes.push(() => fill.setAttribute('d', f));
  }
  return true;
}

function movePoints(
  group: Element,
  trace: Trace,
  s: TraceScales,
  writes: Write[],
  { drawn }: DrawnTrace,
): boolean {
  const y = trace.y as unknown[] | undefined;
  if (!Array.isArray(y) || !y.every(finite)) return false;
  const mode = (trace.mode as string).split('+');
  // The MOVING keys are left out of staticKey at any depth: a selected point's font may not move.
  for (const key of ['selected', 'unselected'])
    if (JSON.stringify(trace[key]) !== JSON.stringify(drawn[key])) return false;
  const font = movedFont(trace, drawn, mode);
  if (font === false) return false;
  // Points whose x moved are placed by the x axis's map (linear or log only: a category point's
  // place also depends on scattermode's offsets); unmoved ones keep the x Plotly gave them.
  const xs = trace.x as unknown[] | undefined;
  const movedX = JSON.stringify(xs) !== JSON.stringify(drawn.x);
  const newX = movedX ? (Array.isArray(xs) ? xs.map((v) => (finite(v) ? s.x(v) : NaN)) : []) : null;
  if (newX && (newX.length !== y.length || !newX.every(Number.isFinite))) return false;
  if (mode.includes('markers')) {
    const markers = group.querySelectorAll('path.point');
    if (markers.length !== y.length) return false;
    for (let i = 0; i < y.length; i++) {
      const marker = markers[i]!;
      const x = newX ? px(newX[i]!) : translateX(marker.getAttribute('transform'));
      if (x === null) return false;
      const t = `translate(${x},${px(s.y(y[i] as number))})`;
      writes.push(() => marker.setAttribute('transform', t));
    }
  }
  if (mode.includes('text')) {
    const texts = group.querySelectorAll('g.textpoint > text');
    const labels = trace.text;
    const labelAt = (i: number): unknown => (Array.isArray(labels) ? labels[i] : labels);
    // Plotly draws no text for an empty label: labels emptied at the last full draw stay so.
    const allEmpty = y.every((_, i) => labelAt(i) === '');
    if (allEmpty && texts.length < y.length) {
      for (const text of texts) writes.push(() => setText(text, ''));
      return true;
    }
    if (texts.length !== y.length) return false;
    for (let i = 0; i < y.length; i++) {
      const label = labelAt(i);
      if (typeof label !== 'string' || /<br|\n/i.test(label)) return false;
      const text = texts[i]!;
      // A label Plotly split into tspans (rich text) is not a plain string to rewrite.
      if (text.querySelector('tspan')) return false;
      const ty = String(px(s.y(y[i] as number)));
      const tx = newX ? String(px(newX[i]!)) : null;
      const offset = font && labelOffset(font, positionAt(trace.textposition, i));
      if (font && offset === null) return false;
      writes.push(() => {
        if (tx !== null) text.setAttribute('x', tx);
        text.setAttribute('y', ty);
        setText(text, label);
        if (font && offset !== null) {
          (text as SVGElement).style.setProperty('font-size', `${font}px`);
          if (offset) text.parentElement?.setAttribute('transform', offset);
          else text.parentElement?.removeAttribute('transform');
        }
      });
    }
  }
  return true;
}

/**
 * The new font size of a text-only trace whose font changed in size alone; null if its font did not
 * change; false if it changed otherwise, or on a trace with markers (whose labels sit off them).
 */
function movedFont(trace: Trace, drawn: Trace, mode: readonly string[]): number | null | false {
  const font = (trace.textfont ?? {}) as Record<string, unknown>;
  const was = (drawn.textfont ?? {}) as Record<string, unknown>;
  if (JSON.stringify(font) === JSON.stringify(was)) return null;
  if (mode.join('+') !== 'text') return false;
  if (JSON.stringify({ ...font, size: 0 }) !== JSON.stringify({ ...was, size: 0 })) return false;
  return finite(font.size) && font.size > 0 ? font.size : false;
}

/** A point's text position; Plotly's default is on the point. */
const positionAt = (position: unknown, i: number): unknown =>
  (Array.isArray(position) ? position[i] : position) ?? 'middle center';

/**
 * A one-line label's offset from its point at font size `size`, as Plotly writes it on the label's
 * group (components/drawing textPointPosition, no markers: dy = 0.75·size, less size above, less
 * half of it in the middle); null for a position other than centred above, below or on the point.
 */
export function labelOffset(size: number, position: unknown): string | null {
  const dy = { 'top center': -0.25, 'middle center': 0.25, 'bottom center': 0.75 }[
    String(position)
  ];
  if (dy === undefined) return null;
  return dy * size === 0 ? '' : `translate(0,${dy * size})`;
}

const MOVERS: Record<MoveKind, Mover> = {
  bar: moveBar,
  lines: moveLine,
  points: movePoints,
  heatmap: moveHeatmap,
  contour: moveContour,
};

/**
 * Moves the marks of the traces `which` (indices into `next`) from `drawn` (what the chart shows)
 * to `next`, in the graph div `gd`, if every one of them can be moved (see the file comment);
 * else changes nothing and returns false. The axes must be pinned: ranges are read as drawn.
 */
export function moveMarks(
  gd: HTMLElement,
  drawn: readonly Data[],
  next: readonly Data[],
  which: readonly number[],
): boolean {
  if (drawn.length !== next.length) return false;
  const groups = new Map<number, Element>();
  for (const g of gd.querySelectorAll('g.trace, g.hm, g.contour')) {
    const index = (g as { __data__?: { trace?: { index?: number } }[] }).__data__?.[0]?.trace
      ?.index;
    if (typeof index === 'number') groups.set(index, g);
  }
  const writes: Write[] = [];
  for (const i of which) {
    const a = drawn[i]!;
    const b = next[i]!;
    if (a === b) continue;
    const kind = moveKind(b);
    if (!kind || moveKind(a) !== kind || staticKey(a, kind) !== staticKey(b, kind)) return false;
    const group = groups.get(i);
    const scales = traceScales(gd, i);
    const full = drawnTrace(gd, i);
    if (!group || !scales || !full) return false;
    if (!MOVERS[kind](group, b as Trace, scales, writes, { drawn: a as Trace, full })) return false;
  }
  for (const write of writes) write();
  return true;
}
