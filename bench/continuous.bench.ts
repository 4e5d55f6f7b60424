import { continuous1Measures, integrand1Grid } from '../src/core/divergences/continuous1';
import { continuous2Measures, integrand2Grid } from '../src/core/divergences/continuous2';
import { klNormal, klNormal2 } from '../src/core/divergences/gaussian';
import type { Mixture1, Mixture2, Normal, Normal2 } from '../src/core/distributions/types';
import { bench } from './harness';
import { normal2 as n2 } from '../src/core/distributions/make';

const n = (mu: number, sigma: number): Normal => ({ family: 'normal', mu, sigma });
const mix1 = (...c: [number, Normal][]): Mixture1 => ({
  family: 'mixture',
  components: c.map(([weight, component]) => ({ weight, component })),
});
const mix2 = (...c: [number, Normal2][]): Mixture2 => ({
  family: 'mixture2',
  components: c.map(([weight, component]) => ({ weight, component })),
});

const p4 = mix1([0.1, n(-2, 0.5)], [0.2, n(0, 1)], [0.3, n(1, 0.3)], [0.4, n(3, 2)]);
const q3 = mix1([0.3, n(-1, 1)], [0.3, n(1, 2)], [0.4, n(2, 0.7)]);
const p2d = mix2(
  [0.2, n2(-2, 0, 1, 0.5, 0.5)],
  [0.3, n2(2, 1, 0.7, 1, -0.3)],
  [0.3, n2(0, -2, 1.5, 1, 0.9)],
  [0.2, n2(3, 3, 0.5, 0.5, 0)],
);
const q2d = n2(0, 0, 2, 2, 0.1);

bench('continuous', '1-D Gaussian KL, closed form', () => klNormal(n(0, 1), n(1, 2)), {
  budgetMs: 0.001,
});
bench(
  'continuous',
  '2-D Gaussian KL, closed form',
  () => klNormal2(n2(0, 0, 1, 1, 0.5), n2(1, -1, 2, 0.5, 0.3)),
  {
    budgetMs: 0.001,
  },
);
bench(
  'continuous',
  '1-D mixture(4) vs mixture(3), all measures',
  () => continuous1Measures(p4, q3),
  { budgetMs: 2 },
);
bench('continuous', '1-D JS of two Gaussians', () => continuous1Measures(n(0, 1), n(1, 2)), {
  budgetMs: 2,
});
bench('continuous', '2-D mixture(4) vs N2, all measures', () => continuous2Measures(p2d, q2d), {
  budgetMs: 20,
});
bench(
  'continuous',
  '2-D JS of two N2 (ρ = ±0.999)',
  () => continuous2Measures(n2(0, 0, 1, 1, 0.999), n2(0, 0, 1, 1, -0.999)),
  {
    budgetMs: 20,
  },
);
bench('continuous', 'integrand1Grid, 400 points', () => integrand1Grid(p4, q3, 400), {
  budgetMs: 1,
});
bench('continuous', 'integrand2Grid, 80×80', () => integrand2Grid(p2d, q2d, 80), { budgetMs: 5 });
