import { describe, expect, it } from 'vitest';
import type { MonteCarloTracePoint } from '../../../core/montecarlo/chunk';
import type { EstimatorSummary } from '../../../core/montecarlo/summary';
import { nats } from '../../../core/units';
import { COLORS } from '../../theme';
import { convergenceFigure, decadeTicks, settledRange } from './convergenceFigure';
import {
  densityRange,
  histogram,
  samplesFrequencyFigure,
  samplesHistogramFigure,
} from './samplesFigure';

const est = (estimate: number, se: number): EstimatorSummary => ({
  estimate: nats(estimate),
  se,
  ci95: [estimate - 1.96 * se, estimate + 1.96 * se],
});
const point = (
  n: number,
  k1: [number, number],
  k2: [number, number],
  k3: [number, number],
): MonteCarloTracePoint => ({
  n,
  k1: est(...k1),
  k2: est(...k2),
  k3: est(...k3),
});
// A hand-made trace: N = 1 has no SE; N = 1000 has an infinite k3 (left out).
const trace: MonteCarloTracePoint[] = [
  point(1, [2, Infinity], [1, Infinity], [3, Infinity]),
  point(10, [0.5, 0.2], [0.3, 0.1], [0.6, 0.3]),
  point(100, [0.4, 0.05], [0.31, 0.02], [0.42, 0.04]),
  point(1000, [0.36, 0.01], [0.3, 0.005], [Infinity, Infinity]),
];
const all = { k1: true, k2: true, k3: true };
const round = (x: unknown) => (typeof x === 'number' ? Math.round(x * 1e6) / 1e6 : x);

describe('convergenceFigure', () => {
  it('draws, per shown estimator, a ±2 SE band over the points with a finite SE and the line', () => {
    const f = convergenceFigure(trace, {
      shown: { k1: true, k2: false, k3: false },
      exact: 0.35,
      unit: 'nats',
      label: 'KL(P‖Q)',
    });
    expect(f.data.map((d) => d.name)).toEqual(['k1 ± 2 SE', 'k1', 'exact']);
    const band = f.data[0] as { x: number[]; y: number[] };
    expect(band.x).toEqual([10, 100, 1000, 1000, 100, 10]);
    // upper 0.5 + 0.4, 0.4 + 0.1, 0.36 + 0.02; then lower reversed 0.36 − 0.02, 0.4 − 0.1, 0.5 − 0.4.
    expect(band.y.map(round)).toEqual([0.9, 0.5, 0.38, 0.34, 0.3, 0.1]);
    const line = f.data[1] as { x: number[]; y: number[] };
    expect(line.x).toEqual([1, 10, 100, 1000]);
    expect(line.y).toEqual([2, 0.5, 0.4, 0.36]);
    const exact = f.data[2] as { x: number[]; y: number[] };
    expect(exact).toMatchObject({ x: [1, 1000], y: [0.35, 0.35] });
    expect(f.layout.xaxis).toMatchObject({ type: 'log' });
  });

  it('leaves out infinite estimates and hidden estimators; no exact line without a value', () => {
    const f = convergenceFigure(trace, {
      shown: { k1: false, k2: false, k3: true },
      exact: null,
      unit: 'nats',
      label: 'KL(P‖Q)',
    });
    expect(f.data.map((d) => d.name)).toEqual(['k3 ± 2 SE', 'k3']);
    expect((f.data[1] as { x: number[] }).x).toEqual([1, 10, 100]);
    expect(convergenceFigure([], { shown: all, exact: 1, unit: 'nats', label: 'x' }).data).toEqual(
      [],
    );
  });

  it('converts to bits by dividing by ln 2', () => {
    const f = convergenceFigure(trace, {
      shown: { k1: true, k2: false, k3: false },
      exact: Math.LN2,
      unit: 'bits',
      label: 'KL',
    });
    expect(round((f.data[2] as { y: number[] }).y[0])).toBe(1);
    expect(round((f.data[1] as { y: number[] }).y[3])).toBe(round(0.36 / Math.LN2));
  });

  it('frames the settled part: N ≥ min(100, N_last/10), estimates ± 2 SE and the exact value, 8 % padding', () => {
    // N ≥ 100: k1 0.4 ± 0.1, 0.36 ± 0.02; k2 0.31 ± 0.04, 0.3 ± 0.01; k3 0.42 ± 0.08; exact 0.2.
    // min 0.2 (exact), max 0.5 (k3 0.42 + 0.08); pad 0.024.
    const r = settledRange(trace, { shown: all, exact: 0.2, unit: 'nats', label: 'KL' })!;
    expect(r.map(round)).toEqual([0.176, 0.524]);
    expect(settledRange([], { shown: all, exact: 0.2, unit: 'nats', label: 'KL' })).toBeNull();
  });
});

describe('sample figures', () => {
  it('histogram: heights are count/(M·width), samples outside the range counted apart', () => {
    // Range [0, 4), 4 bins of width 1: 0.5 → bin 0; 1.5, 1.7 → bin 1; 3.9 → bin 3; −1 and 4 outside.
    const h = histogram([0.5, 1.5, 1.7, 3.9, -1, 4], 0, 4, 4);
    expect(h.width).toBe(1);
    expect(h.centres).toEqual([0.5, 1.5, 2.5, 3.5]);
    expect(h.heights.map(round)).toEqual([1 / 6, 2 / 6, 0, 1 / 6].map(round));
    expect(h.outside).toBe(2);
  });

  it('densityRange spans μ ± 4σ of every component: min(0 − 4, 1 − 6), max(0 + 4, 1 + 6)', () => {
    expect(
      densityRange({ family: 'normal', mu: 0, sigma: 1 }, { family: 'normal', mu: 1, sigma: 1.5 }),
    ).toEqual([-5, 7]);
  });

  it('histogram figure: P blue and Q vermillion bars with their density curves, which peak at 1/(σ√2π)', () => {
    const p = { family: 'normal', mu: 0, sigma: 1 } as const;
    const q = { family: 'normal', mu: 1, sigma: 2 } as const;
    const f = samplesHistogramFigure(p, q, [0, 0.1], [1, 2]);
    expect(f.data.map((d) => d.type)).toEqual(['bar', 'scatter', 'bar', 'scatter']);
    expect((f.data[0] as { marker: { color: string } }).marker.color).toBe(COLORS.p);
    expect((f.data[2] as { marker: { color: string } }).marker.color).toBe(COLORS.q);
    const curve = f.data[1] as { y: number[] };
    expect(Math.max(...curve.y)).toBeCloseTo(1 / Math.sqrt(2 * Math.PI), 3);
    const curveQ = f.data[3] as { y: number[] };
    expect(Math.max(...curveQ.y)).toBeCloseTo(1 / (2 * Math.sqrt(2 * Math.PI)), 3);
  });

  it('frequency figure: counts/M per outcome beside the probabilities', () => {
    const f = samplesFrequencyFigure([0.3, 0.7], [0.6, 0.4], [25, 75], [10, 30]);
    expect(f.data.map((d) => d.name)).toEqual([
      'frequency in 100 draws from P',
      'P(outcome)',
      'frequency in 40 draws from Q',
      'Q(outcome)',
    ]);
    expect((f.data[0] as { x: string[]; y: number[] }).y).toEqual([0.25, 0.75]);
    expect((f.data[0] as { x: string[] }).x).toEqual(['0', '1']);
    expect((f.data[1] as { y: number[] }).y).toEqual([0.3, 0.7]);
    expect((f.data[2] as { y: number[] }).y).toEqual([0.25, 0.75]);
  });
});

describe('decadeTicks', () => {
  it('labels every decade up to one past the largest N, in at most four characters', () => {
    expect(decadeTicks([1, 2, 5, 10, 20, 50, 100, 200])).toEqual({
      tickvals: [1, 10, 100, 1000],
      ticktext: ['1', '10', '100', '1k'],
    });
    const { ticktext } = decadeTicks([1, 1e8]);
    expect(ticktext).toEqual(['1', '10', '100', '1k', '10k', '100k', '1M', '10M', '100M', '1G']);
  });

  it('gives the first decade alone before any sample', () => {
    expect(decadeTicks([])).toEqual({ tickvals: [1, 10], ticktext: ['1', '10'] });
  });
});
