import { categoricalDistribution, categoricalNormaliser } from '../distributions/discrete';
import type { Categorical } from '../distributions/types';
import { formatSpecNumber as num } from '../spec/number';
import type { DiscreteFamily } from './types';

/** Cat(w₁,…,w_K): P(X = k) = w_k / Σw on K ≥ 2 outcomes. */
export const CATEGORICAL: DiscreteFamily<'categorical'> = {
  family: 'categorical',
  kind: 'discrete',
  token: 'Cat',
  label: 'Categorical',
  parameters: [],
  parse(r) {
    const ws = r.numberList('Cat');
    if (ws.length < 2) r.fail('Cat needs at least 2 probabilities', ws[0]!.start, r.position());
    const negative = ws.find((w) => w.value < 0);
    if (negative)
      r.fail(`Cat probabilities must be ≥ 0, got ${negative.value}`, negative.start, negative.end);
    let total = 0;
    for (const w of ws) total += w.value;
    if (!(total > 0) || !Number.isFinite(total))
      r.fail('Cat probabilities must have a positive, finite sum', ws[0]!.start, r.position());
    return { family: 'categorical', weights: ws.map((w) => w.value) };
  },
  format: (d) => `Cat(${d.weights.map(num).join(',')})`,
  sampleSpace: (d) => ({ kind: 'discrete', size: d.weights.length }),
  support: (d) => ({ kind: 'integers', lo: 0, hi: d.weights.length - 1 }),
  monteCarloCost: () => 1,
  distribution: categoricalDistribution,
  uniform: (d) => ({ family: 'categorical', weights: d.weights.map(() => 1) }),
  fromProbabilities: (probs): Categorical => ({
    family: 'categorical',
    weights: Array.from(probs),
  }),
  weights: (d) => d.weights,
  outcomeLabel: (k) => String(k + 1),
  normaliser: (d) => categoricalNormaliser(d.weights),
  ui: {
    selectorLabel: 'Categorical',
    examplePair: {
      p: { family: 'categorical', weights: [0.1, 0.4, 0.3, 0.2] },
      q: { family: 'categorical', weights: [0.25, 0.25, 0.25, 0.25] },
    },
    description: 'K outcomes with probabilities proportional to the weights.',
    formula: 'P(X=k)=w_k/\\textstyle\\sum_j w_j',
  },
};
