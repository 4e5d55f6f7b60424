import { asGaussian2, isContinuous2 } from '../../../core/families/registry';
import {
  assembleSnippet,
  type CodeScenario,
  components1,
  components2,
  countsUpperLimit,
  familyExpression,
  py,
  range1,
  smoothingLines,
  weightsSource,
} from './common';
import { numpyGeneric1 } from './numpyGeneric1';

/**
 * A NumPy/SciPy script that recomputes the explorer's seven readouts for a scenario: exact sums with
 * scipy.special.rel_entr/entr for discrete pairs; for 1-D Gaussians and mixtures, scipy.integrate.quad
 * split at every component's μ + kσ (the explorer's breakpoints idea); for 2-D pairs the Gaussian
 * closed forms where they exist and a fine grid (trapezoid rule) elsewhere. Runs as it stands on
 * every version in SUPPORTED_VERSIONS.numpy.
 */
export function numpySnippet(s: CodeScenario): string {
  return assembleSnippet(s, 'numpy', {
    discrete,
    integer,
    continuous1,
    continuous2,
    generic1: numpyGeneric1,
  });
}

function discrete(s: CodeScenario): string {
  return [
    'import numpy as np',
    'from scipy.special import entr, rel_entr',
    '',
    '# Weights as in the explorer, normalised to probabilities.',
    `p = np.array(${weightsSource(s.p)}, dtype=np.float64)`,
    `q = np.array(${weightsSource(s.q)}, dtype=np.float64)`,
    'p, q = p / p.sum(), q / q.sum()',
    ...smoothingLines(s, 'np'),
    'm = (p + q) / 2',
    '',
    '# rel_entr(a, b) = a log(a/b), with 0 log 0 = 0 and +inf where b = 0 < a.',
    'kl_pq = rel_entr(p, q).sum()',
    'kl_qp = rel_entr(q, p).sum()',
    'js = 0.5 * rel_entr(p, m).sum() + 0.5 * rel_entr(q, m).sum()',
    'h_p = entr(p).sum()',
    'h_q = entr(q).sum()',
    'ce_pq = h_p + kl_pq  # H(P,Q) = H(P) + KL(P||Q)',
  ].join('\n');
}

/**
 * Two count distributions (Pois, Bin) from scipy.stats, summed in log space over every outcome that
 * matters: a pmf far in the other's tail underflows to 0 (Pois(1e4) at 5000), where its log does not.
 */
function integer(s: CodeScenario): string {
  return [
    'import numpy as np',
    'from scipy import stats',
    '',
    `P = ${familyExpression(s.p, 'scipy')}`,
    `Q = ${familyExpression(s.q, 'scipy')}`,
    '# Every outcome that matters: beyond this the terms are far below the last digit printed.',
    `k = np.arange(0, ${countsUpperLimit(s.p, s.q)} + 1)`,
    'lp, lq = P.logpmf(k), Q.logpmf(k)',
    'p, q = np.exp(lp), np.exp(lq)',
    'lm = np.logaddexp(lp, lq) - np.log(2)',
    '',
    '',
    'def rel_entr(a, log_a, log_b):  # sum of a log(a/b), 0 log 0 = 0, +inf where b = 0 < a',
    "    with np.errstate(invalid='ignore'):",
    '        t = np.where(log_b == -np.inf, np.inf, a * (log_a - log_b))',
    '        return np.where(log_a == -np.inf, 0.0, t).sum()',
    '',
    '',
    'kl_pq = rel_entr(p, lp, lq)',
    'kl_qp = rel_entr(q, lq, lp)',
    'js = 0.5 * rel_entr(p, lp, lm) + 0.5 * rel_entr(q, lq, lm)',
    'h_p = -rel_entr(p, lp, 0.0)',
    'h_q = -rel_entr(q, lq, 0.0)',
    'ce_pq = h_p + kl_pq  # H(P,Q) = H(P) + KL(P||Q)',
  ].join('\n');
}

const mixture1Source = (d: CodeScenario['p']) =>
  `[${components1(d)
    .map((m) => `(${py(m.w)}, ${py(m.c.mu)}, ${py(m.c.sigma)})`)
    .join(', ')}]`;

function continuous1(s: CodeScenario): string {
  const { lo, hi } = range1(s.p, s.q);
  return [
    'import math',
    '',
    'from scipy import integrate',
    '',
    '# Each distribution as (weight, mu, sigma) components; a Gaussian is one component.',
    `P = ${mixture1Source(s.p)}`,
    `Q = ${mixture1Source(s.q)}`,
    '',
    '',
    '# quad calls these at one x at a time: plain floats (the math module) are many times faster there',
    '# than NumPy or scipy.stats, whose per-call overhead dominates for scalars.',
    'def logpdf(mix, x):  # log of sum_i w_i N(x; mu_i, sigma_i) / sum_i w_i, by log-sum-exp',
    '    total = sum(w for w, _, _ in mix)',
    '    terms = [math.log(w / total) - 0.5 * ((x - mu) / sigma) ** 2 - math.log(sigma * math.sqrt(2 * math.pi)) for w, mu, sigma in mix if w > 0]',
    '    top = max(terms)',
    '    return top + math.log(sum(math.exp(t - top) for t in terms))',
    '',
    '',
    'def logm(x):  # M = (P + Q) / 2',
    '    a, b = logpdf(P, x), logpdf(Q, x)',
    '    return max(a, b) + math.log1p(math.exp(-abs(a - b))) - math.log(2)',
    '',
    '',
    "# Integrate on a finite range split at every component's mu + k sigma, as the explorer does.",
    `lo, hi = ${py(lo)}, ${py(hi)}`,
    'points = sorted({mu + k * sigma for _, mu, sigma in P + Q for k in range(-8, 9) if lo < mu + k * sigma < hi})',
    '',
    '',
    'def expect(log_a, f):  # the integral of a(x) f(x) dx; 0 where a(x) underflows to 0',
    '    def g(x):',
    '        a = math.exp(log_a(x))',
    '        return a * f(x) if a > 0 else 0.0',
    // No blank line inside a function: pasted at the >>> prompt, one would end the function.
    '    return integrate.quad(g, lo, hi, points=points, limit=500, epsabs=0, epsrel=1e-12)[0]',
    '',
    '',
    'lp = lambda x: logpdf(P, x)',
    'lq = lambda x: logpdf(Q, x)',
    'kl_pq = expect(lp, lambda x: lp(x) - lq(x))',
    'kl_qp = expect(lq, lambda x: lq(x) - lp(x))',
    'js = 0.5 * expect(lp, lambda x: lp(x) - logm(x)) + 0.5 * expect(lq, lambda x: lq(x) - logm(x))',
    'h_p = expect(lp, lambda x: -lp(x))',
    'h_q = expect(lq, lambda x: -lq(x))',
    'ce_pq = expect(lp, lambda x: -lq(x))',
  ].join('\n');
}

const mixture2Source = (d: CodeScenario['p']) =>
  `[${components2(d)
    .map(
      (m) =>
        `(${py(m.w)}, [${py(m.c.mx)}, ${py(m.c.my)}], [[${py(m.c.sx * m.c.sx)}, ${py(m.c.rho * m.c.sx * m.c.sy)}], [${py(m.c.rho * m.c.sx * m.c.sy)}, ${py(m.c.sy * m.c.sy)}]])`,
    )
    .join(', ')}]`;

function continuous2(s: CodeScenario): string {
  const all = [...components2(s.p), ...components2(s.q)].map((m) => m.c);
  const xlo = Math.min(...all.map((c) => c.mx - 10 * c.sx));
  const xhi = Math.max(...all.map((c) => c.mx + 10 * c.sx));
  const ylo = Math.min(...all.map((c) => c.my - 10 * c.sy));
  const yhi = Math.max(...all.map((c) => c.my + 10 * c.sy));
  const gaussians = [s.p, s.q].every((d) => isContinuous2(d) && asGaussian2(d));
  return [
    'import numpy as np',
    'from scipy import stats',
    'from scipy.integrate import trapezoid  # np.trapezoid needs NumPy 2; np.trapz is gone in 2.0',
    'from scipy.special import logsumexp',
    '',
    '# Each distribution as (weight, mean, covariance) components; a Gaussian is one component.',
    `P = ${mixture2Source(s.p)}`,
    `Q = ${mixture2Source(s.q)}`,
    '',
    "# A fine grid over every component's mean +- 10 sd; the trapezoid rule converges fast here.",
    `x = np.linspace(${py(xlo)}, ${py(xhi)}, 1201)`,
    `y = np.linspace(${py(ylo)}, ${py(yhi)}, 1201)`,
    'X, Y = np.meshgrid(x, y, indexing="ij")',
    'XY = np.stack([X, Y], axis=-1)',
    '',
    '',
    'def logpdf(mix):',
    '    total = sum(w for w, _, _ in mix)',
    '    return logsumexp([np.log(w / total) + stats.multivariate_normal(m, c).logpdf(XY) for w, m, c in mix if w > 0], axis=0)',
    '',
    '',
    'def integral(f):',
    '    return trapezoid(trapezoid(f, y, axis=1), x)',
    '',
    '',
    'lp, lq = logpdf(P), logpdf(Q)',
    'lm = np.logaddexp(lp, lq) - np.log(2)',
    'p, q = np.exp(lp), np.exp(lq)',
    ...(gaussians ? gaussianClosedForms : gridMeasures),
    'js = 0.5 * integral(p * (lp - lm)) + 0.5 * integral(q * (lq - lm))',
  ].join('\n');
}

const gridMeasures = [
  'kl_pq = integral(p * (lp - lq))',
  'kl_qp = integral(q * (lq - lp))',
  'h_p = integral(-p * lp)',
  'h_q = integral(-q * lq)',
  'ce_pq = integral(-p * lq)',
];

/** Two single Gaussians: the textbook closed forms, solving with the covariances (no inverse). */
const gaussianClosedForms = [
  '',
  '',
  'def kl_gauss(a, b):  # KL(N(m0, S0) || N(m1, S1)) = (tr(S1^-1 S0) + d.S1^-1 d - k + ln|S1|/|S0|) / 2',
  '    (_, m0, s0), (_, m1, s1) = a, b',
  '    d = np.subtract(m1, m0)',
  '    logdet = np.linalg.slogdet(s1)[1] - np.linalg.slogdet(s0)[1]',
  '    return 0.5 * (np.trace(np.linalg.solve(s1, s0)) + d @ np.linalg.solve(s1, d) - len(d) + logdet)',
  '',
  '',
  'def h_gauss(a):  # H(N(m, S)) = (k (1 + ln 2 pi) + ln|S|) / 2',
  '    return 0.5 * (len(a[1]) * (1 + np.log(2 * np.pi)) + np.linalg.slogdet(a[2])[1])',
  '',
  '',
  '# Closed forms for two Gaussians; JS has none, so it is integrated on the grid.',
  'kl_pq, kl_qp = kl_gauss(P[0], Q[0]), kl_gauss(Q[0], P[0])',
  'h_p, h_q = h_gauss(P[0]), h_gauss(Q[0])',
  'ce_pq = h_p + kl_pq  # H(P,Q) = H(P) + KL(P||Q)',
];
