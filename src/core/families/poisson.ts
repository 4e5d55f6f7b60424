import type { Poisson } from '../distributions/types';
import { formatSpecNumber as num } from '../spec/number';
import { poissonIntegerDistribution } from './math/integerSums';
import {
  klPoisson,
  POISSON_LAMBDA_RANGE,
  poissonParamError,
  poissonQuantile,
  poissonSampler,
} from './math/poisson';
import type { IntegerFamily } from './types';

/** Two significant digits, within the grammar's range: a round λ for a companion Q. */
const roundLambda = (x: number) =>
  Math.min(POISSON_LAMBDA_RANGE.hi, Math.max(POISSON_LAMBDA_RANGE.lo, Number(x.toPrecision(2))));

/** Pois(λ): P(X = k) = λᵏe^(−λ)/k! on {0, 1, 2, …}, λ from 1e-9 to 1e4. */
export const POISSON: IntegerFamily<'poisson'> = {
  family: 'poisson',
  kind: 'integer',
  token: 'Pois',
  label: 'Poisson',
  parameters: [
    {
      key: 'lambda',
      label: 'λ',
      description: 'rate (the mean number of events)',
      min: POISSON_LAMBDA_RANGE.lo,
      max: POISSON_LAMBDA_RANGE.hi,
      default: 3,
      slider: { min: 0.01, max: 1e4, step: 0.01 },
      log: true,
    },
  ],
  parse(r) {
    const [lambda] = r.numberList('Pois', 1);
    const problem = poissonParamError({ lambda: lambda!.value });
    if (problem) r.fail(problem, lambda!.start, lambda!.end);
    return { family: 'poisson', lambda: lambda!.value };
  },
  format: (d) => `Pois(${num(d.lambda)})`,
  sampleSpace: () => ({ kind: 'integers' }),
  support: () => ({ kind: 'integers', lo: 0, hi: Infinity }),
  // PTRS / inversion: a few uniforms and logs per draw, plus two log-pmfs for the ratio.
  monteCarloCost: () => 4,
  integerDistribution: poissonIntegerDistribution,
  quantile: (d, u) => poissonQuantile(u, d),
  sampler: poissonSampler,
  companion: (d): Poisson => ({ family: 'poisson', lambda: roundLambda(1.5 * d.lambda) }),
  closedForms: { poisson: { kl: (p, q) => klPoisson(p, q).value } },
  ui: {
    selectorLabel: 'Poisson',
    examplePair: {
      p: { family: 'poisson', lambda: 3 },
      q: { family: 'poisson', lambda: 5 },
    },
    description: 'Counts of rare events: mean and variance λ, every count 0, 1, 2, … possible.',
    formula: 'P(X=k)=\\frac{{lambda}^k e^{-{lambda}}}{k!}',
    torch: 'D.Poisson(torch.tensor({lambda}))',
    scipy: 'stats.poisson({lambda})',
  },
};
