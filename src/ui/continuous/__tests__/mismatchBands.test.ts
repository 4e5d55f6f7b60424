import { describe, expect, it } from 'vitest';
import type { Continuous1View } from '../../../core/analysis';
import {
  continuous1Figure,
  DENSITY_DOMAIN,
  mismatchBands,
  mismatchLabel,
} from '../figures/continuousFigures';

// N(0, 1) against U(−1, 1): P has mass on (−∞, −1] and [1, ∞), where Q has none.
const OUTSIDE = [
  { lo: -Infinity, hi: -1 },
  { lo: 1, hi: Infinity },
];

/**
 * A three-point 1-D view where Q is 0 at ±3 and P is not: p·ln(p/q) there is `outside` (0 for a
 * figure that is not told about the mismatch, 1e300 as the core plots an infinity).
 */
function narrowQView(outside: number): Continuous1View {
  const f64 = (a: number[]) => Float64Array.from(a);
  return {
    kind: 'continuous1',
    x: f64([-3, 0, 3]),
    p: f64([0.004, 0.4, 0.004]),
    q: f64([0, 0.5, 0]),
    klPQ: f64([outside, 0.4 * Math.log(0.8), outside]),
    klQP: f64([0, 0.5 * Math.log(1.25), 0]),
  };
}

describe('the band where an infinite KL comes from', () => {
  it('covers each part of the region inside the plotted range, over both panels', () => {
    const { shapes, annotations } = mismatchBands(
      { region: OUTSIDE, has: 'P', none: 'Q' },
      [-4, 4],
    );
    expect(shapes!.map((s) => [s.x0, s.x1, s.y0, s.y1, s.xref, s.yref])).toEqual([
      [-4, -1, 0, DENSITY_DOMAIN[1], 'x', 'paper'],
      [1, 4, 0, DENSITY_DOMAIN[1], 'x', 'paper'],
    ]);
    // Each labelled inside its band, at the edge that faces the chart's middle.
    expect(annotations!.map((a) => [a.x, a.xanchor])).toEqual([
      [-1, 'right'],
      [1, 'left'],
    ]);
    expect(annotations!.every((a) => String(a.text).includes('P has mass here'))).toBe(true);
  });

  it('names who has the mass: Q for KL(Q‖P)', () => {
    expect(mismatchLabel({ has: 'Q', none: 'P' })).toBe('Q has mass here, P has none');
  });

  it('draws nothing for a region off the chart', () => {
    const off = mismatchBands({ region: [{ lo: 10, hi: Infinity }], has: 'P', none: 'Q' }, [-4, 4]);
    expect(off.shapes).toEqual([]);
    expect(off.annotations).toEqual([]);
  });

  it('is part of the 1-D figure only when the shown KL is infinite from a mismatch', () => {
    const view = narrowQView(0);
    const plain = continuous1Figure(view, 'nats', 'pq');
    expect(plain.layout.shapes).toEqual([]);
    const shaded = continuous1Figure(view, 'nats', 'pq', {
      region: OUTSIDE,
      has: 'P',
      none: 'Q',
    });
    expect(shaded.layout.shapes!.map((s) => [s.x0, s.x1])).toEqual([
      [-3, -1],
      [1, 3],
    ]);
    // The integrand panel's own title stays the first annotation.
    expect(String(shaded.layout.annotations![0]!.text)).toContain('its area is KL(P‖Q)');
    expect(shaded.layout.annotations).toHaveLength(3);
  });

  it('leaves the plotted infinities (±1e300 where Q = 0) out of the integrand curve and its axis', () => {
    // p·ln(p/q) = +∞ outside Q's support, plotted as 1e300 by the core; 0.4 ln 0.8 < 0 inside.
    const view = narrowQView(1e300);
    const f = continuous1Figure(view, 'nats', 'pq', { region: OUTSIDE, has: 'P', none: 'Q' });
    expect((f.data[0] as { y: (number | null)[] }).y).toEqual([null, 0.4 * Math.log(0.8), null]);
    const [lo, hi] = f.layout.yaxis2!.range as [number, number];
    // The finite part alone: −0.0893 × 1.1 below, a tenth of that above.
    expect(lo).toBeCloseTo(-0.4 * Math.log(1.25) * 1.1, 12);
    expect(hi).toBeLessThan(1);
    // In bits too: the core's 1e300 nats are 1.44e300 bits, still left out; the rest divided by ln 2.
    const bits = continuous1Figure(view, 'bits', 'pq');
    expect((bits.data[0] as { y: (number | null)[] }).y).toEqual([
      null,
      (0.4 * Math.log(0.8)) / Math.LN2,
      null,
    ]);
  });
});
