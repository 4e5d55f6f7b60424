import { RENYI_DEFAULT_ORDER } from '../../../core/measures/renyiOrder';
import type { CodeScenario, Kind } from './common';
import { py } from './common';

const orderOf = (s: CodeScenario) => s.order ?? RENYI_DEFAULT_ORDER;

/**
 * The Python lines that compute TV, H² and the Rényi divergence of the scenario's order in every
 * snippet (core/measures/table.ts's `tv`, `hellinger`, `renyi`), from the variables each kind's
 * builder has already defined: `p`, `q` (probability vectors, or densities on the grid) and `lp`,
 * `lq` (their logs) for sums and grids, the log-density functions `lp`, `lq` and a quad-based
 * `integral` for NumPy's 1-D scripts. One function per library so that a builder only appends it.
 * D_α is ln(Σ p^α q^(1−α))/(α − 1), summed in log space (an outcome with q = 0 < p gives +inf for
 * α > 1); α = 1 prints KL(P‖Q) itself, as the explorer does.
 */
export function numpyMeasureLines(kind: Kind, s: CodeScenario): string[] {
  const order = orderLine(s);
  const renyi = orderOf(s) === 1 ? ['renyi = kl_pq  # D_1 is KL(P||Q)'] : null;
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
  }
}

/** The same for the PyTorch snippets, whose 1-D and 2-D scripts integrate on a grid (`integral`). */
export function torchMeasureLines(kind: Kind, s: CodeScenario): string[] {
  const order = orderLine(s);
  const renyi = orderOf(s) === 1 ? ['renyi = kl_pq  # D_1 is KL(P||Q)'] : null;
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
