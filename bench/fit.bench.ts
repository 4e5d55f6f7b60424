import type { Continuous1Spec, Mixture2, Normal2 } from '../src/core/distributions/types';
import { reverseFit1 } from '../src/core/fit/reverse1';
import { reverseFit2 } from '../src/core/fit/reverse2';
import { bench } from './harness';

const p1: Continuous1Spec = {
  family: 'mixture',
  components: [
    { weight: 0.5, component: { family: 'normal', mu: -3, sigma: 1 } },
    { weight: 0.5, component: { family: 'normal', mu: 3, sigma: 1 } },
  ],
};
const n2 = (mx: number, my: number): Normal2 => ({
  family: 'normal2',
  mx,
  my,
  sx: 1,
  sy: 1,
  rho: 0,
});
const p2: Mixture2 = {
  family: 'mixture2',
  components: [
    { weight: 0.5, component: n2(-3, 0) },
    { weight: 0.5, component: n2(3, 0) },
  ],
};

bench(
  'fit',
  '1-D reverse fit, 12 restarts, ½N(−3,1)+½N(3,1)',
  () => reverseFit1(p1, { seed: 1 }).minima.length,
  { budgetMs: 300 },
);
bench(
  'fit',
  '2-D reverse fit, 12 restarts, two unit modes at (±3, 0)',
  () => reverseFit2(p2, { seed: 1 }).minima.length,
  { budgetMs: 2000, sampleMs: 1 },
);
