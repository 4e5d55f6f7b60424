import { describe, expect, it } from 'vitest';
import { normalLogPdf } from '../../distributions/density';
import { normal, normal2 } from '../../distributions/make';
import { monteCarloSamples1 } from '../../montecarlo/samples';
import { drawSamples1, drawSamples2 } from '../draw';
import { averageLogLikelihood1, gaussianMle1, gaussianMle2 } from '../mle';
import { forwardOptimum1, mleFit1, mlePoint1 } from '../mleStudy';
import { traceSizes } from '../trace';

describe('closed-form Gaussian MLE, hand examples', () => {
  it('1-D: {1, 2, 3, 4} → μ̂ = 2.5, σ̂² = (2.25 + 0.25 + 0.25 + 2.25)/4 = 1.25', () => {
    const g = gaussianMle1(Float64Array.of(1, 2, 3, 4));
    expect(g.mu).toBe(2.5);
    expect(g.sigma).toBeCloseTo(Math.sqrt(1.25), 15);
  });
  it('1-D far from 0: {1e9 + 1, 1e9 + 3} → σ̂ = 1 exactly (two passes, no cancellation)', () => {
    expect(gaussianMle1(Float64Array.of(1e9 + 1, 1e9 + 3)).sigma).toBe(1);
  });
  it('2-D: the square (0,0), (2,0), (0,2), (2,2) → mean (1,1), Σ̂ = I; (0,0),(1,1),(2,2),(3,3) shifted', () => {
    const g = gaussianMle2(Float64Array.of(0, 0, 2, 0, 0, 2, 2, 2));
    expect(g.mean).toEqual([1, 1]);
    expect(g.cov).toEqual([
      [1, 0],
      [0, 1],
    ]);
  });
  it('average log-likelihood of {0} under N(0,1) is −½ log 2π', () => {
    expect(averageLogLikelihood1(Float64Array.of(0), (x) => normalLogPdf(x, 0, 1))).toBeCloseTo(
      -0.5 * Math.log(2 * Math.PI),
      15,
    );
  });
});

describe('seeded samples', () => {
  it("P's stream 0 is the Monte Carlo lab's sample (the same points)", () => {
    const d = normal(1, 2);
    expect(drawSamples1(d, 9, 0, 500)).toEqual(monteCarloSamples1(d, 9, 500));
  });
  it('a larger n keeps the smaller sample as its prefix', () => {
    const d = normal2(0, 1, 2, 0.5, 0.3);
    expect(drawSamples2(d, 4, 1, 2000).subarray(0, 200)).toEqual(drawSamples2(d, 4, 1, 100));
  });
  it('seed 11, n = 10⁵ from N(2, 3): μ̂, σ̂ within 4 standard errors (σ/√n, σ/√(2n))', () => {
    const n = 1e5;
    const g = gaussianMle1(drawSamples1(normal(2, 3), 11, 0, n));
    expect(Math.abs(g.mu - 2)).toBeLessThan((4 * 3) / Math.sqrt(n));
    expect(Math.abs(g.sigma - 3)).toBeLessThan((4 * 3) / Math.sqrt(2 * n));
  });
  it('seed 12, n = 10⁵ from N2(1, −1, 2, 0.5, 0.6): Σ̂ within 4 standard errors', () => {
    const n = 1e5;
    const g = gaussianMle2(drawSamples2(normal2(1, -1, 2, 0.5, 0.6), 12, 0, n));
    // Var(Σ̂ᵢⱼ) ≈ (ΣᵢᵢΣⱼⱼ + Σᵢⱼ²)/n for a Gaussian.
    const c = [
      [4, 0.6],
      [0.6, 0.25],
    ];
    for (const [i, j] of [
      [0, 0],
      [0, 1],
      [1, 1],
    ] as const) {
      const se = Math.sqrt((c[i]![i]! * c[j]![j]! + c[i]![j]! ** 2) / n);
      expect(Math.abs(g.cov[i][j] - c[i]![j]!)).toBeLessThan(4 * se);
    }
    expect(Math.abs(g.mean[0] - 1)).toBeLessThan((4 * 2) / Math.sqrt(n));
  });
});

describe('maximum likelihood approaches the forward-KL optimum', () => {
  // P = ½N(−2, 0.7) + ½N(2, 0.7): moment matching gives μ = 0, σ² = 0.49 + 4 = 4.49.
  const p = {
    family: 'mixture' as const,
    components: [
      { weight: 1, component: normal(-2, 0.7) },
      { weight: 1, component: normal(2, 0.7) },
    ],
  };
  it('forward optimum is moment matching', () => {
    const f = forwardOptimum1(p);
    expect(f.q.mu).toBeCloseTo(0, 14);
    expect(f.q.sigma).toBeCloseTo(Math.sqrt(4.49), 14);
  });
  it('seed 2, n = 10⁵: KL(P‖Q̂) − KL(P‖Q*) ≥ 0 and < 1e-3; loglik ≈ −H(P, Q̂)', async () => {
    const xs = drawSamples1(p, 2, 0, 1e5);
    const q = await mleFit1(xs, xs.length, 1, 2, 1);
    const pt = mlePoint1(p, q, xs, xs.length);
    const opt = forwardOptimum1(p).kl;
    expect(pt.kl - opt).toBeGreaterThanOrEqual(-1e-9);
    expect(pt.kl - opt).toBeLessThan(1e-3);
    // The average log-likelihood estimates E_P[log q̂]; its sd is sd(log q̂)/√n ≈ 0.5/316.
    expect(Math.abs(pt.avgLogLik - pt.negCrossEntropy)).toBeLessThan(0.01);
  });
});

describe('traceSizes', () => {
  it('1-2-5 steps from 10 up to n, ending at n', () => {
    expect(traceSizes(1000)).toEqual([10, 20, 50, 100, 200, 500, 1000]);
    expect(traceSizes(300)).toEqual([10, 20, 50, 100, 200, 300]);
    expect(traceSizes(10)).toEqual([10]);
  });
});
