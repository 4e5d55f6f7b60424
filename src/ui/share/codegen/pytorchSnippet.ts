import {
  asGaussian1,
  asGaussian2,
  discreteFamily,
  isContinuous1,
  isContinuous2,
  isDiscrete,
} from '../../../core/families/registry';
import {
  assembleSnippet,
  type CodeScenario,
  components1,
  components2,
  countsUpperLimit,
  familyExpression,
  py,
  pyList,
  range1,
  smoothingLines,
  weightsSource,
} from './common';
import { pytorchGeneric1 } from './pytorchGeneric1';

/**
 * A PyTorch script that recomputes the explorer's seven readouts (float64): for pairs PyTorch knows
 * (Bernoulli, Categorical, Normal, MultivariateNormal) `torch.distributions.kl_divergence` and
 * `.entropy()`, plus `F.kl_div` (log-probabilities as input, `reduction='batchmean'`) for discrete
 * ones; where no closed form exists (JS, mixtures) the trapezoid rule on a fine grid. Uses only APIs
 * of every version in SUPPORTED_VERSIONS.pytorch (torch.trapezoid and meshgrid's indexing= are 1.10+).
 */
export function pytorchSnippet(s: CodeScenario): string {
  return assembleSnippet(s, 'pytorch', {
    discrete,
    integer,
    continuous1,
    continuous2,
    generic1: pytorchGeneric1,
  });
}

function discrete(s: CodeScenario): string {
  // torch.distributions.Bernoulli reproduces a Bernoulli pair as itself; other pairs as Categorical.
  const bernoulli =
    s.p.family === 'bernoulli' && s.q.family === 'bernoulli' && s.eps === 0 && s.alpha === 0;
  const head = [
    'import torch',
    'import torch.nn.functional as F',
    `from torch.distributions import ${bernoulli ? 'Bernoulli' : 'Categorical'}, kl_divergence`,
    '',
    'torch.set_default_dtype(torch.float64)',
    '',
  ];
  const dists = bernoulli
    ? [
        `P = Bernoulli(probs=torch.tensor(${py((s.p as { p: number }).p)}))`,
        `Q = Bernoulli(probs=torch.tensor(${py((s.q as { p: number }).p)}))`,
        'M = Bernoulli(probs=(P.probs + Q.probs) / 2)',
        '# As two-outcome vectors (1 - p, p) for F.kl_div.',
        'p = torch.stack([1 - P.probs, P.probs])',
        'q = torch.stack([1 - Q.probs, Q.probs])',
      ]
    : [
        '# Weights as in the explorer, normalised to probabilities.',
        `p = torch.tensor(${weightsSource(s.p)})`,
        `q = torch.tensor(${weightsSource(s.q)})`,
        'p, q = p / p.sum(), q / q.sum()',
        ...smoothingLines(s, 'torch'),
        'P, Q = Categorical(probs=p), Categorical(probs=q)',
        'M = Categorical(probs=(p + q) / 2)',
      ];
  return [
    ...head,
    ...dists,
    '',
    'kl_pq = kl_divergence(P, Q)',
    'kl_qp = kl_divergence(Q, P)',
    'js = 0.5 * kl_divergence(P, M) + 0.5 * kl_divergence(Q, M)',
    'h_p = P.entropy()',
    'h_q = Q.entropy()',
    'ce_pq = h_p + kl_pq  # H(P,Q) = H(P) + KL(P||Q)',
    '',
    '# The same KL(P||Q) with F.kl_div: input = log-probabilities of Q, target = probabilities of P,',
    "# one row, reduction='batchmean' (the mean KL per row, not per element).",
    "kl_div_pq = F.kl_div(q.log().unsqueeze(0), p.unsqueeze(0), reduction='batchmean')",
    ...(sharedZero(s)
      ? [
          '# P and Q are both 0 in some outcome: there PyTorch computes xlogy(0, 0) - 0 * log(0)',
          '# = 0 - 0 * (-inf) = nan, so this line prints nan, while kl_divergence above (and the',
          '# explorer) use the convention 0 * log(0/0) = 0. A known pitfall of F.kl_div.',
        ]
      : []),
    'print(f"{\'F.kl_div batchmean\':20} = {float(kl_div_pq):.12g} nats")',
  ].join('\n');
}

/** Whether P and Q (after smoothing, which only lifts Q's zeros) share an outcome of probability 0. */
function sharedZero(s: CodeScenario): boolean {
  if (s.eps > 0 || s.alpha > 0) return false;
  const probs = (d: CodeScenario['p']): readonly number[] =>
    isDiscrete(d) ? discreteFamily(d).weights(d) : [];
  const p = probs(s.p);
  const q = probs(s.q);
  return p.length === q.length && p.some((x, k) => x === 0 && q[k] === 0);
}

/**
 * Two count distributions (Pois, Bin) from torch.distributions, summed over every outcome that
 * matters. Binomial.log_prob is defined on 0…n only, so outcomes beyond n get log 0 = −inf there.
 */
function integer(s: CodeScenario): string {
  return [
    'import torch',
    'import torch.distributions as D',
    '',
    'torch.set_default_dtype(torch.float64)',
    '',
    `P = ${familyExpression(s.p, 'torch')}`,
    `Q = ${familyExpression(s.q, 'torch')}`,
    '# Every outcome that matters: beyond this the terms are far below the last digit printed.',
    `k = torch.arange(0, ${countsUpperLimit(s.p, s.q)} + 1, dtype=torch.float64)`,
    '',
    '',
    'def log_pmf(dist, k):',
    '    if isinstance(dist, D.Binomial):',
    '        n = dist.total_count',
    '        inside = dist.log_prob(torch.minimum(k, n))',
    "        return torch.where(k <= n, inside, torch.tensor(-float('inf')))",
    '    return dist.log_prob(k)',
    '',
    '',
    'def rel_entr(a, log_a, log_b):  # sum of a log(a/b), 0 log 0 = 0, +inf where b = 0 < a',
    "    inf = torch.tensor(float('inf'))",
    '    t = torch.where(log_b == -inf, inf, a * (log_a - log_b))',
    '    return torch.where(log_a == -inf, torch.zeros_like(a), t).sum()',
    '',
    '',
    'lp, lq = log_pmf(P, k), log_pmf(Q, k)',
    'p, q = lp.exp(), lq.exp()',
    'lm = torch.logaddexp(lp, lq) - torch.log(torch.tensor(2.0))',
    'kl_pq = rel_entr(p, lp, lq)',
    'kl_qp = rel_entr(q, lq, lp)',
    'js = 0.5 * rel_entr(p, lp, lm) + 0.5 * rel_entr(q, lq, lm)',
    'h_p = -rel_entr(p, lp, torch.zeros_like(lp))',
    'h_q = -rel_entr(q, lq, torch.zeros_like(lq))',
    'ce_pq = h_p + kl_pq  # H(P,Q) = H(P) + KL(P||Q)',
  ].join('\n');
}

function continuous1(s: CodeScenario): string {
  const { lo, hi } = range1(s.p, s.q);
  const single = (d: CodeScenario['p']) => (isContinuous1(d) ? asGaussian1(d) : undefined);
  const gaussians = !!(single(s.p) && single(s.q));
  const dist = (d: CodeScenario['p']) => {
    const c = components1(d);
    const g = single(d);
    return g
      ? `Normal(torch.tensor(${py(g.mu)}), torch.tensor(${py(g.sigma)}))`
      : `MixtureSameFamily(Categorical(probs=torch.tensor(${pyList(c.map((m) => m.w))})), Normal(torch.tensor(${pyList(c.map((m) => m.c.mu))}), torch.tensor(${pyList(c.map((m) => m.c.sigma))})))`;
  };
  const narrowest = Math.min(...[...components1(s.p), ...components1(s.q)].map((m) => m.c.sigma));
  // At least 40 grid points per narrowest σ, so the trapezoid rule is accurate to ~1e-12.
  const n = Math.min(4_000_001, Math.max(200_001, Math.ceil(((hi - lo) / narrowest) * 40) + 1));
  return [
    'import math',
    '',
    'import torch',
    `from torch.distributions import ${gaussians ? 'Normal, kl_divergence' : 'Categorical, MixtureSameFamily, Normal'}`,
    '',
    'torch.set_default_dtype(torch.float64)',
    '',
    `P = ${dist(s.p)}`,
    `Q = ${dist(s.q)}`,
    '',
    '# No closed form for JS (or for mixtures): the trapezoid rule on a fine grid over every',
    "# component's mean +- 12 sd, where the integrands are smooth and decay fast.",
    `x = torch.linspace(${py(lo)}, ${py(hi)}, ${n})`,
    'lp, lq = P.log_prob(x), Q.log_prob(x)',
    'lm = torch.logaddexp(lp, lq) - math.log(2)',
    'p, q = lp.exp(), lq.exp()',
    '',
    '',
    'def integral(f):',
    '    return torch.trapezoid(torch.nan_to_num(f, nan=0.0), x)  # 0 * log 0 = 0 where a density underflows',
    '',
    '',
    ...continuousMeasureLines(gaussians),
  ].join('\n');
}

function continuous2(s: CodeScenario): string {
  const single = (d: CodeScenario['p']) => (isContinuous2(d) ? asGaussian2(d) : undefined);
  const gaussians = !!(single(s.p) && single(s.q));
  const all = [...components2(s.p), ...components2(s.q)];
  const loc = (c: (typeof all)[number]['c']) => `[${py(c.mx)}, ${py(c.my)}]`;
  const cov = (c: (typeof all)[number]['c']) =>
    `[[${py(c.sx * c.sx)}, ${py(c.rho * c.sx * c.sy)}], [${py(c.rho * c.sx * c.sy)}, ${py(c.sy * c.sy)}]]`;
  const dist = (d: CodeScenario['p']) => {
    const c = components2(d);
    const g = single(d);
    return g
      ? `MultivariateNormal(torch.tensor(${loc(g)}), covariance_matrix=torch.tensor(${cov(g)}))`
      : `MixtureSameFamily(Categorical(probs=torch.tensor(${pyList(c.map((m) => m.w))})), MultivariateNormal(torch.tensor([${c.map((m) => loc(m.c)).join(', ')}]), covariance_matrix=torch.tensor([${c.map((m) => cov(m.c)).join(', ')}])))`;
  };
  const cs = all.map((m) => m.c);
  const xlo = Math.min(...cs.map((c) => c.mx - 10 * c.sx));
  const xhi = Math.max(...cs.map((c) => c.mx + 10 * c.sx));
  const ylo = Math.min(...cs.map((c) => c.my - 10 * c.sy));
  const yhi = Math.max(...cs.map((c) => c.my + 10 * c.sy));
  return [
    'import math',
    '',
    'import torch',
    `from torch.distributions import ${gaussians ? 'MultivariateNormal, kl_divergence' : 'Categorical, MixtureSameFamily, MultivariateNormal'}`,
    '',
    'torch.set_default_dtype(torch.float64)',
    '',
    `P = ${dist(s.p)}`,
    `Q = ${dist(s.q)}`,
    '',
    '# Where there is no closed form: the trapezoid rule on a grid over every mean +- 10 sd.',
    `x = torch.linspace(${py(xlo)}, ${py(xhi)}, 1201)`,
    `y = torch.linspace(${py(ylo)}, ${py(yhi)}, 1201)`,
    'X, Y = torch.meshgrid(x, y, indexing="ij")',
    'XY = torch.stack([X, Y], dim=-1)',
    'lp, lq = P.log_prob(XY), Q.log_prob(XY)',
    'lm = torch.logaddexp(lp, lq) - math.log(2)',
    'p, q = lp.exp(), lq.exp()',
    '',
    '',
    'def integral(f):',
    '    return torch.trapezoid(torch.trapezoid(torch.nan_to_num(f, nan=0.0), y, dim=1), x)',
    '',
    '',
    ...continuousMeasureLines(gaussians),
  ].join('\n');
}

/**
 * The measures of a continuous pair, given `integral` and the densities on a grid: PyTorch's closed
 * forms where both are single Gaussians, the grid integral otherwise; JS is always integrated.
 */
function continuousMeasureLines(gaussians: boolean): string[] {
  return [
    ...(gaussians
      ? [
          'kl_pq = kl_divergence(P, Q)',
          'kl_qp = kl_divergence(Q, P)',
          'h_p = P.entropy()',
          'h_q = Q.entropy()',
          'ce_pq = h_p + kl_pq  # H(P,Q) = H(P) + KL(P||Q)',
        ]
      : [
          'kl_pq = integral(p * (lp - lq))',
          'kl_qp = integral(q * (lq - lp))',
          'h_p = integral(-p * lp)',
          'h_q = integral(-q * lq)',
          'ce_pq = integral(-p * lq)',
        ]),
    'js = 0.5 * integral(p * (lp - lm)) + 0.5 * integral(q * (lq - lm))',
  ];
}
