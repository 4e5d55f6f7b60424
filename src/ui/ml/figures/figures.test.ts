import { describe, expect, it } from 'vitest';
import { nats } from '../../../core/units';
import { COLORS } from '../../theme';
import { nllCurveFigure, reliabilityFigure } from './calibrationFigures';
import { gradientScaleFigure } from './gradientScaleFigure';
import { pairBarsFigure } from './pairBarsFigure';
import { trustRegionFigure } from './trustRegionFigure';
import { vaeFigure } from './vaeFigure';

const round = (v: unknown): unknown =>
  typeof v === 'number'
    ? Number(v.toFixed(3))
    : Array.isArray(v)
      ? v.map(round)
      : v && typeof v === 'object'
        ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, round(x)]))
        : v;

const trace = (f: { data: unknown[] }, i: number) => f.data[i] as Record<string, unknown>;

describe('ML figures', () => {
  it('pairBarsFigure: P blue, Q vermillion, classes 1…C, values as labels', () => {
    const f = pairBarsFigure({
      p: [0.25, 0.75],
      q: [0.5, 0.5],
      pName: 'P',
      qName: 'Q',
      uirevision: 'x',
    });
    expect(round(f.data)).toMatchObject([
      {
        name: 'P',
        x: ['1', '2'],
        y: [0.25, 0.75],
        marker: { color: COLORS.p },
        text: ['0.25', '0.75'],
      },
      { name: 'Q', x: ['1', '2'], y: [0.5, 0.5], marker: { color: COLORS.q } },
    ]);
    expect(f.layout.uirevision).toBe('x');
  });

  it('gradientScaleFigure: two curves on log axes and the current T', () => {
    const points = [1, 2, 4].map((T) => ({
      temperature: T,
      gradientNorm: 1,
      gradientNormUnscaled: 1 / T ** 2,
    }));
    const f = gradientScaleFigure(points, 2);
    expect(round(trace(f, 1).y)).toEqual([1, 0.25, 0.063]);
    expect(trace(f, 2).x).toEqual([2, 2]);
    expect(trace(f, 2).y).toEqual([0.0625, 1]);
    expect(f.layout.xaxis?.type).toBe('log');
    expect(f.layout.yaxis?.type).toBe('log');
    // T from 1 to 4: real values on the axis, not powers of ten.
    expect(f.layout.xaxis?.ticktext).toEqual(['1', '2']);
  });

  it('vaeFigure: switched-off dimensions are grey and labelled off', () => {
    const f = vaeFigure([0.001, 0.8], [0]);
    const t = trace(f, 0);
    expect(t.x).toEqual(['z1', 'z2']);
    expect((t.marker as { color: string[] }).color).toEqual(['#b9c1cb', COLORS.p]);
    expect(t.text).toEqual(['off (0.001)', '0.8']);
  });

  it('trustRegionFigure: δ spans the η axis, the current η is a vertical line', () => {
    const f = trustRegionFigure(
      { eta: [0, 1, 2], klOldNew: [0, 0.1, 0.4], klNewOld: [0, 0.09, 0.3] },
      0.05,
      1.5,
    );
    expect(trace(f, 2)).toMatchObject({ x: [0, 2], y: [0.05, 0.05] });
    expect(trace(f, 3)).toMatchObject({ x: [1.5, 1.5], y: [0, 0.4] });
    expect(f.layout.xaxis?.range).toEqual([0, 2]);
  });

  it('calibration figures: fitted T marked; bars before and after, empty bins as gaps', () => {
    const fit = { temperature: 2.5, nll: nats(0.9), atBoundary: false };
    const n = nllCurveFigure(
      [
        { T: 1, nll: 1.2 },
        { T: 2.5, nll: 0.9 },
      ],
      fit,
      1.2,
    );
    expect(trace(n, 2)).toMatchObject({ x: [2.5], y: [0.9], name: 'fitted T = 2.500' });
    // A log T axis from 1 to 2.5 labelled at real values.
    expect(n.layout.xaxis).toMatchObject({ type: 'log', tickvals: [1, 2], ticktext: ['1', '2'] });
    const bin = (lower: number, count: number, acc: number | null) => ({
      lower,
      upper: lower + 0.5,
      count,
      confidence: acc === null ? null : lower + 0.25,
      accuracy: acc,
    });
    const before = { bins: [bin(0, 0, null), bin(0.5, 10, 0.6)], ece: 0.15, accuracy: 0.6 };
    const after = { bins: [bin(0, 2, 0.5), bin(0.5, 8, 0.625)], ece: 0.02, accuracy: 0.6 };
    const r = reliabilityFigure(before, after);
    expect(round(trace(r, 0))).toMatchObject({
      name: 'before (ECE 15.0%)',
      y: [null, 0.6],
      x: [0.14, 0.64],
    });
    expect(round(trace(r, 1))).toMatchObject({
      name: 'after (ECE 2.0%)',
      y: [0.5, 0.625],
      x: [0.36, 0.86],
    });
  });
});
