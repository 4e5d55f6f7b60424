import { describe, expect, it } from 'vitest';
import { histogramKl, sharedHistogram } from '../histogramKl';

const set1 = (...v: number[]) => ({ dimension: 1 as const, values: Float64Array.from(v) });

describe('histogram plug-in KL, hand examples', () => {
  it('two bins on [0, 1]: p̂ = (½, ½), q̂ = (¼, ¾) → ½ log 2 + ½ log(2/3)', () => {
    const h = sharedHistogram(set1(0, 0.2, 0.7, 1), set1(0.1, 0.6, 0.8, 0.9), 2);
    expect(Array.from(h.p)).toEqual([2, 2]);
    expect(Array.from(h.q)).toEqual([1, 3]);
    const r = histogramKl(h);
    expect(r.finite).toBe(true);
    expect(r.value).toBeCloseTo(0.5 * Math.log(2) + 0.5 * Math.log(2 / 3), 15);
    if (r.finite) {
      // V = [Σp̂ log²(p̂/q̂) − D̂²]/n + [Σp̂²/q̂ − 1]/m with n = m = 4.
      const l1 = Math.log(2);
      const l2 = Math.log(2 / 3);
      const d = 0.5 * l1 + 0.5 * l2;
      const v = (0.5 * l1 * l1 + 0.5 * l2 * l2 - d * d) / 4 + (0.25 / 0.25 + 0.25 / 0.75 - 1) / 4;
      expect(r.hi - r.value).toBeCloseTo(1.959963984540054 * Math.sqrt(v), 14);
    }
  });
  it('a bin with P-mass and no Q-mass makes it infinite, naming the bin', () => {
    const r = histogramKl(sharedHistogram(set1(0, 1), set1(0, 0.1), 2));
    expect(r.finite).toBe(false);
    if (!r.finite) {
      expect(r.value).toBe(Infinity);
      expect(r.emptyQBins).toEqual([1]);
    }
  });
  it('identical sets give exactly 0', () => {
    expect(histogramKl(sharedHistogram(set1(1, 2, 3), set1(3, 2, 1), 5)).value).toBe(0);
  });
  it('2-D: 2×2 bins, row-major with y outer', () => {
    const p = { dimension: 2 as const, values: Float64Array.of(0, 0, 1, 1) };
    const q = { dimension: 2 as const, values: Float64Array.of(0, 0, 1, 1, 1, 0, 0, 1) };
    const h = sharedHistogram(p, q, 2);
    // Cells: (x0,y0)=0, (x1,y0)=1, (x0,y1)=2, (x1,y1)=3.
    expect(Array.from(h.p)).toEqual([1, 0, 0, 1]);
    expect(Array.from(h.q)).toEqual([1, 1, 1, 1]);
    // p̂ = (½, 0, 0, ½), q̂ = ¼ each: D = log 2.
    expect(histogramKl(h).value).toBeCloseTo(Math.log(2), 15);
  });
});
