import { describe, expect, it } from 'vitest';
import { brickEdges, colourAt, colourStops, contourSegments, parseColour } from './moveGridMarks';

describe('contourSegments', () => {
  it('finds the circle x² + y² = r² on a grid within a cell of it', () => {
    const xs = Array.from({ length: 41 }, (_, i) => -2 + i * 0.1);
    const z = xs.map((y) => xs.map((x) => x * x + y * y));
    const segs = contourSegments(z, xs, xs, 1);
    expect(segs.length).toBeGreaterThan(50);
    // Every end point lies on a cell edge, interpolated linearly: within the chord error of r = 1.
    for (const [x1, y1, x2, y2] of segs) {
      expect(Math.hypot(x1!, y1!)).toBeCloseTo(1, 2);
      expect(Math.hypot(x2!, y2!)).toBeCloseTo(1, 2);
    }
    // The segments' total length is the circumference 2π, less the chords' shortfall.
    const length = segs.reduce((s, [a, b, c, d]) => s + Math.hypot(c! - a!, d! - b!), 0);
    expect(length).toBeGreaterThan(2 * Math.PI * 0.99);
    expect(length).toBeLessThan(2 * Math.PI);
  });

  it('interpolates along an edge and splits a saddle by the cell mean', () => {
    // One cell, z = 0 and 2 on the left and right: the level 1 line is the vertical x = 0.5.
    expect(
      contourSegments(
        [
          [0, 2],
          [0, 2],
        ],
        [0, 1],
        [0, 1],
        1,
      ),
    ).toEqual([[0.5, 0, 0.5, 1]]);
    // Saddle: a = z(0, 0) and c = z(1, 1) above 0.4, b and d below; the cell's mean 0.5 is above
    // too, so a and c connect through the middle and the lines cut off the corners b and d:
    // crossings at x = 0.6 on the bottom, y = 0.4 on the right, y = 0.6 on the left, x = 0.4 on top.
    const saddle = contourSegments(
      [
        [1, 0],
        [0, 1],
      ],
      [0, 1],
      [0, 1],
      0.4,
    );
    expect(saddle).toHaveLength(2);
    const near = (a: number[], b: number[]) => a.every((v, i) => Math.abs(v - b[i]!) < 1e-12);
    expect(saddle.some((s) => near(s, [0, 0.6, 0.4, 1]))).toBe(true);
    expect(saddle.some((s) => near(s, [0.6, 0, 1, 0.4]))).toBe(true);
    // The other saddle, b and d above, mean 0.5 below 0.6: b and d stay apart, each cut off on its own
    // (crossings at x = 0.6 on the bottom, y = 0.4 on the right, y = 0.6 on the left, x = 0.4 on top).
    const other = contourSegments(
      [
        [0, 1],
        [1, 0],
      ],
      [0, 1],
      [0, 1],
      0.6,
    );
    expect(other).toHaveLength(2);
    expect(other.some((s) => near(s, [0.6, 0, 1, 0.4]))).toBe(true);
    expect(other.some((s) => near(s, [0, 0.6, 0.4, 1]))).toBe(true);
  });
});

describe('heatmap colours', () => {
  const stops = colourStops([
    [0, '#0072B2'],
    [0.5, '#ffffff'],
    [1, 'rgb(213, 94, 0)'],
  ])!;

  it('reads hex and rgb() colours', () => {
    expect(parseColour('#0072B2')).toEqual([0, 114, 178]);
    expect(parseColour('rgba(1, 2, 3, 0.5)')).toEqual([1, 2, 3]);
    expect(parseColour('blue')).toBeNull();
  });

  it('interpolates linearly in RGB between stops and clamps outside [0, 1]', () => {
    expect(colourAt(stops, 0.5)).toEqual([255, 255, 255]);
    // Halfway from #0072B2 to white: (0 + 255)/2, (114 + 255)/2, (178 + 255)/2, rounded.
    expect(colourAt(stops, 0.25)).toEqual([128, 185, 217]);
    expect(colourAt(stops, 2)).toEqual([213, 94, 0]);
    expect(colourAt(stops, -1)).toEqual([0, 114, 178]);
  });

  it('puts brick edges halfway between centres and half a step beyond the ends', () => {
    expect(brickEdges([0, 1, 3])).toEqual([-0.5, 0.5, 2, 4]);
  });
});
