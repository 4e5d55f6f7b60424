import { describe, expect, it } from 'vitest';
import { normal, normal2 } from '../../../core/distributions/make';
import {
  estimatorsFigure,
  fitOverHistogramFigure,
  fitOverScatterFigure,
  loglikFigure,
  mleTraceFigure,
} from './samplesFigures';

const trace = [
  { n: 10, kl: 0.1, avgLogLik: -1.3, negCrossEntropy: -1.5 },
  { n: 100, kl: 0.01, avgLogLik: -1.41, negCrossEntropy: -1.43 },
  { n: 1000, kl: 0, avgLogLik: -1.42, negCrossEntropy: -1.42 },
];

describe('samples lab figures', () => {
  it('trace: log axes, KL = 0 left out, the forward optimum as a line from the first to the last n', () => {
    const f = mleTraceFigure(trace, 0.2, 2);
    expect(f.layout.xaxis?.type).toBe('log');
    expect(f.layout.yaxis?.type).toBe('log');
    expect(f.data[0]).toMatchObject({ x: [10, 100], y: [0.1, 0.01] });
    expect(f.data[1]).toMatchObject({ x: [10, 1000], y: [0.2, 0.2] });
  });
  it('trace: with optimum 0, the dashed line is params/(2n)', () => {
    const f = mleTraceFigure(trace, 0, 2);
    expect(f.data[1]).toMatchObject({ x: [10, 1000], y: [0.1, 0.001] });
  });
  it('log-likelihood figure has both curves on the same n', () => {
    const f = loglikFigure(trace);
    expect(f.data.map((d) => (d as { y: number[] }).y)).toEqual([
      [-1.3, -1.41, -1.42],
      [-1.5, -1.43, -1.42],
    ]);
  });
  it('histogram as a density: area 1; the fitted N(0,1) peaks at 1/√(2π)', () => {
    const f = fitOverHistogramFigure({ lo: -1, width: 0.5, counts: [1, 3, 3, 1] }, normal(0, 1));
    const bars = f.data[0] as { y: number[]; x: number[] };
    expect(bars.x).toEqual([-0.75, -0.25, 0.25, 0.75]);
    expect(bars.y.reduce((a, b) => a + b, 0) * 0.5).toBeCloseTo(1, 15);
    const curve = f.data[1] as { y: number[] };
    expect(Math.max(...curve.y)).toBeLessThanOrEqual(1 / Math.sqrt(2 * Math.PI) + 1e-15);
  });
  it('scatter splits interleaved points; the 1σ ellipse of I passes through radius 1', () => {
    const f = fitOverScatterFigure([1, 2, 3, 4], normal2(0, 0, 1, 1, 0));
    expect(f.data[0]).toMatchObject({ x: [1, 3], y: [2, 4] });
    const e = f.data[1] as { x: number[]; y: number[] };
    expect(Math.hypot(e.x[0]!, e.y[0]!)).toBeCloseTo(1, 12);
  });
  it('a fitted 2-D mixture draws each component’s 1σ and 2σ ellipses, split by NaN', () => {
    const mix = {
      family: 'mixture2' as const,
      components: [
        { weight: 0.5, component: normal2(-3, 0, 1, 1, 0) },
        { weight: 0.5, component: normal2(3, 0, 0.5, 0.5, 0) },
      ],
    };
    const e = fitOverScatterFigure([], mix).data[1] as { x: number[]; y: number[] };
    const pieces: [number, number][][] = [[]];
    e.x.forEach((x, i) => (Number.isNaN(x) ? pieces.push([]) : pieces.at(-1)!.push([x, e.y[i]!])));
    // Radii about each centre: 1, 2 for the first; 0.5, 1 for the second.
    const radius = (pts: [number, number][], cx: number) => Math.hypot(pts[0]![0] - cx, pts[0]![1]);
    expect(pieces.map((p, i) => radius(p, i < 2 ? -3 : 3))).toEqual([
      expect.closeTo(1, 12),
      expect.closeTo(2, 12),
      expect.closeTo(0.5, 12),
      expect.closeTo(1, 12),
    ]);
  });
  it('estimators: error bars from the interval, ∞ named in its label, exact as a vertical line', () => {
    const f = estimatorsFigure(
      [
        { label: 'kNN', value: 0.4, lo: 0.3, hi: 0.55 },
        { label: 'histogram', value: Infinity, lo: null, hi: null },
      ],
      0.443,
    );
    expect(f.data[0]).toMatchObject({
      x: [0.4],
      y: ['kNN'],
      error_x: { array: [0.55 - 0.4], arrayminus: [0.4 - 0.3] },
    });
    expect(f.layout.yaxis?.categoryarray).toEqual(['kNN', 'histogram: ∞']);
    expect(f.layout.shapes?.[0]).toMatchObject({ x0: 0.443, x1: 0.443 });
  });
});
