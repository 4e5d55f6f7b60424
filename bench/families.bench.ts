/**
 * The new families' pure maths: integer sums with their proven tail bounds (Pois and Bin at the
 * edges of their ranges), and sampler throughput. No budgets: the issue sets none.
 */
import { xoshiro128FromSeed } from '../src/core/random/xoshiro128';
import { binomialSampler } from '../src/core/families/math/binomial';
import { gammaSampler } from '../src/core/families/math/gamma';
import {
  binomialIntegerDistribution as bin,
  integerMeasures,
  poissonIntegerDistribution as pois,
} from '../src/core/families/math/integerSums';
import { poissonSampler } from '../src/core/families/math/poisson';
import type { Sampler } from '../src/core/families/math/common';
import { bench } from './harness';

bench('families', 'integerMeasures Bin(100, 0.03) vs Pois(3)', () =>
  integerMeasures(bin({ n: 100, p: 0.03 }), pois({ lambda: 3 })),
);
bench('families', 'integerMeasures Bin(10000, 0.3) vs Pois(3000)', () =>
  integerMeasures(bin({ n: 10_000, p: 0.3 }), pois({ lambda: 3000 })),
);
bench('families', 'integerMeasures Pois(1e4) vs Bin(10000, 0.5) (summed 0 … 10⁴ + tail)', () =>
  integerMeasures(pois({ lambda: 1e4 }), bin({ n: 10_000, p: 0.5 })),
);
bench('families', 'integerMeasures Pois(1e-9) vs Pois(2)', () =>
  integerMeasures(pois({ lambda: 1e-9 }), pois({ lambda: 2 })),
);

const rng = xoshiro128FromSeed(7);
const many = (s: Sampler) => () => {
  let acc = 0;
  for (let i = 0; i < 10_000; i++) acc += s(rng);
  return acc;
};
bench(
  'families',
  '10⁴ draws Gamma(0.5, 1) (Marsaglia–Tsang + boost)',
  many(gammaSampler({ k: 0.5, theta: 1 })),
);
bench('families', '10⁴ draws Pois(3) (inversion)', many(poissonSampler({ lambda: 3 })));
bench('families', '10⁴ draws Pois(1e4) (PTRS)', many(poissonSampler({ lambda: 1e4 })));
bench('families', '10⁴ draws Bin(10000, 0.5) (BTRS)', many(binomialSampler({ n: 10_000, p: 0.5 })));
