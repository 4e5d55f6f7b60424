"""References for Beta with a density that is infinite at x = 1 (b < 1) against other families
(core/divergences/continuous1Generic.test.ts, the edge substitution). mpmath at 40 digits; each
integral over (0, 1) is taken in the distance to its nearer edge (x = t near 0, x = 1 - t near 1)
and in s = t^b there (t^(b-1) dt = ds/b is smooth) with tanh-sinh quadrature, so no value depends on doubles near 1.
Entropies also by hand: H(Beta(a,b)) = ln B(a,b) - (a-1)psi(a) - (b-1)psi(b) + (a+b-2)psi(a+b).
Run: /usr/bin/python3 scripts/references/beta_edges.py
"""
from mpmath import mp, mpf, log, exp, quad, pi, beta, digamma, log1p, ncdf

mp.dps = 40


def beta_lp_t(a, b):
    """ln p at x = t (side 'lo') and at x = 1 - t (side 'hi'), t exact."""
    a, b = mpf(a), mpf(b)
    lb = log(beta(a, b))
    return (lambda t: (a - 1) * log(t) + (b - 1) * log1p(-t) - lb,
            lambda t: (a - 1) * log1p(-t) + (b - 1) * log(t) - lb)


def normal_lp(m, s):
    m, s = mpf(m), mpf(s)
    return lambda x: -log(2 * pi) / 2 - log(s) - (x - m) ** 2 / (2 * s * s)


def measures(a, b, lq, q_outside=mpf(0)):
    """KL(P||Q), KL(Q||P), JS, H(P,Q) for P = Beta(a, b) on (0, 1) and Q with ln q(x) = lq(x);
    q_outside is Q's mass outside [0, 1], where the JS integrand is q ln(2q/q) / 2."""
    lo, hi = beta_lp_t(a, b)

    # t = s^k with k = 1/a (1/b) near an edge where a < 1 (b < 1): t^(a-1) dt = k ds, smooth in s.
    ka, kb = 1 / min(mpf(a), 1), 1 / min(mpf(b), 1)
    half = mpf(1) / 2

    def integral(g):
        # (0, 1/2] in t = x, [1/2, 1) in t = 1 - x.
        return (quad(lambda s: g(lo(s ** ka), lq(s ** ka)) * ka * s ** (ka - 1), [0, half ** (1 / ka)])
                + quad(lambda s: g(hi(s ** kb), lq(1 - s ** kb)) * kb * s ** (kb - 1), [0, half ** (1 / kb)]))

    kl_pq = integral(lambda lp, lq_: exp(lp) * (lp - lq_))
    kl_qp = integral(lambda lp, lq_: exp(lq_) * (lq_ - lp))

    def js_term(lp, lq_):
        p, q = exp(lp), exp(lq_)
        m = (p + q) / 2
        return (p * (lp - log(m)) + q * (lq_ - log(m))) / 2

    js = integral(js_term) + q_outside * log(2) / 2
    ce = integral(lambda lp, lq_: -exp(lp) * lq_)
    return kl_pq, kl_qp, js, ce


def entropy(a, b):
    a, b = mpf(a), mpf(b)
    return log(beta(a, b)) - (a - 1) * digamma(a) - (b - 1) * digamma(b) + (a + b - 2) * digamma(a + b)


uniform01 = lambda x: mpf(0)
for a, b in [(0.5, 0.5), (1, 0.1), (2, 0.3)]:
    kl, rkl, js, ce = measures(a, b, uniform01)
    print(f'Beta({a},{b}) vs U(0,1): KL(P||Q) = {mp.nstr(kl, 20)}  -H(P) = {mp.nstr(-entropy(a, b), 20)}'
          f'  KL(Q||P) = {mp.nstr(rkl, 20)}  JS = {mp.nstr(js, 20)}')
for a, b, m, s in [(2, 0.3, 0.5, 0.3), (0.7, 0.2, 0.8, 0.1)]:
    kl, rkl, js, ce = measures(a, b, normal_lp(m, s), ncdf(0, m, s) + 1 - ncdf(1, m, s))
    print(f'Beta({a},{b}) vs N({m},{s}): KL(P||Q) = {mp.nstr(kl, 20)}  KL(Q||P) = inf (Q outside [0,1])'
          f'  JS = {mp.nstr(js, 20)}  H(P,Q) = {mp.nstr(ce, 20)}  H(P) = {mp.nstr(entropy(a, b), 20)}')
