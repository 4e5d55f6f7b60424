import { describe, expect, it } from 'vitest';
import type { Continuous1Spec } from '../../../core/distributions/types';
import { fitDensityFigure } from './fitFigures';

const classic: Continuous1Spec = {
  family: 'mixture',
  components: [
    { weight: 0.5, component: { family: 'normal', mu: -3, sigma: 1 } },
    { weight: 0.5, component: { family: 'normal', mu: 3, sigma: 1 } },
  ],
};
const frame = { range: [-9, 9] as [number, number], yMax: 0.5, name: 'reverse' };
type Trace = { name: string; x: (number | null)[]; y: (number | null)[]; line?: { dash?: string } };
const trace = (f: ReturnType<typeof fitDensityFigure>, name: string) =>
  f.data.find((d) => (d as Trace).name === name) as Trace;

/** Mean and sd of a density sampled on a uniform grid, by the trapezoidal rule. */
function moments(x: number[], y: number[]) {
  const h = x[1]! - x[0]!;
  const trap = (f: (i: number) => number) =>
    h * (x.reduce((s, _, i) => s + f(i), 0) - 0.5 * (f(0) + f(x.length - 1)));
  const mass = trap((i) => y[i]!);
  const mean = trap((i) => x[i]! * y[i]!) / mass;
  const variance = trap((i) => (x[i]! - mean) ** 2 * y[i]!) / mass;
  return { mass, mean, sd: Math.sqrt(variance) };
}

describe('the 1-D fit panel draws the optimum it is given, the path over it', () => {
  const optimum = { mu: -2.98, sigma: 1.02 };
  const start = { mu: -1.6, sigma: 1.9 };
  const points = [start, { mu: -0.8, sigma: 2.5 }, { mu: 0, sigma: 2.74 }];
  const f = fitDensityFigure(classic, frame, {
    optimum,
    start,
    path: { points, index: 1, localMinimum: true },
  });

  it('the solid trace Q is N(μ, σ) of the optimum: its numerical mean and sd are μ and σ', () => {
    const q = trace(f, 'Q');
    expect(q.line?.dash).toBeUndefined();
    // ±9 is more than 5.9 σ from −2.98: the mass outside is below 1e-8, and the trapezoidal rule on
    // a Gaussian with h = 18/399 ≈ σ/23 is exact to far below that.
    const m = moments(q.x as number[], q.y as number[]);
    expect(m.mass).toBeCloseTo(1, 6);
    expect(m.mean).toBeCloseTo(optimum.mu, 6);
    expect(m.sd).toBeCloseTo(optimum.sigma, 6);
  });
  it('the start is dotted, the path’s shown iterate dashed, and neither is the trace Q', () => {
    const s = moments(trace(f, 'start').x as number[], trace(f, 'start').y as number[]);
    expect(trace(f, 'start').line?.dash).toBe('dot');
    // N(−1.6, 1.9): −9 is 3.9 σ away, so the truncated tail shifts the mean by ~1e-4.
    expect(s.mean).toBeCloseTo(-1.6, 2);
    const p = moments(trace(f, 'path').x as number[], trace(f, 'path').y as number[]);
    expect(trace(f, 'path').line?.dash).toBe('dash');
    // index 1: N(−0.8, 2.5) (its tails past ±9 hold ~1e-3 of the mass: 2 digits).
    expect(p.mean).toBeCloseTo(-0.8, 2);
  });
  it('the trail of peaks ends where the path ended, and says it is a local minimum', () => {
    const t = trace(f, 'path’s peaks');
    expect(t.x).toEqual([-1.6, -0.8, 0]);
    // The peak of N(0, 2.74) is 1/(2.74·√(2π)) = 0.1456.
    expect(t.y[2]).toBeCloseTo(1 / (2.74 * Math.sqrt(2 * Math.PI)), 12);
    const note = f.layout.annotations?.[0];
    expect(note?.x).toBe(0);
    expect(note?.text).toMatch(/local minimum/);
  });
  it('before any fit: the same traces, with blank points, and no annotation', () => {
    const g = fitDensityFigure(classic, frame, {
      optimum: null,
      start,
      path: { points: [start], index: 0, localMinimum: false },
    });
    expect(g.data.map((d) => (d as Trace).name)).toEqual(f.data.map((d) => (d as Trace).name));
    expect(trace(g, 'Q').x).toEqual([null]);
    expect(trace(g, 'path').x).toEqual([null]);
    expect(g.layout.annotations).toEqual([]);
  });
});
