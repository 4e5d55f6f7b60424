import { describe, expect, it } from 'vitest';
import type { Mixture2 } from '../../../core/distributions/types';
import { ellipse1Sigma, fit2Box, fit2Figure, fit2StartTraces } from './fit2Figure';

const r3 = (x: number) => Math.round(x * 1000) / 1000;
const n2 = (mx: number, my: number) => ({
  family: 'normal2' as const,
  mx,
  my,
  sx: 1,
  sy: 1,
  rho: 0,
});
const p2: Mixture2 = {
  family: 'mixture2',
  components: [
    { weight: 1, component: n2(-3, 0) },
    { weight: 1, component: n2(3, 0) },
  ],
};

describe('fit figures (numbers rounded)', () => {
  it('1σ ellipse of N((1, 2), [[4, 2], [2, 2]]): L = [[2, 0], [1, 1]], points m + L(cos t, sin t)', () => {
    // t = 0 → (1 + 2, 2 + 1); t = π/2 → (1, 2 + 1); t = π → (1 − 2, 2 − 1).
    const e = ellipse1Sigma(
      {
        mean: [1, 2],
        cov: [
          [4, 2],
          [2, 2],
        ],
      },
      5,
    );
    expect(e.x.map(r3)).toEqual([3, 1, -1, 1, 3]);
    expect(e.y.map(r3)).toEqual([3, 3, 1, 1, 3]);
  });
  it('the 2-D figure: P contours over the box, forward dashed and reverse solid', () => {
    const fwd = {
      mean: [0, 0] as const,
      cov: [
        [10, 0],
        [0, 1],
      ] as const,
    };
    const rev = {
      mean: [3, 0] as const,
      cov: [
        [1, 0],
        [0, 1],
      ] as const,
    };
    // Box: means ± 3.5 → x ∈ [−6.5, 6.5], y ∈ [−3.5, 3.5]; the forward 2σ box is narrower.
    expect(fit2Box(p2, [fwd, rev]).map(r3)).toEqual([-6.5, 6.5, -3.5, 3.5]);
    const f = fit2Figure(p2, fwd, rev, 11);
    expect(f.data.map((d) => d.type)).toEqual(['contour', 'scatter', 'scatter', 'scatter']);
    const z = (f.data[0] as { z: number[][] }).z;
    // At (3, 0): ½·N2((3,0); (3,0), I) + ½·tiny = 1/(4π) ≈ 0.0796 (grid x = −6.5 + 1.3 k; k = 7.3: not on grid,
    // so check the peak value over the grid stays below the exact maximum 1/(4π)).
    expect(Math.max(...z.flat())).toBeLessThanOrEqual(1 / (4 * Math.PI) + 1e-12);
    const fe = f.data[1] as { x: number[]; name: string; line: { dash: string; color: string } };
    expect(fe.line.dash).toBe('dash');
    expect(r3(Math.max(...fe.x))).toBe(r3(Math.sqrt(10)));
    // Told apart by colour and by line, and named in the legend.
    const re = f.data[2] as { x: number[]; name: string; line: { dash?: string; color: string } };
    expect(re.line.dash).toBeUndefined();
    expect(re.line.color).not.toBe(fe.line.color);
    expect(fe.name).toMatch(/forward/);
    expect(re.name).toMatch(/reverse/);
    expect(f.layout.showlegend).toBe(true);
    // The reverse ellipse is N((3, 0), I)'s 1σ circle: x from 2 to 4.
    expect([Math.min(...re.x), Math.max(...re.x)].map(r3)).toEqual([2, 4]);
  });
});

describe('fit2StartTraces', () => {
  it('draws the start ellipse through m ± √Σ₁₁ on the x-axis, and the path (empty until there is one)', () => {
    // N((1, 2), diag(4, 1)): the ellipse at angle 0 is (1 + 2, 2), at angle π it is (1 − 2, 2).
    const start = { mean: [1, 2] as const, cov: [[4, 0] as const, [0, 1] as const] as const };
    const only = fit2StartTraces(start, [start]);
    // The path trace is there with one blank point, so the legend (and the plot area) keep their size.
    expect(only.length).toBe(2);
    expect((only[1] as { x: (number | null)[] }).x).toEqual([null]);
    const e = only[0] as { x: number[]; y: number[] };
    expect(e.x[0]).toBeCloseTo(3, 12);
    expect(e.y[0]).toBeCloseTo(2, 12);
    expect(e.x[36]).toBeCloseTo(-1, 12);
    const end = { mean: [3, 0] as const, cov: start.cov };
    const both = fit2StartTraces(start, [start, end]);
    expect((both[1] as { x: number[] }).x).toEqual([1, 3]);
  });
});
