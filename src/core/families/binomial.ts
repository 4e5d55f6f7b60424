import type { Binomial, Poisson } from '../distributions/types';
import { formatSpecNumber as num } from '../spec/number';
import {
  BINOMIAL_MAX_N,
  binomialParamError,
  binomialQuantile,
  binomialSampler,
  binomialSupport,
  klBinomial,
} from './math/binomial';
import { binomialIntegerDistribution } from './math/integerSums';
import { POISSON_LAMBDA_RANGE } from './math/poisson';
import type { IntegerFamily } from './types';

/**
 * Bin(n, p): P(X = k) = C(n, k)·pᵏ(1 − p)ⁿ⁻ᵏ on {0, …, n}, n whole from 1 to 10,000. It lives on the
 * counts {0, 1, 2, …} like Pois, so Bin(100, 0.03) against Pois(3) is the Poisson approximation's
 * error, and KL(Pois‖Bin) = ∞ (a Poisson can exceed n).
 */
export const BINOMIAL: IntegerFamily<'binomial'> = {
  family: 'binomial',
  kind: 'integer',
  token: 'Bin',
  label: 'Binomial',
  parameters: [
    {
      key: 'n',
      label: 'n',
      description: 'number of trials (a whole number)',
      min: 1,
      max: BINOMIAL_MAX_N,
      default: 10,
      slider: { min: 1, max: 200, step: 1 },
    },
    {
      key: 'p',
      label: 'p',
      description: 'success probability of each trial',
      min: 0,
      max: 1,
      default: 0.5,
      slider: { min: 0, max: 1, step: 0.001 },
    },
  ],
  parse(r) {
    const [n, p] = r.numberList('Bin', 2);
    const nProblem = binomialParamError({ n: n!.value, p: 0.5 });
    if (nProblem) r.fail(nProblem, n!.start, n!.end);
    const pProblem = binomialParamError({ n: n!.value, p: p!.value });
    if (pProblem) r.fail(pProblem, p!.start, p!.end);
    return { family: 'binomial', n: n!.value, p: p!.value };
  },
  format: (d) => `Bin(${num(d.n)},${num(d.p)})`,
  sampleSpace: () => ({ kind: 'integers' }),
  support: (d) => ({ kind: 'integers', ...binomialSupport(d) }),
  // BTRS / inversion: a few uniforms and logs per draw, plus two log-pmfs for the ratio.
  monteCarloCost: () => 4,
  integerDistribution: binomialIntegerDistribution,
  quantile: (d, u) => binomialQuantile(u, d),
  sampler: binomialSampler,
  // The Poisson approximation: Pois(np), within Pois's range.
  companion: (d): Poisson => ({
    family: 'poisson',
    lambda: Math.min(POISSON_LAMBDA_RANGE.hi, Math.max(POISSON_LAMBDA_RANGE.lo, d.n * d.p)),
  }),
  closedForms: {
    binomial: { applies: (p, q) => p.n === q.n, kl: (p, q) => klBinomial(p, q).value },
  },
  ui: {
    selectorLabel: 'Binomial',
    examplePair: {
      p: { family: 'binomial', n: 100, p: 0.03 } satisfies Binomial,
      q: { family: 'poisson', lambda: 3 },
    },
    description: 'Successes in n independent trials, each a success with probability p.',
    formula: 'P(X=k)=\\binom{{n}}{k}\\,{p}^k(1-{p})^{{n}-k}',
    torch: 'D.Binomial(total_count={n}, probs=torch.tensor({p}))',
    scipy: 'stats.binom({n}, {p})',
  },
};
