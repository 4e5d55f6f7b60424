/**
 * Where a Plotly chart's plot area is, read from the graph div after each render, so that an overlay
 * of draggable handles lines up with the axes. Linear axes only (all the density plots use them).
 */
export interface AxesBox {
  /** Left edge of the plot area and its width, in px from the graph div's left edge. */
  readonly xOffset: number;
  readonly xLength: number;
  readonly yOffset: number;
  readonly yLength: number;
  readonly xRange: readonly [number, number];
  readonly yRange: readonly [number, number];
}

interface PlotlyAxis {
  readonly _offset: number;
  readonly _length: number;
  readonly range: readonly [number, number];
}

/** The axes box of a rendered Plotly graph div, or null before the first render. */
export function axesBoxOf(graphDiv: unknown): AxesBox | null {
  const full = (graphDiv as { _fullLayout?: { xaxis?: PlotlyAxis; yaxis?: PlotlyAxis } } | null)
    ?._fullLayout;
  const xa = full?.xaxis;
  const ya = full?.yaxis;
  if (!xa || !ya || !xa.range || !ya.range) return null;
  const box: AxesBox = {
    xOffset: xa._offset,
    xLength: xa._length,
    yOffset: ya._offset,
    yLength: ya._length,
    xRange: [Number(xa.range[0]), Number(xa.range[1])],
    yRange: [Number(ya.range[0]), Number(ya.range[1])],
  };
  return Object.values(box).flat().every(Number.isFinite) ? box : null;
}

/** Data coordinates to px in the graph div (y grows downwards on screen). */
export function toPixel(box: AxesBox, x: number, y: number): [number, number] {
  const [x0, x1] = box.xRange;
  const [y0, y1] = box.yRange;
  return [
    box.xOffset + ((x - x0) / (x1 - x0)) * box.xLength,
    box.yOffset + ((y1 - y) / (y1 - y0)) * box.yLength,
  ];
}

/** px in the graph div to data coordinates. */
export function toData(box: AxesBox, px: number, py: number): [number, number] {
  const [x0, x1] = box.xRange;
  const [y0, y1] = box.yRange;
  return [
    x0 + ((px - box.xOffset) / box.xLength) * (x1 - x0),
    y1 - ((py - box.yOffset) / box.yLength) * (y1 - y0),
  ];
}

/**
 * The data coordinates of the plot area's point nearest to px (in the graph div): a drag whose
 * pointer leaves the plot (pointer capture keeps it going) moves the handle along the edge instead
 * of sending a parameter to wherever the pointer went, a screen away.
 */
export function toDataWithin(box: AxesBox, px: number, py: number): [number, number] {
  const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));
  return toData(
    box,
    clamp(px, box.xOffset, box.xOffset + box.xLength),
    clamp(py, box.yOffset, box.yOffset + box.yLength),
  );
}

export const sameBox = (a: AxesBox | null, b: AxesBox | null): boolean =>
  a === b ||
  (a !== null &&
    b !== null &&
    a.xOffset === b.xOffset &&
    a.xLength === b.xLength &&
    a.yOffset === b.yOffset &&
    a.yLength === b.yLength &&
    a.xRange[0] === b.xRange[0] &&
    a.xRange[1] === b.xRange[1] &&
    a.yRange[0] === b.yRange[0] &&
    a.yRange[1] === b.yRange[1]);
