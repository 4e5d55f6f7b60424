import { describe, expect, it } from 'vitest';
import type { DiscreteView } from '../../core/analysis';
import { contributionsFigure, discretePairFigure } from './figures/discretePairFigures';
import { topCategories } from './topCategories';

const view = (p: number[], q: number[]): DiscreteView => ({
  kind: 'discrete',
  p: Float64Array.from(p),
  q: Float64Array.from(q),
  // The terms by definition, with 0·log 0 = 0 and p·log(p/0) = ∞.
  contributionsPQ: Float64Array.from(p, (x, k) => (x === 0 ? 0 : x * Math.log(x / q[k]!))),
  contributionsQP: Float64Array.from(q, (x, k) => (x === 0 ? 0 : x * Math.log(x / p[k]!))),
});

const round = (xs: readonly number[]) => xs.map((x) => Math.round(x * 1e9) / 1e9);

describe('topCategories', () => {
  it('shows every category, in order, when there are few', () => {
    const s = topCategories(view([0.5, 0.5], [0.25, 0.75]), 3);
    expect(s.labels).toEqual(['0', '1']);
    expect(s.otherCount).toBe(0);
    expect(s.axisTitle).toBe('category');
  });

  it('labels a window of counts by the outcomes themselves, on an "outcome k" axis', () => {
    const counts = {
      ...view([0.2, 0.5, 0.3], [0.3, 0.4, 0.3]),
      integers: { runs: [{ first: 7, count: 3 }], capped: false },
    };
    const s = topCategories(counts, 1);
    expect(s.labels).toEqual(['7', '8', '9']);
    expect(s.axisTitle).toBe('outcome k');
    expect(discretePairFigure(s).layout.xaxis!.title).toEqual({ text: 'outcome k' });
  });

  it('two runs of counts are labelled by their outcomes, with a dashed break between them', () => {
    const counts = {
      ...view([0.5, 0.5, 0, 0], [0, 0, 0.5, 0.5]),
      integers: {
        runs: [
          { first: 0, count: 2 },
          { first: 300, count: 2 },
        ],
        capped: false,
      },
    };
    const s = topCategories(counts, 1);
    expect(s.labels).toEqual(['0', '1', '300', '301']);
    expect(s.breaks).toEqual([2]);
    // Between bar 1 and bar 2 of the category axis: x = 1.5.
    const shapes = discretePairFigure(s).layout.shapes!;
    expect(shapes.map((sh) => [sh.x0, sh.x1, sh.line?.dash])).toEqual([[1.5, 1.5, 'dot']]);
    expect(contributionsFigure(s, 'nats').layout.shapes).toHaveLength(1);
  });

  it('keeps the n largest |p log p/q| and groups the rest as "other (K − n)"', () => {
    // p = (0.4, 0.1, 0.3, 0.2, 0), q = (0.1, 0.1, 0.2, 0.2, 0.4):
    // terms 0.4 ln 4 ≈ 0.5545, 0, 0.3 ln 1.5 ≈ 0.1216, 0, 0 → top 2 are categories 1 and 3.
    const s = topCategories(view([0.4, 0.1, 0.3, 0.2, 0], [0.1, 0.1, 0.2, 0.2, 0.4]), 2);
    expect(s.labels).toEqual(['1', '3', 'other (3)']);
    expect(s.indices).toEqual([0, 2, -1]);
    // other: p = 0.1 + 0.2 + 0 = 0.3, q = 0.1 + 0.2 + 0.4 = 0.7, pq = 0, qp = 0.1·0 + 0.2·0 + 0.4·∞
    expect(round(s.p)).toEqual([0.4, 0.3, 0.3]);
    expect(round(s.q)).toEqual([0.1, 0.2, 0.7]);
    expect(round(s.pq)).toEqual(round([0.4 * Math.log(4), 0.3 * Math.log(1.5), 0]));
    expect(s.qp[2]).toBe(Infinity);
  });

  it('puts an infinite contribution first', () => {
    const s = topCategories(view([0.2, 0.2, 0.2, 0.2, 0.2], [0.3, 0.3, 0.2, 0.2, 0]), 1);
    expect(s.indices).toEqual([4, -1]);
    expect(s.pq[0]).toBe(Infinity);
  });

  // Its speed is measured by `npm run bench:ui`, not asserted here (house rule: no wall-clock limits).
  it('handles K = 100,000', () => {
    const k = 100_000;
    const p = Array.from({ length: k }, (_, i) => 1 / (i + 1));
    const q = Array.from({ length: k }, () => 1);
    const s = topCategories(view(p, q), 24);
    expect(s.labels).toHaveLength(25);
    expect(s.labels[24]).toBe('other (99,976)');
  });
});

describe('discrete figures', () => {
  const s = topCategories(view([0.5, 0.5], [1, 0]), 5);

  it('outlines the outcome where Q is 0 and P is not', () => {
    const f = discretePairFigure(s);
    const marker = (f.data[1] as { marker: { line: { width: number[] } } }).marker;
    expect(marker.line.width).toEqual([0, 2.5]);
  });

  it('does not outline bars whose probability underflowed while their term is finite', () => {
    // Pois(3) against Pois(300) near k = 300: p underflows to 0 but ln p is finite, so the term
    // q·ln(q/p) is a large finite number, not a support mismatch.
    const shown = { ...topCategories(view([0, 0.02], [0.01, 0.02]), 5), qp: [1200, 0], pq: [0, 0] };
    const f = discretePairFigure(shown);
    const marker = (f.data[0] as { marker: { line: { width: number[] } } }).marker;
    expect(marker.line.width).toEqual([0, 0]);
  });

  it('caps an infinite contribution at 1.25 × the largest finite one and marks it ∞', () => {
    const f = contributionsFigure(s, 'nats');
    // pq = (0.5 ln 0.5, ∞), qp = (1·ln(1/0.5), 0) = (ln 2, 0): the largest finite |value| is
    // ln 2, so the cap is 1.25 ln 2 ≈ 0.86643.
    const y = (f.data[0] as { y: number[] }).y;
    expect(round(y)).toEqual(round([0.5 * Math.log(0.5), 1.25 * Math.LN2]));
    expect(f.layout.annotations).toHaveLength(1);
    expect(f.layout.annotations![0]!.text).toBe('<b>∞</b>');
  });

  it('follows the unit', () => {
    const f = contributionsFigure(s, 'bits');
    // 0.5 log2(0.5) = −0.5 bits
    expect(round([(f.data[0] as { y: number[] }).y[0]!])).toEqual([-0.5]);
  });
});
