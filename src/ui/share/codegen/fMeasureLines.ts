import type { Continuous1Spec } from '../../../core/distributions/types';
import { infiniteRenyi1 } from '../../../core/divergences/continuous1Generic';
import type { InfiniteReason } from '../../../core/divergences/types';
import { RENYI_DEFAULT_ORDER } from '../../../core/measures/renyiOrder';
import type { CodeScenario, SnippetKind } from './common';
import { py } from './common';

const orderOf = (s: CodeScenario) => s.order ?? RENYI_DEFAULT_ORDER;

const D1_LINE = 'renyi = kl_pq  # D_1 is KL(P||Q)';

/**
 * The Python lines that compute TV, H² and the Rényi divergence of the scenario's order in every
 * snippet (core/measures/table.ts's `tv`, `hellinger`, `renyi`), from the variables each kind's
 * builder has already defined: `p`, `q` (probability vectors, or densities on the grid) and `lp`,
 * `lq` (their logs) for sums and grids; the log-density functions `lp`, `lq` for NumPy's 1-D
 * scripts, which integrate with `quad` (a local `integral` over the builder's range and `points`,
 * or, for the generic 1-D script, the builder's `piece` between its split points). `assembleSnippet`
 * (common.ts) appends them after every builder's output, the generic 1-D one included. D_α is
 * ln(Σ p^α q^(1−α))/(α − 1), summed in log space (an outcome with q = 0 < p gives +inf for α > 1);
 * α = 1 prints KL(P‖Q) itself, as the explorer does.
 */
export function numpyMeasureLines(kind: SnippetKind, s: CodeScenario): string[] {
  const order = orderLine(s);
  const renyi = orderOf(s) === 1 ? [D1_LINE] : null;
  switch (kind) {
    case 'discrete':
    case 'integer':
      return [
        '',
        ...order,
        'from scipy.special import logsumexp',
        '',
        ...(kind === 'discrete'
          ? [
              "with np.errstate(divide='ignore'):  # log 0 = -inf",
              '    lp, lq = np.log(p), np.log(q)',
              '',
            ]
          : []),
        'tv = 0.5 * np.abs(p - q).sum()',
        'hellinger = 0.5 * ((np.sqrt(p) - np.sqrt(q)) ** 2).sum()  # = 1 - sum sqrt(p q)',
        ...(renyi ?? [
          "with np.errstate(divide='ignore', invalid='ignore'):",
          '    terms = np.where(p > 0, order * lp + (1 - order) * lq, -np.inf)',
          '',
          'renyi = logsumexp(terms) / (order - 1)',
        ]),
      ];
    case 'continuous1':
      return [
        '',
        ...order,
        '',
        '',
        'def integral(f):  # the integral of f over the same range and split points',
        '    return integrate.quad(f, lo, hi, points=points, limit=500, epsabs=1e-15, epsrel=1e-12)[0]',
        '',
        '',
        'tv = 0.5 * integral(lambda x: abs(math.exp(lp(x)) - math.exp(lq(x))))',
        'hellinger = 0.5 * integral(lambda x: (math.exp(lp(x) / 2) - math.exp(lq(x) / 2)) ** 2)',
        ...(renyi ?? [
          'renyi = math.log(integral(lambda x: math.exp(order * lp(x) + (1 - order) * lq(x)))) / (order - 1)',
        ]),
      ];
    case 'continuous2':
      return gridLines('np', order, renyi);
    case 'generic1':
      return genericLines('np', s);
  }
}

/**
 * The same for the PyTorch snippets, whose Gaussian-mixture 1-D and 2-D scripts integrate on a grid
 * (`integral`) and whose generic 1-D script sums over its Gauss–Legendre nodes.
 */
export function torchMeasureLines(kind: SnippetKind, s: CodeScenario): string[] {
  const order = orderLine(s);
  const renyi = orderOf(s) === 1 ? [D1_LINE] : null;
  if (kind === 'generic1') return genericLines('torch', s);
  if (kind === 'discrete' || kind === 'integer')
    return [
      '',
      ...order,
      'tv = 0.5 * (p - q).abs().sum()',
      'hellinger = 0.5 * ((p.sqrt() - q.sqrt()) ** 2).sum()  # = 1 - sum sqrt(p q)',
      ...(renyi ?? [
        'terms = torch.where(p > 0, order * p.log() + (1 - order) * q.log(), torch.tensor(-float("inf")))',
        'renyi = torch.logsumexp(terms, 0) / (order - 1)',
      ]),
    ];
  return gridLines('torch', order, renyi);
}

function gridLines(lib: 'np' | 'torch', order: string[], renyi: string[] | null): string[] {
  const abs = lib === 'np' ? 'np.abs(p - q)' : '(p - q).abs()';
  const sqrt = (v: string) => (lib === 'np' ? `np.sqrt(${v})` : `${v}.sqrt()`);
  const exp = (v: string) => (lib === 'np' ? `np.exp(${v})` : `(${v}).exp()`);
  const log = lib === 'np' ? 'np.log' : 'math.log';
  return [
    '',
    ...order,
    `tv = 0.5 * integral(${abs})`,
    `hellinger = 0.5 * integral((${sqrt('p')} - ${sqrt('q')}) ** 2)  # = 1 - integral of sqrt(p q)`,
    ...(renyi ?? [
      `renyi = ${log}(float(integral(${exp('order * lp + (1 - order) * lq')}))) / (order - 1)`,
    ]),
  ];
}

const orderLine = (s: CodeScenario) => [
  `order = ${py(orderOf(s))}  # the Renyi order alpha (URL order=)`,
];

/**
 * TV, H² and D_α for the generic 1-D scripts, on the pieces between the builder's split points:
 * SciPy's `quad` of ½|p − q| and ½(√p − √q)² from the densities (no ratio p/q, which overflows in
 * far tails) by the builder's `over_pieces`, PyTorch's sums over the Gauss–Legendre nodes `x`, `dx`,
 * TV over the builder's `nodes` on pieces also split where p = q. D_α = ln ∫ exp(α ln p + (1 − α) ln q) / (α − 1) with the log of the integral shifted by its
 * integrand's largest value at the split points (SciPy) or by logsumexp (PyTorch), so that pairs far
 * apart neither underflow nor overflow. D_α of order α > 1 is +inf with the explorer's reason where
 * it finds it infinite (`infiniteRenyi1`); α = 1 is KL(P‖Q) itself.
 */
function genericLines(lib: 'np' | 'torch', s: CodeScenario): string[] {
  const p = s.p as Continuous1Spec;
  const q = s.q as Continuous1Spec;
  const order = orderOf(s);
  const infinite = infiniteRenyi1(p, q, order);
  const closedRenyi =
    order === 1
      ? [D1_LINE]
      : infinite
        ? [
            `# D_alpha for alpha > 1 is infinite here: ${renyiReason(infinite)}.`,
            'renyi = math.inf',
          ]
        : null;
  if (lib === 'torch')
    return [
      '',
      ...orderLine(s),
      '',
      '',
      '# TV: |p - q| has a kink where p = q, which no split point marks: those points are found by',
      '# bisection between the nodes where ln p - ln q changes sign, and TV is summed on pieces split there.',
      'def crossings():',
      '    d = lp - lq',
      '    i = torch.where(d[:-1] * d[1:] < 0)[0]',
      '    lo_, hi_, d_lo = x[i], x[i + 1], d[i]',
      '    for _ in range(80):',
      '        mid = (lo_ + hi_) / 2',
      '        same = (log_prob(P, mid) - log_prob(Q, mid)) * d_lo > 0',
      '        lo_, hi_ = torch.where(same, mid, lo_), torch.where(same, hi_, mid)',
      '    return ((lo_ + hi_) / 2).tolist()',
      '',
      '',
      '_, tdx, tlp, tlq = nodes(sorted(set(points) | set(crossings())))',
      'tv = 0.5 * (tdx * (tlp.exp() - tlq.exp()).abs()).sum()',
      'hellinger = 0.5 * (dx * ((lp / 2).exp() - (lq / 2).exp()) ** 2).sum()  # = 1 - int sqrt(p q)',
      ...(closedRenyi ?? [
        'renyi = torch.logsumexp(dx.log() + order * lp + (1 - order) * lq, 0) / (order - 1)',
      ]),
    ];
  return [
    '',
    ...orderLine(s),
    'tv = over_pieces(lambda x: 0.5 * abs(math.exp(lp(x)) - math.exp(lq(x))))',
    'hellinger = over_pieces(lambda x: 0.5 * (math.exp(lp(x) / 2) - math.exp(lq(x) / 2)) ** 2)',
    ...(closedRenyi ?? [
      'logs = (order * lp(x) + (1 - order) * lq(x) for x in points)',
      'g_max = max((v for v in logs if math.isfinite(v)), default=0.0)  # the shift',
      'mass = over_pieces(lambda x: math.exp(order * lp(x) + (1 - order) * lq(x) - g_max) if lp(x) > -math.inf else 0.0)',
      'renyi = (g_max + math.log(mass)) / (order - 1)',
    ]),
  ];
}

const renyiReason = (r: InfiniteReason): string =>
  r.code === 'support-mismatch'
    ? 'P has mass where Q has none'
    : r.code === 'heavy-tail'
      ? 'KL(P||Q) is infinite (a tail too heavy for the other) and D_alpha >= KL for alpha > 1'
      : 'p^alpha q^(1 - alpha) is not integrable (the explorer reads its decay far out and at the edges)';
