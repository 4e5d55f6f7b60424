/**
 * moveMarks.ts for the 2-D chart's grid traces: a heatmap's image and a contour plot's level lines
 * redrawn from new z during a drag, without Plotly (whose full redraw of the 2-D chart, colour bar
 * and axes included, was a 40–90 ms task per frame of a drag on this machine).
 *
 * Like the axes, what a person reads the marks against is pinned for the drag: the heatmap keeps
 * the colour range (zmin, zmax) and the contours keep the levels Plotly chose at the last full
 * draw, so the colour bar and the legend stay true; a value beyond the pinned colour range shows
 * at its end colour until the release redraws everything through Plotly.
 *
 * Plotly's SVG relied on (plotly.js 3): a heatmap is one `image` in its trace's `g.hm`, placed by
 * x, y, width and height over the bricks' edges; a contour trace's `g.contour` holds one
 * `g.contourlevel` per level, in ascending order, each with `path.openline` and `path.closedline`
 * paths carrying that level's stroke. Contour lines are written unsmoothed, one segment per grid
 * cell (marching squares).
 */
import type { TraceScales } from './plotAxes';
import { px, type DrawnTrace, type Trace, type Write } from './svgMarks';

/** z[j][i] at (x[i], y[j]), as the figure gives it to Plotly. */
export type Grid = readonly (readonly number[])[];

/** A cell's edges: bottom (corners a–b), right (b–c), top (d–c), left (a–d). */
type Edge = 'bottom' | 'right' | 'top' | 'left';

/**
 * The edges each contour segment joins, by the cell's code (bit 1: a above the level, 2: b, 4: c,
 * 8: d; a = (x₀, y₀), b = (x₁, y₀), c = (x₁, y₁), d = (x₀, y₁)). A code and its complement cross
 * the same edges, except the saddles (below).
 */
const SEGMENTS: Record<number, readonly (readonly [Edge, Edge])[]> = {
  1: [['left', 'bottom']],
  2: [['bottom', 'right']],
  3: [['left', 'right']],
  4: [['right', 'top']],
  6: [['bottom', 'top']],
  7: [['left', 'top']],
};
for (const code of [1, 2, 3, 4, 6, 7]) SEGMENTS[15 - code] = SEGMENTS[code]!;

/** Lines cutting off corners a and c, or b and d. */
const CUT_A_C = [
  ['left', 'bottom'],
  ['right', 'top'],
] as const;
const CUT_B_D = [
  ['bottom', 'right'],
  ['left', 'top'],
] as const;
/**
 * The saddles, two corners above and two below, by whether the cell's mean is above the level: if
 * it is, the two corners above join through the middle and the lines cut off the other two.
 */
const SADDLES: Record<
  number,
  {
    readonly above: typeof CUT_A_C | typeof CUT_B_D;
    readonly below: typeof CUT_A_C | typeof CUT_B_D;
  }
> = {
  5: { above: CUT_B_D, below: CUT_A_C }, // a and c above
  10: { above: CUT_A_C, below: CUT_B_D }, // b and d above
};

/**
 * The segments where z crosses `level` on the grid (marching squares, linear interpolation along
 * cell edges; a saddle is split by the cell's mean), as [x1, y1, x2, y2] in data units.
 */
export function contourSegments(
  z: Grid,
  xs: readonly number[],
  ys: readonly number[],
  level: number,
): number[][] {
  const out: number[][] = [];
  const at = (a: number, b: number) => (level - a) / (b - a);
  for (let j = 0; j + 1 < ys.length; j++) {
    for (let i = 0; i + 1 < xs.length; i++) {
      const a = z[j]![i]!;
      const b = z[j]![i + 1]!;
      const c = z[j + 1]![i + 1]!;
      const d = z[j + 1]![i]!;
      const code =
        (a > level ? 1 : 0) | (b > level ? 2 : 0) | (c > level ? 4 : 0) | (d > level ? 8 : 0);
      if (code === 0 || code === 15) continue;
      const [x0, x1, y0, y1] = [xs[i]!, xs[i + 1]!, ys[j]!, ys[j + 1]!];
      const crossing = (edge: Edge): [number, number] => {
        if (edge === 'bottom') return [x0 + at(a, b) * (x1 - x0), y0];
        if (edge === 'right') return [x1, y0 + at(b, c) * (y1 - y0)];
        if (edge === 'top') return [x0 + at(d, c) * (x1 - x0), y1];
        return [x0, y0 + at(a, d) * (y1 - y0)];
      };
      const saddle = SADDLES[code];
      const pairs = saddle
        ? (a + b + c + d) / 4 > level
          ? saddle.above
          : saddle.below
        : SEGMENTS[code]!;
      for (const [from, to] of pairs) out.push([...crossing(from), ...crossing(to)]);
    }
  }
  return out;
}

/** '#rrggbb' or 'rgb(r, g, b)' → [r, g, b], or null. */
export function parseColour(c: string): [number, number, number] | null {
  const hex = /^#([\da-f]{2})([\da-f]{2})([\da-f]{2})$/i.exec(c);
  if (hex) return [parseInt(hex[1]!, 16), parseInt(hex[2]!, 16), parseInt(hex[3]!, 16)];
  const rgb = /^rgba?\(\s*([\d.]+)\s*,\s*([\d.]+)\s*,\s*([\d.]+)/i.exec(c);
  return rgb ? [Number(rgb[1]), Number(rgb[2]), Number(rgb[3])] : null;
}

/** A colour scale [[t, colour], …] (t from 0 to 1) as RGB stops, or null if a colour is unreadable. */
export function colourStops(scale: unknown): { t: number; rgb: [number, number, number] }[] | null {
  if (!Array.isArray(scale) || scale.length < 2) return null;
  const stops = scale.map((s: unknown) => {
    const [t, c] = (Array.isArray(s) ? s : []) as [unknown, unknown];
    const rgb = typeof c === 'string' ? parseColour(c) : null;
    return typeof t === 'number' && rgb ? { t, rgb } : null;
  });
  return stops.every((s) => s !== null)
    ? (stops as { t: number; rgb: [number, number, number] }[])
    : null;
}

/** The scale's colour at t ∈ [0, 1] (clamped), linear in RGB between stops, as Plotly's scales are. */
export function colourAt(
  stops: readonly { t: number; rgb: readonly number[] }[],
  t: number,
): number[] {
  const u = Math.max(0, Math.min(1, Number.isFinite(t) ? t : 0));
  let k = 1;
  while (k < stops.length - 1 && stops[k]!.t < u) k++;
  const lo = stops[k - 1]!;
  const hi = stops[k]!;
  const f = hi.t === lo.t ? 0 : (u - lo.t) / (hi.t - lo.t);
  return lo.rgb.map((v, i) => Math.round(v + f * (hi.rgb[i]! - v)));
}

/** Edges of the bricks around uniformly or non-uniformly spaced centres, as Plotly computes them. */
export function brickEdges(centres: readonly number[]): number[] {
  const n = centres.length;
  if (n < 2) return [];
  const edges = [centres[0]! - (centres[1]! - centres[0]!) / 2];
  for (let i = 1; i < n; i++) edges.push((centres[i - 1]! + centres[i]!) / 2);
  edges.push(centres[n - 1]! + (centres[n - 1]! - centres[n - 2]!) / 2);
  return edges;
}

function gridOf(trace: Trace): { z: Grid; x: number[]; y: number[] } | null {
  const { z, x, y } = trace as { z?: unknown; x?: unknown; y?: unknown };
  if (!Array.isArray(z) || !Array.isArray(x) || !Array.isArray(y)) return null;
  if (x.length < 2 || y.length < 2 || z.length !== y.length) return null;
  const ok = (v: unknown) => typeof v === 'number' && Number.isFinite(v);
  if (!x.every(ok) || !y.every(ok)) return null;
  for (const row of z)
    if (!Array.isArray(row) || row.length !== x.length || !row.every(ok)) return null;
  return { z: z as Grid, x: x as number[], y: y as number[] };
}

let canvas: HTMLCanvasElement | null = null;

/**
 * The heatmap's image redrawn from `trace`'s z with the colour range and scale Plotly drew
 * (`full`: the trace as Plotly completed it), one pixel per brick, shown pixelated.
 */
export function moveHeatmap(
  group: Element,
  trace: Trace,
  s: TraceScales,
  writes: Write[],
  { full }: DrawnTrace,
): boolean {
  const grid = gridOf(trace);
  const image = group.querySelector('image');
  const stops = colourStops(full.colorscale);
  const { zmin, zmax } = full as { zmin?: unknown; zmax?: unknown };
  if (!grid || !image || !stops || typeof zmin !== 'number' || typeof zmax !== 'number')
    return false;
  if (!(zmax > zmin)) return false;
  const { z, x, y } = grid;
  const n = x.length;
  const m = y.length;
  canvas ??= document.createElement('canvas');
  canvas.width = n;
  canvas.height = m;
  const context = canvas.getContext('2d');
  if (!context) return false;
  const pixels = context.createImageData(n, m);
  for (let r = 0; r < m; r++) {
    const row = z[m - 1 - r]!; // the image's top row is the largest y
    for (let i = 0; i < n; i++) {
      const [red, green, blue] = colourAt(stops, (row[i]! - zmin) / (zmax - zmin));
      const k = 4 * (r * n + i);
      pixels.data[k] = red!;
      pixels.data[k + 1] = green!;
      pixels.data[k + 2] = blue!;
      pixels.data[k + 3] = 255;
    }
  }
  context.putImageData(pixels, 0, 0);
  const href = canvas.toDataURL('image/png');
  const xe = brickEdges(x);
  const ye = brickEdges(y);
  const left = s.x(xe[0]!);
  const right = s.x(xe[n]!);
  const top = s.y(ye[m]!);
  const bottom = s.y(ye[0]!);
  if (![left, right, top, bottom].every(Number.isFinite) || right <= left || bottom <= top)
    return false;
  writes.push(() => {
    image.setAttribute('x', String(px(left)));
    image.setAttribute('y', String(px(top)));
    image.setAttribute('width', String(px(right - left)));
    image.setAttribute('height', String(px(bottom - top)));
    image.setAttribute('preserveAspectRatio', 'none');
    image.setAttributeNS('http://www.w3.org/1999/xlink', 'xlink:href', href);
    (image as SVGElement).style.imageRendering = 'pixelated';
  });
  return true;
}

/** The levels Plotly drew a contour trace at (`full.contours`: start, end, size), or null. */
function levelsOf(full: Trace): number[] | null {
  const c = full.contours as { start?: unknown; end?: unknown; size?: unknown } | undefined;
  const { start, end, size } = c ?? {};
  if (typeof start !== 'number' || typeof end !== 'number' || typeof size !== 'number') return null;
  if (!(size > 0) || !Number.isFinite(start) || !(end >= start)) return null;
  const count = Math.floor((end - start) / size + 1e-9) + 1;
  return count > 0 && count <= 1000
    ? Array.from({ length: count }, (_, k) => start + k * size)
    : null;
}

/** The contour trace's level lines redrawn from `trace`'s z at the levels Plotly drew. */
export function moveContour(
  group: Element,
  trace: Trace,
  s: TraceScales,
  writes: Write[],
  { full }: DrawnTrace,
): boolean {
  const grid = gridOf(trace);
  const levels = levelsOf(full);
  const groups = group.querySelectorAll('g.contourlevel');
  if (!grid || !levels || groups.length !== levels.length) return false;
  const xs = grid.x.map((v) => s.x(v));
  const ys = grid.y.map((v) => s.y(v));
  if (!xs.every(Number.isFinite) || !ys.every(Number.isFinite)) return false;
  for (let k = 0; k < levels.length; k++) {
    const paths = groups[k]!.querySelectorAll('path.openline, path.closedline');
    let d = '';
    // In px directly: the grid's own px coordinates, interpolated as the data would be.
    for (const [x1, y1, x2, y2] of contourSegments(grid.z, xs, ys, levels[k]!))
      d += `M${px(x1!)},${px(y1!)}L${px(x2!)},${px(y2!)}`;
    if (d && paths.length === 0) return false;
    writes.push(() => paths.forEach((p, i) => p.setAttribute('d', i === 0 ? d : '')));
  }
  return true;
}
