import { bernoulliDistribution } from '../distributions/discrete';
import type { Bernoulli } from '../distributions/types';
import { formatSpecNumber as num } from '../spec/number';
import type { DiscreteFamily } from './types';

/** Bern(p): P(X = 1) = p on the outcomes {0, 1}. */
export const BERNOULLI: DiscreteFamily<'bernoulli'> = {
  family: 'bernoulli',
  kind: 'discrete',
  token: 'Bern',
  label: 'Bernoulli',
  parameters: [
    {
      key: 'p',
      label: 'p',
      description: 'P(X = 1)',
      min: 0,
      max: 1,
      default: 0.5,
      slider: { min: 0, max: 1, step: 0.01 },
    },
  ],
  parse(r) {
    const [p] = r.numberList('Bern', 1);
    if (!(p!.value >= 0 && p!.value <= 1))
      r.fail(`Bern(p) needs 0 ≤ p ≤ 1, got ${p!.value}`, p!.start, p!.end);
    return { family: 'bernoulli', p: p!.value };
  },
  format: (d) => `Bern(${num(d.p)})`,
  sampleSpace: () => ({ kind: 'discrete', size: 2 }),
  support: () => ({ kind: 'integers', lo: 0, hi: 1 }),
  monteCarloCost: () => 1,
  distribution: bernoulliDistribution,
  uniform: () => ({ family: 'bernoulli', p: 0.5 }),
  fromProbabilities(probs): Bernoulli {
    if (probs.length !== 2) throw new RangeError(`Bern has 2 outcomes, not ${probs.length}`);
    return { family: 'bernoulli', p: probs[1]! };
  },
  weights: (d) => [1 - d.p, d.p],
  outcomeLabel: (k) => String(k),
  ui: {
    selectorLabel: 'Bernoulli',
    examplePair: { p: { family: 'bernoulli', p: 0.3 }, q: { family: 'bernoulli', p: 0.6 } },
    description: 'One yes/no outcome: 1 with probability p, 0 otherwise.',
    formula: 'P(X=1)={p}',
    torch: 'D.Bernoulli(probs=torch.tensor({p}))',
    scipy: 'stats.bernoulli({p})',
  },
};
