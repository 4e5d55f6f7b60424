import { describe, expect, it } from 'vitest';
import type { RenyiPoint } from '../../../core/divergences/renyiCurve';
import { exact, type MeasureSet } from '../../../core/divergences/types';
import { fDivergenceInequalities } from '../../../core/measures/inequalities';
import { fDivergenceChainFigure, labelPosition } from './fDivergenceChainFigure';
import { measuresFigure } from './measuresFigure';
import { renyiCurveFigure } from './renyiCurveFigure';

// Bern(0.3) vs Bern(0.6) by hand: KL(P‖Q) = 0.7 ln(7/4) + 0.3 ln(1/2), KL(Q‖P) = 0.4 ln(4/7) + 0.6 ln 2,
// TV = 0.3, H² = 1 − (√.28 + √.18).
const klPQ = 0.7 * Math.log(7 / 4) + 0.3 * Math.log(0.5);
const klQP = 0.4 * Math.log(4 / 7) + 0.6 * Math.log(2);
const h2 = 1 - (Math.sqrt(0.28) + Math.sqrt(0.18));
const set = (renyi: number): MeasureSet => ({
  klPQ: exact(klPQ),
  klQP: exact(klQP),
  js: exact(0.05),
  symKl: exact(klPQ + klQP),
  cePQ: exact(1),
  hP: exact(0.6),
  hQ: exact(0.67),
  tv: exact(0.3),
  hellinger: exact(h2),
  renyi: exact(renyi),
});

describe('fDivergenceInequalities', () => {
  it('uses the smaller KL for Pinsker and √(2H²) for the upper Hellinger bound', () => {
    const v = fDivergenceInequalities(set(0.1), 0.5);
    expect(klPQ).toBeLessThan(klQP);
    expect(v.direction).toBe('PQ');
    expect(v.pinsker).toBeCloseTo(Math.sqrt(klPQ / 2), 15);
    expect(v.leCam).toBeCloseTo(Math.sqrt(2 * h2), 15);
  });
});

describe('measuresFigure', () => {
  it('puts the unitless TV and H² on their own [0, 1] axis, never converted to bits', () => {
    const f = measuresFigure(set(0.1), 'bits', 0.5);
    const bounded = f.data.find((d) => (d as { yaxis?: string }).yaxis === 'y2') as {
      x: string[];
      y: number[];
    };
    expect(bounded.x).toEqual(['TV', 'H²']);
    expect(bounded.y).toEqual([0.3, h2]);
    const main = f.data[0] as { x: string[]; y: (number | null)[] };
    expect(main.x).toContain('D₀.₅');
    expect(main.x).not.toContain('TV');
    // D_½ in bits: 0.1 / ln 2.
    expect(main.y[main.x.indexOf('D₀.₅')]).toBeCloseTo(0.1 / Math.LN2, 14);
    expect((f.layout.yaxis2 as { range: number[] }).range[0]).toBe(0);
  });

  it("labels the bars where they fit, the cross-entropy's on top of its stack", () => {
    const labels = (width: number) =>
      measuresFigure(
        { ...set(0.1), hP: exact(-0.5), cePQ: exact(-0.5 + klPQ) },
        'nats',
        0.5,
        width,
      ).data.filter((d) => (d as { mode?: string }).mode === 'text') as {
        x: string[];
        y: number[];
        textposition: string[];
      }[];
    const [main, bounded] = labels(1900);
    // H(P) = −0.5 < 0 and KL(P‖Q) > 0: the stack's top, −0.5 + KL, is labelled above it.
    const ce = main!.x.indexOf('H(P,Q)');
    expect(main!.y[ce]).toBeCloseTo(-0.5 + klPQ, 14);
    expect(main!.textposition[ce]).toBe('top center');
    expect(main!.textposition[main!.x.indexOf('H(P)')]).toBe('bottom center');
    expect(bounded!.x).toEqual(['TV', 'H²']);
    // A phone's bars are ~20–25 px each: no label shows (the readouts show the numbers). Where a
    // short label would fit, the trace stays with its labels empty, so a drag cannot add or
    // remove it.
    const phone = labels(330) as unknown as { text: string[] }[];
    expect(phone.flatMap((t) => t.text).every((t) => t === '')).toBe(true);
  });
});

describe('the f-divergence panel figures', () => {
  it('draws the chain with TV on both rows and clips an infinite Pinsker bound to the line', () => {
    const m = {
      ...set(0.1),
      klPQ: exact(Infinity, { code: 'beyond-double' }),
      klQP: exact(Infinity, { code: 'beyond-double' }),
    };
    const f = fDivergenceChainFigure(fDivergenceInequalities(m, 0.5));
    const tv = f.data.find((d) => d.name === 'TV') as { x: number[] };
    expect(tv.x).toEqual([0.3, 0.3]);
    const pinsker = f.data[3] as { x: number[]; text: string[] };
    expect(pinsker.x[1]).toBe(1.5);
    expect(pinsker.text[1]).toContain('∞');
  });

  it('writes labels near the ends of the line inwards, so none runs past the plot', () => {
    // Bern(0.3) vs Bern(0.6): every point lies in [0, 0.45) (H² ≈ 0.047, TV = 0.3, √(KL/2) ≈ 0.303,
    // √2·H ≈ 0.305): each label starts at its point and grows to the right.
    const f = fDivergenceChainFigure(fDivergenceInequalities(set(0.1), 0.5));
    const labelled = f.data.filter((d) => (d as { mode?: string }).mode === 'text+markers') as {
      textposition: string[];
    }[];
    expect(labelled.map((d) => d.textposition)).toEqual([
      ['bottom right', 'top right'],
      ['bottom right', 'top right'],
    ]);
    expect(labelPosition('top', 1.5)).toBe('top left');
    expect(labelPosition('bottom', 1)).toBe('bottom center');
  });

  it('marks KL at α = 1 and the current order, and stops the curve at the first infinite order', () => {
    const pts: RenyiPoint[] = [0.5, 1, 1.5, 2].map((order) => ({
      order,
      value: order < 2 ? exact(order / 10) : exact(Infinity, { code: 'divergent-integral' }),
    }));
    const f = renyiCurveFigure(pts, { order: 0.5, value: 0.05 }, 'nats');
    expect(f.firstInfinite).toBe(2);
    const [line, kl, current] = f.data as { x: number[]; y: number[] }[];
    expect(line!.x).toEqual([0.5, 1, 1.5]);
    expect(kl!.x).toEqual([1]);
    expect(kl!.y).toEqual([0.1]);
    expect(current!.x).toEqual([0.5]);
  });

  it("leaves the current-order marker out for another pair's points, keeping the axis range", () => {
    const pts: RenyiPoint[] = [0.5, 1, 2].map((order) => ({ order, value: exact(order / 10) }));
    const f = renyiCurveFigure(pts, { order: 4, value: null }, 'nats');
    expect(f.data.map((d) => d.name)).toEqual(['D_α(P‖Q)', 'KL(P‖Q) = D₁']);
    expect((f.layout.xaxis as { range: number[] }).range[1]).toBeCloseTo(4 * 1.02, 12);
  });
});
