import { describe, expect, it } from 'vitest';
import { keyStep, nearestHandle, spreadOverlapping, type PlacedHandle } from './dragHandle';
import { axesOfTrace, pinnedRanges } from './plotAxes';

const at = (id: string, px: number, py: number): PlacedHandle => ({
  handle: { id, x: 0, y: 0, label: id },
  px,
  py,
});
const dist = (a: PlacedHandle, b: PlacedHandle) => Math.hypot(a.px - b.px, a.py - b.py);

describe('spreadOverlapping', () => {
  it('pushes two coinciding handles apart vertically, symmetrically, to the separation', () => {
    const [a, b] = spreadOverlapping([at('p', 100, 50), at('q', 100, 50)], 14);
    expect(a!.px).toBe(100);
    expect(b!.px).toBe(100);
    // The later one (drawn on top) goes up by half the separation, the other down by as much.
    expect(b!.py).toBeCloseTo(43, 12);
    expect(a!.py).toBeCloseTo(57, 12);
  });
  it('pushes close handles apart along the line between them', () => {
    const [a, b] = spreadOverlapping([at('p', 100, 50), at('q', 106, 50)], 14);
    expect(a!.py).toBe(50);
    expect(b!.py).toBe(50);
    expect(a!.px).toBeCloseTo(96, 12); // 6 px apart, 8 px short: each moves 4 px
    expect(b!.px).toBeCloseTo(110, 12);
  });
  it('leaves handles that are far enough apart where they are', () => {
    const input = [at('p', 0, 0), at('q', 20, 0), at('r', 0, 30)];
    expect(spreadOverlapping(input, 14)).toEqual(input);
  });
  it('separates a cluster of three on one point (a few px of tolerance)', () => {
    const out = spreadOverlapping([at('a', 0, 0), at('b', 0, 0), at('c', 0, 0)], 14);
    for (let i = 0; i < 3; i++)
      for (let j = i + 1; j < 3; j++) expect(dist(out[i]!, out[j]!)).toBeGreaterThan(10);
  });
});

describe('nearestHandle', () => {
  const placed = [at('p', 0, 0), at('q', 10, 0)];
  it('picks the nearest handle to the press', () => {
    expect(nearestHandle(placed, 3, 0, 22)?.handle.id).toBe('p');
    expect(nearestHandle(placed, 7, 1, 22)?.handle.id).toBe('q');
  });
  it('picks none beyond the reach', () => {
    expect(nearestHandle(placed, 40, 0, 22)).toBeNull();
  });
});

describe('keyStep', () => {
  it('steps 1% of the axis range, a tenth of that with Shift', () => {
    expect(keyStep('ArrowRight', false, 'xy', [-5, 5], [0, 2])).toEqual([0.1, 0]);
    const [dx] = keyStep('ArrowLeft', true, 'xy', [-5, 5], [0, 2])!;
    expect(dx).toBeCloseTo(-0.01, 15);
    expect(keyStep('ArrowUp', false, 'xy', [-5, 5], [0, 2])).toEqual([0, 0.02]);
  });
  it('Up and Down step x for a handle that only moves sideways, as on a slider', () => {
    expect(keyStep('ArrowUp', false, 'x', [0, 10], [0, 1])).toEqual([0.1, 0]);
    expect(keyStep('ArrowDown', false, 'x', [0, 10], [0, 1])).toEqual([-0.1, 0]);
  });
  it('ignores other keys', () => {
    expect(keyStep('a', false, 'xy', [0, 1], [0, 1])).toBeNull();
  });
});

/** A linear axis as Plotly keeps it: l2p from the axis's own start (for y, from its top). */
const axis = (range: [number, number], offset: number, length: number, flip = false) => ({
  range,
  _offset: offset,
  _length: length,
  l2p: (v: number) =>
    flip
      ? ((range[1] - v) / (range[1] - range[0])) * length
      : ((v - range[0]) / (range[1] - range[0])) * length,
  p2l: (p: number) =>
    flip
      ? range[1] - (p / length) * (range[1] - range[0])
      : range[0] + (p / length) * (range[1] - range[0]),
});

describe('axesOfTrace', () => {
  const gd = {
    _fullLayout: {
      xaxis: axis([-4, 4], 50, 400),
      yaxis: axis([0, 3], 220, 80, true), // the integrand's panel, below
      yaxis2: axis([0, 0.5], 20, 180, true), // the densities' panel, above
    },
    _fullData: [
      { name: 'integrand', xaxis: 'x', yaxis: 'y' },
      { name: 'p(x)', xaxis: 'x', yaxis: 'y2' },
    ],
  };
  it('maps through the axes of the named trace', () => {
    const a = axesOfTrace(gd, 'p(x)')!;
    expect(a.x.toPx(-4)).toBe(50);
    expect(a.x.toPx(4)).toBe(450);
    expect(a.y.toPx(0.5)).toBe(20); // top of the upper panel
    expect(a.y.toPx(0)).toBe(200);
    expect(a.y.fromPx(110)).toBeCloseTo(0.25, 12);
  });
  it('falls back to the first trace', () => {
    expect(axesOfTrace(gd)!.y.toPx(0)).toBe(300);
  });
  it('is null before the first render', () => {
    expect(axesOfTrace({})).toBeNull();
    expect(axesOfTrace(null)).toBeNull();
  });
});

describe('pinnedRanges', () => {
  it('names every cartesian axis with its drawn range', () => {
    const gd = {
      _fullLayout: { xaxis: axis([-1, 2], 0, 1), yaxis2: axis([0, 5], 0, 1), font: {} },
    };
    expect(pinnedRanges(gd)).toEqual({ xaxis: [-1, 2], yaxis2: [0, 5] });
  });
});
