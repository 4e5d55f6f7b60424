import { infiniteKl1 } from '../../../core/divergences/continuous1Generic';
import { isContinuous1 } from '../../../core/families/registry';
import { py, type CodeScenario } from './common';
import {
  coarseEdges,
  distributionSource,
  infiniteOrIntegral,
  pointsSource,
  reasonText,
  supportHelpers,
} from './generic1';

const SCIPY_SPAN = [
  "def span(c):  # one component's support (lo, hi), as scipy.stats gives it",
  '    return tuple(float(e) for e in c.support())',
];

/** The note and the list of edges where quad's warning is expected (see `coarseEdges`). */
function coarseLines(coarse: ReturnType<typeof coarseEdges>): string[] {
  if (coarse.length === 0) return [];
  return [
    ...coarse.map(
      (e) =>
        `# ${e.spec}'s log-density is infinite at x = ${e.at} (log 0 or log inf), where doubles are ${(Math.abs(e.at) * 2.2e-16).toPrecision(2)} apart:`,
    ),
    '# within 1e-6 of such an edge the integrands are read on so coarse a grid that quad may not reach',
    '# 1e-12 and warn; the explorer meets the same limit (within its +-). The warning is silenced there.',
    `coarse = [${coarse.map((e) => py(e.at)).join(', ')}]`,
  ];
}

/**
 * The SciPy script for a 1-D pair that is not two Gaussian mixtures: `scipy.stats` frozen
 * distributions from the families' templates (a mixture as (weight, component) pairs), every
 * measure by `scipy.integrate.quad` piece by piece between the explorer's split points, KL's
 * infinities from the components' supports (scipy's `support()`) or, for a heavy tail, stated
 * with the explorer's reason.
 */
export function numpyGeneric1(s: CodeScenario): string {
  if (!isContinuous1(s.p) || !isContinuous1(s.q)) throw new RangeError('not a 1-D pair');
  const p = s.p;
  const q = s.q;
  const inf = infiniteKl1(p, q);
  const text = {
    pq: inf.klPQ && reasonText(inf.klPQ, 'pq', p, q),
    qp: inf.klQP && reasonText(inf.klQP, 'qp', p, q),
  };
  const coarse = coarseEdges(p, q);
  return [
    'import math',
    ...(coarse.length ? ['import warnings'] : []),
    'from functools import lru_cache',
    '',
    'import numpy as np',
    'from scipy import integrate, stats',
    '',
    '# P and Q as scipy.stats frozen distributions; a mixture is a list of (weight, distribution).',
    `P = ${distributionSource(p, 'scipy')}`,
    `Q = ${distributionSource(q, 'scipy')}`,
    '',
    '',
    ...supportHelpers(SCIPY_SPAN),
    '',
    '',
    '# quad calls these at one x at a time; every integral below asks for the same nodes, so they are',
    '# cached (scipy.stats has a large per-call overhead for scalars).',
    'def log_density(d):  # x -> log sum_i w_i p_i(x), by log-sum-exp; -inf off the support',
    '    comps = [(math.log(w), c) for w, c in parts(d)]',
    '    def f(x):',
    '        terms = [lw + float(c.logpdf(x)) for lw, c in comps]',
    '        top = max(terms)',
    '        if math.isinf(top):  # off the support, or on an edge where a density is infinite',
    '            return top',
    '        return top + math.log(sum(math.exp(t - top) for t in terms))',
    '    return lru_cache(maxsize=None)(f)',
    '',
    '',
    'lp, lq = log_density(P), log_density(Q)',
    '',
    '',
    'def lm(x):  # M = (P + Q) / 2',
    '    a, b = lp(x), lq(x)',
    '    return max(a, b) + math.log1p(math.exp(-abs(a - b))) - math.log(2)',
    '',
    '',
    pointsSource(p, q),
    '',
    '',
    'centre = points[len(points) // 2]',
    ...coarseLines(coarse),
    '',
    '',
    '# Each piece to 1e-12 relative or 1e-16 absolute (far tails hold ~1e-100 and subnormal densities).',
    ...(coarse.length
      ? [
          'def piece(g, lo, hi):',
          '    with warnings.catch_warnings():',
          '        if any(min(abs(lo - e), abs(hi - e)) < 1e-6 for e in coarse):',
          "            warnings.simplefilter('ignore', integrate.IntegrationWarning)",
          '        return integrate.quad(g, lo, hi, limit=200, epsabs=1e-16, epsrel=1e-12)[0]',
        ]
      : [
          'def piece(g, lo, hi):',
          '    return integrate.quad(g, lo, hi, limit=200, epsabs=1e-16, epsrel=1e-12)[0]',
        ]),
    '',
    '',
    'def over_pieces(g):  # the integral of g(x) dx, piece by piece between the split points',
    '    def at(x):',
    '        if math.inf in (lp(x), lq(x)):  # a node rounded onto an edge where a density is infinite:',
    '            x = float(np.nextafter(x, centre))  # read it at the next double inside, as the explorer does',
    '        return g(x)',
    '    return math.fsum(piece(at, lo, hi) for lo, hi in zip(points, points[1:]))',
    '',
    '',
    'def expect(log_a, f):  # the integral of a(x) f(x) dx; 0 where a(x) = 0 (0 log 0 = 0)',
    '    def g(x):',
    '        a = math.exp(log_a(x))',
    '        return a * f(x) if a > 0 else 0.0',
    '    return over_pieces(g)',
    '',
    '',
    ...infiniteOrIntegral(
      'kl_pq',
      inf.klPQ,
      text.pq,
      'uncovered(P, Q)',
      'expect(lp, lambda x: lp(x) - lq(x))',
    ),
    ...infiniteOrIntegral(
      'kl_qp',
      inf.klQP,
      text.qp,
      'uncovered(Q, P)',
      'expect(lq, lambda x: lq(x) - lp(x))',
    ),
    'js = 0.5 * expect(lp, lambda x: lp(x) - lm(x)) + 0.5 * expect(lq, lambda x: lq(x) - lm(x))',
    'h_p = expect(lp, lambda x: -lp(x))',
    'h_q = expect(lq, lambda x: -lq(x))',
    ...infiniteOrIntegral(
      'ce_pq',
      inf.klPQ,
      inf.klPQ?.code === 'heavy-tail' ? 'H(P,Q) = H(P) + KL(P||Q) is infinite with it' : undefined,
      'uncovered(P, Q)',
      'expect(lp, lambda x: -lq(x))  # H(P,Q) = H(P) + KL(P||Q)',
    ),
  ].join('\n');
}
