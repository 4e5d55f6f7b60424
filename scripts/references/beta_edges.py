"""References for Beta with a density that is infinite at x = 1 (b < 1) against other families
(core/divergences/continuous1Generic.test.ts, the edge substitution). mpmath at 40 digits; each
integral over (0, 1) is taken in the distance to its nearer edge (x = t near 0, x = 1 - t near 1)
and in s = t^b there (t^(b-1) dt = ds/b is smooth) with tanh-sinh quadrature, so no value depends on doubles near 1.
Entropies also by hand: H(Beta(a,b)) = ln B(a,b) - (a-1)psi(a) - (b-1)psi(b) + (a+b-2)psi(a+b).
Run: /usr/bin/python3 scripts/references/beta_edges.py
"""
from mpmath import mp, mpf, log, exp, quad, pi, beta, digamma, log1p, ncdf, inf

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


# Mixtures whose Beta component is infinite at an edge INSIDE the mixture's support (issue 14's
# note: only outer support edges had a piece of their own). Each density is written as a function of
# (x, t0, t1) with t0 = x and t1 = 1 - x given exactly, so that near 0 and 1 the Beta parts read ln t
# and never 1 - x rounded. (-inf, 0] and [1, inf) in x; (0, 1/2] in x = t0 = s^k0 and [1/2, 1) in
# t1 = s^k1, with k = 1/(the smallest Beta exponent + 1 at that edge), so every piece is smooth in s.
def beta_part(w, a, b):
    a, b, lb = mpf(a), mpf(b), log(beta(mpf(a), mpf(b)))
    return lambda x, t0, t1: w * exp((a - 1) * log(t0) + (b - 1) * log(t1) - lb) if 0 < t0 and 0 < t1 and x <= 1 else mpf(0)


def smooth_part(w, f):
    return lambda x, t0, t1: w * f(x)


def laplace_pdf(m, b):
    return lambda x: exp(-log(2 * mpf(b)) - abs(x - m) / mpf(b))


def normal_pdf(m, s):
    return lambda x: exp(normal_lp(m, s)(x))


def mixture(*parts):
    return lambda x, t0, t1: sum(part(x, t0, t1) for part in parts)


def inner_measures(p, q, k0, k1):
    def pieces(g):
        outside = (quad(lambda x: g(p(x, x, 1 - x), q(x, x, 1 - x)), [-inf, -20, -5, -1, 0])
                   + quad(lambda x: g(p(x, x, 1 - x), q(x, x, 1 - x)), [1, 2, 5, 20, inf]))
        half0 = mpf(1) / 2 ** (1 / mpf(k0))
        half1 = mpf(1) / 2 ** (1 / mpf(k1))
        near0 = quad(lambda s: g(p(s ** k0, s ** k0, 1 - s ** k0), q(s ** k0, s ** k0, 1 - s ** k0))
                     * k0 * s ** (k0 - 1), [0, half0])
        near1 = quad(lambda s: g(p(1 - s ** k1, 1 - s ** k1, s ** k1), q(1 - s ** k1, 1 - s ** k1, s ** k1))
                     * k1 * s ** (k1 - 1), [0, half1])
        return outside + near0 + near1

    xl = lambda a, b: mpf(0) if a == 0 else a * log(b)
    def js_term(a, b):
        m = (a + b) / 2
        return (xl(a, a) - xl(a, m) + xl(b, b) - xl(b, m)) / 2
    return {
        'klPQ': pieces(lambda a, b: xl(a, a) - xl(a, b)),
        'klQP': pieces(lambda a, b: xl(b, b) - xl(b, a)),
        'js': pieces(js_term),
        'cePQ': pieces(lambda a, b: -xl(a, b)),
        'hP': pieces(lambda a, b: -xl(a, a)),
        'hQ': pieces(lambda a, b: -xl(b, b)),
    }


for label, p, q, k0, k1 in [
    ('Mix(0.5*Beta(2,0.5),0.5*N(0.5,1)) vs N(0.5,1)',
     mixture(beta_part(mpf(1) / 2, 2, 0.5), smooth_part(mpf(1) / 2, normal_pdf(0.5, 1))),
     mixture(smooth_part(1, normal_pdf(0.5, 1))), 1, 2),
    ('Mix(0.3*Beta(1,0.2),0.7*Laplace(0,1)) vs Mix(0.5*N(0,1),0.5*Beta(0.5,2))',
     mixture(beta_part(mpf(3) / 10, 1, 0.2), smooth_part(mpf(7) / 10, laplace_pdf(0, 1))),
     mixture(smooth_part(mpf(1) / 2, normal_pdf(0, 1)), beta_part(mpf(1) / 2, 0.5, 2)), 2, 5),
]:
    m = inner_measures(p, q, k0, k1)
    print(f'{label}: ' + ', '.join(f'{k} = {mp.nstr(v, 20)}' for k, v in m.items()))
