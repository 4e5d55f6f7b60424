import { infiniteKl1 } from '../../../core/divergences/continuous1Generic';
import type { Continuous1Spec } from '../../../core/distributions/types';
import type { InfiniteReason } from '../../../core/divergences/types';
import { familyOf, isContinuous1 } from '../../../core/families/registry';
import type { CodeScenario } from './common';
import {
  distributionSource,
  infiniteOrIntegral,
  isMixtureSource,
  pointsSource,
  reasonText,
  supportHelpers,
} from './generic1';
import { torchClass, torchHasKl } from './torchKl';

const TORCH_SPAN = [
  "def span(c):  # one component's support (lo, hi), from its torch.distributions constraint",
  '    s = c.support',
  "    return float(getattr(s, 'lower_bound', -math.inf)), float(getattr(s, 'upper_bound', math.inf))",
];

/** Nodes per piece: every piece between split points is smooth, so 64 Gauss–Legendre nodes resolve it. */
const NODES = 64;

/** log_prob is asked outside a support too (the nodes span both), so validation is off there. */
const unvalidated = (expr: string) => expr.replace(/\)$/, ', validate_args=False)');

/** d's torch class when it is one object (not a mixture list), for kl_divergence and entropy(). */
const singleClass = (d: Continuous1Spec) =>
  isMixtureSource(d) ? undefined : torchClass(familyOf(d).ui.torch ?? '');

/**
 * The PyTorch script for a 1-D pair that is not two Gaussian mixtures: `torch.distributions`
 * objects from the families' templates (a mixture as (weight, component) pairs, its log_prob by
 * log-sum-exp), `kl_divergence` and `entropy()` where PyTorch has them in closed form, and
 * otherwise Gauss–Legendre quadrature (float64) on every piece between the explorer's split points.
 * KL's infinities come from the components' support constraints or, for a heavy tail, are stated
 * with the explorer's reason.
 */
export function pytorchGeneric1(s: CodeScenario): string {
  if (!isContinuous1(s.p) || !isContinuous1(s.q)) throw new RangeError('not a 1-D pair');
  const p = s.p;
  const q = s.q;
  const inf = infiniteKl1(p, q);
  const [cp, cq] = [singleClass(p), singleClass(q)];
  const closedPQ = torchHasKl(cp, cq);
  const closedQP = torchHasKl(cq, cp);
  const klLine = (
    name: string,
    closed: boolean,
    [a, b]: readonly ['P' | 'Q', 'P' | 'Q'],
    reason: InfiniteReason | undefined,
  ) => {
    const pair = `(${a === 'P' ? cp : cq}, ${b === 'P' ? cp : cq})`;
    if (closed)
      return [
        `${name} = kl_divergence(${a}, ${b})  # registered in torch.distributions for ${pair}`,
      ];
    const why =
      isMixtureSource(a === 'P' ? p : q) || isMixtureSource(b === 'P' ? p : q)
        ? 'a mixture has no kl_divergence'
        : `torch.distributions registers no kl_divergence for ${pair}`;
    const la = a === 'P' ? 'lp' : 'lq';
    const lb = b === 'P' ? 'lp' : 'lq';
    return [
      `# Quadrature: ${why}.`,
      ...infiniteOrIntegral(
        name,
        reason,
        reason && reasonText(reason, a === 'P' ? 'pq' : 'qp', p, q),
        `uncovered(${a}, ${b})`,
        `integral(${la}, ${la} - ${lb})`,
      ),
    ];
  };
  const entropy = (name: string, d: Continuous1Spec, which: 'P' | 'Q') =>
    isMixtureSource(d)
      ? `${name} = integral(l${which.toLowerCase()}, -l${which.toLowerCase()})  # a mixture has no entropy()`
      : `${name} = ${which}.entropy()`;
  return [
    'import math',
    '',
    'import torch',
    'import torch.distributions as D',
    'from torch.distributions import kl_divergence',
    '',
    'torch.set_default_dtype(torch.float64)',
    '',
    '# P and Q from torch.distributions; a mixture is a list of (weight, distribution). log_prob is',
    '# asked outside a support too (validate_args=False), where log_prob below masks it to -inf.',
    `P = ${distributionSource(p, 'torch', unvalidated)}`,
    `Q = ${distributionSource(q, 'torch', unvalidated)}`,
    '',
    '',
    ...supportHelpers(TORCH_SPAN),
    '',
    '',
    "def log_prob(d, x):  # log sum_i w_i p_i(x), by log-sum-exp; -inf off each component's support",
    '    off = torch.tensor(-math.inf)',
    '    terms = [math.log(w) + torch.where(c.support.check(x), c.log_prob(x), off) for w, c in parts(d)]',
    '    return torch.logsumexp(torch.stack(terms), dim=0)',
    '',
    '',
    pointsSource(p, q),
    '',
    '',
    "def gauss_legendre(n):  # nodes and weights on [-1, 1]: the Jacobi matrix's eigensystem (Golub-Welsch)",
    '    k = torch.arange(1.0, n)',
    '    off = k / torch.sqrt(4 * k * k - 1)',
    '    t, v = torch.linalg.eigh(torch.diag(off, 1) + torch.diag(off, -1))',
    '    return t, 2 * v[0] ** 2',
    '',
    '',
    `# Where there is no closed form: Gauss-Legendre with ${NODES} nodes on every piece between split points,`,
    '# where each integrand is smooth (the edges and kinks are split points).',
    `t, w = gauss_legendre(${NODES})`,
    '',
    '',
    'def nodes(pts):  # the nodes x, their weights dx and ln p, ln q there, on every piece between pts',
    '    lo, hi = torch.tensor(pts[:-1])[:, None], torch.tensor(pts[1:])[:, None]',
    '    x = ((lo + hi) / 2 + (hi - lo) / 2 * t).reshape(-1)',
    '    dx = ((hi - lo) / 2 * w).reshape(-1)',
    '    lp, lq = log_prob(P, x), log_prob(Q, x)',
    '    # A node that rounds onto an edge where a density is infinite (Beta with a < 1 at 0) is read',
    '    # at the next double inside, as the explorer does.',
    '    edge = (lp == math.inf) | (lq == math.inf)',
    '    x = torch.where(edge, torch.nextafter(x, torch.tensor(points[len(points) // 2])), x)',
    '    return x, dx, log_prob(P, x), log_prob(Q, x)',
    '',
    '',
    'x, dx, lp, lq = nodes(points)',
    'lm = torch.logaddexp(lp, lq) - math.log(2)',
    '',
    '',
    'def integral(log_a, f):  # the integral of a(x) f(x) dx; 0 where a(x) = 0 (0 log 0 = 0)',
    '    a = log_a.exp()',
    '    return (dx * torch.where(a > 0, a * f, torch.zeros_like(a))).sum()',
    '',
    '',
    ...klLine('kl_pq', closedPQ, ['P', 'Q'], inf.klPQ),
    ...klLine('kl_qp', closedQP, ['Q', 'P'], inf.klQP),
    'js = 0.5 * integral(lp, lp - lm) + 0.5 * integral(lq, lq - lm)',
    entropy('h_p', p, 'P'),
    entropy('h_q', q, 'Q'),
    ...(closedPQ && !isMixtureSource(p)
      ? ['ce_pq = h_p + kl_pq  # H(P,Q) = H(P) + KL(P||Q)']
      : infiniteOrIntegral(
          'ce_pq',
          inf.klPQ,
          inf.klPQ?.code === 'heavy-tail'
            ? 'H(P,Q) = H(P) + KL(P||Q) is infinite with it'
            : undefined,
          'uncovered(P, Q)',
          'integral(lp, -lq)',
        )),
  ].join('\n');
}
