import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { emMixture2Run, mixture2FitSpec } from '../em2';
import { gaussianMle2 } from '../mle';

// scikit-learn 1.2.1 GaussianMixture (full covariances) on the same 3000 points
// (scripts/references/em_gaussian_mixture2.py).
const ref = JSON.parse(readFileSync(new URL('./em2_reference.json', import.meta.url), 'utf8')) as {
  xy: number[];
  weights: number[];
  mean: [number, number][];
  cov: [[number, number], [number, number]][];
  avgLogLik: number;
};
const xy = Float64Array.from(ref.xy);
const n = xy.length / 2;

describe('EM for a 2-component 2-D mixture against sklearn GaussianMixture', () => {
  const runs = [0, 1, 2, 3].map((r) =>
    emMixture2Run(xy, n, 2, 1, r, { tolerance: 1e-14, maxIterations: 5000 }),
  );
  const fit = runs.reduce((a, b) => (b.avgLogLik > a.avgLogLik ? b : a));
  const spec = mixture2FitSpec(fit);
  it('finds the same maximum: weights, means and covariances to 1e-6', () => {
    spec.components.forEach(({ weight, component: c }, j) => {
      expect(weight).toBeCloseTo(ref.weights[j]!, 6);
      expect(c.mx).toBeCloseTo(ref.mean[j]![0], 6);
      expect(c.my).toBeCloseTo(ref.mean[j]![1], 6);
      const [[a, b], [, d]] = ref.cov[j]!;
      expect(c.sx * c.sx).toBeCloseTo(a, 6);
      expect(c.sy * c.sy).toBeCloseTo(d, 6);
      expect(c.rho * c.sx * c.sy).toBeCloseTo(b, 6);
    });
  });
  it('and the same average log-likelihood (gm.score) to 1e-9', () => {
    expect(Math.abs(fit.avgLogLik - ref.avgLogLik)).toBeLessThan(1e-9);
    expect(fit.converged).toBe(true);
  });
  it('no restart beats sklearn’s ten-start maximum', () => {
    for (const r of runs) expect(r.avgLogLik).toBeLessThanOrEqual(ref.avgLogLik + 1e-9);
  });
});

describe('2-D EM edge cases', () => {
  it('k = 1 is the closed-form MLE in one step', () => {
    const one = emMixture2Run(xy, n, 1, 1, 0);
    const g = gaussianMle2(xy, n);
    expect(one.weights).toEqual([1]);
    expect(one.mean[0]![0]).toBeCloseTo(g.mean[0], 12);
    expect(one.mean[0]![1]).toBeCloseTo(g.mean[1], 12);
    expect(one.cov[0]![0][0]).toBeCloseTo(g.cov[0][0], 12);
    expect(one.cov[0]![0][1]).toBeCloseTo(g.cov[0][1], 12);
    expect(one.cov[0]![1][1]).toBeCloseTo(g.cov[1][1], 12);
  });
  it('refuses points on a line and too few points', () => {
    const line = Float64Array.of(0, 0, 1, 2, 2, 4, 3, 6);
    expect(() => emMixture2Run(line, 4, 2, 1, 0)).toThrow(/line/);
    expect(() => emMixture2Run(xy, 1, 2, 1, 0)).toThrow(/at least 2/);
  });
});
