import { bernoulliDistribution } from '../src/core/distributions/discrete';
import { bench } from './harness';

bench(
  'discrete',
  'Bernoulli → discrete representation',
  () => bernoulliDistribution({ family: 'bernoulli', p: 0.3 }).probs[0],
);
