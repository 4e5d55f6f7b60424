import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normal } from '../../distributions/make';
import { drawSamples1 } from '../draw';
import { emMixture1, emMixture1Run, mixtureFitSpec } from '../em1';
import { gaussianMle1 } from '../mle';

// scikit-learn 1.2.1 GaussianMixture on the same 2000 values (scripts/references/em_gaussian_mixture.py).
const ref = JSON.parse(readFileSync(new URL('./em_reference.json', import.meta.url), 'utf8')) as {
  x: number[];
  weights: number[];
  mu: number[];
  sigma: number[];
  avgLogLik: number;
};

describe('EM for a 2-component 1-D mixture against sklearn GaussianMixture', () => {
  const xs = Float64Array.from(ref.x);
  const fit = emMixture1(xs, 2, { seed: 1, restarts: 4, tolerance: 1e-14, maxIterations: 5000 });
  const spec = mixtureFitSpec(fit);
  it('finds the same maximum: weights, means, standard deviations to 1e-6', () => {
    spec.components.forEach((c, j) => {
      expect(c.weight).toBeCloseTo(ref.weights[j]!, 6);
      expect(c.component.mu).toBeCloseTo(ref.mu[j]!, 6);
      expect(c.component.sigma).toBeCloseTo(ref.sigma[j]!, 6);
    });
  });
  it('and the same average log-likelihood (gm.score) to 1e-9', () => {
    expect(Math.abs(fit.avgLogLik - ref.avgLogLik)).toBeLessThan(1e-9);
    expect(fit.converged).toBe(true);
  });
  it('never lowers the likelihood from one restart to the chosen best', () => {
    for (let r = 0; r < 4; r++)
      expect(emMixture1Run(xs, 2, 1, r, { tolerance: 1e-14 }).avgLogLik).toBeLessThanOrEqual(
        fit.avgLogLik + 1e-12,
      );
  });
});

describe('EM with k = 1 is the closed-form MLE', () => {
  it('seed 3: μ̂, σ̂ equal the sample mean and the 1/n standard deviation', () => {
    const xs = drawSamples1(normal(2, 0.7), 3, 0, 1000);
    const em = emMixture1Run(xs, 1, 3, 0);
    const mle = gaussianMle1(xs);
    expect(em.mu[0]).toBeCloseTo(mle.mu, 12);
    expect(em.sigma[0]).toBeCloseTo(mle.sigma, 12);
    expect(em.weights[0]).toBe(1);
  });
  it('refuses data with no spread', () => {
    expect(() => emMixture1Run(Float64Array.of(1, 1, 1), 1, 1, 0)).toThrow(RangeError);
  });
});
