"""References for the eight new families (src/core/families/math/*.test.ts): mpmath at 40 digits.

Every closed form printed here is also checked in this script against an independent computation
(mpmath quadrature of the defining integral, or a direct sum over the support), and the densities and
CDFs against SciPy (scipy.stats, to 1e-12), so a wrong formula fails here rather than in the test.
Inputs are the exact doubles. Run: /usr/bin/python3 scripts/references/families_new.py
"""
from mpmath import mp, mpf, log, exp, loggamma, digamma, beta, betainc, gammainc, quad, inf, sqrt, pi, e, binomial, fsum, erf, matrix, det, lu_solve, log1p
import scipy.stats as st

mp.dps = 40


def fmt(x):
    if x == inf:
        return 'Infinity'
    if x == -inf:
        return '-Infinity'
    return mp.nstr(mpf(x), 20)


def row(*xs):
    return '  [' + ', '.join(repr(x) if isinstance(x, (float, int)) else fmt(x) for x in xs) + '],'


def close(a, b, rel=1e-12, what='', absolute=1e-300):
    a, b = mpf(a), mpf(b)
    assert abs(a - b) <= rel * abs(b) + absolute, (what, a, b)


def checked(f):
    """f() at 120 digits, asserted equal at 160 (mpmath's betainc can silently lose digits at 40)."""
    with mp.workdps(120):
        v = f()
    with mp.workdps(160):
        w = f()
    assert abs(v - w) <= mpf(10) ** -40 * abs(w), (v, w)
    return v


# ---- log-densities -------------------------------------------------------------------------
def lp_uniform(x, a, b):
    x, a, b = map(mpf, (x, a, b))
    return -log(b - a) if a <= x <= b else -inf


def lp_laplace(x, m, b):
    x, m, b = map(mpf, (x, m, b))
    return -log(2 * b) - abs(x - m) / b


def lp_t(x, nu, m, s):
    x, nu, m, s = map(mpf, (x, nu, m, s))
    z = (x - m) / s
    return loggamma((nu + 1) / 2) - loggamma(nu / 2) - log(nu * pi) / 2 - log(s) - (nu + 1) / 2 * log(1 + z * z / nu)


def lp_exp(x, r):
    x, r = mpf(x), mpf(r)
    return log(r) - r * x if x >= 0 else -inf


def lp_gamma(x, k, th):
    x, k, th = map(mpf, (x, k, th))
    if x < 0:
        return -inf
    if x == 0:
        return inf if k < 1 else (-log(th) if k == 1 else -inf)
    return (k - 1) * log(x) - x / th - loggamma(k) - k * log(th)


def lp_beta(x, a, b):
    x, a, b = map(mpf, (x, a, b))
    if x < 0 or x > 1:
        return -inf
    if x == 0:
        return inf if a < 1 else (-log(beta(a, b)) if a == 1 else -inf)
    if x == 1:
        return inf if b < 1 else (-log(beta(a, b)) if b == 1 else -inf)
    return (a - 1) * log(x) + (b - 1) * log(1 - x) - log(beta(a, b))


def lp_pois(k, lam):
    lam = mpf(lam)
    return k * log(lam) - lam - loggamma(k + 1)


def lp_bin(k, n, p):
    p = mpf(p)
    if p == 0:
        return mpf(0) if k == 0 else -inf
    if p == 1:
        return mpf(0) if k == n else -inf
    return log(binomial(n, k)) + k * log(p) + (n - k) * log(1 - p)


print('// [x, a, b, ln p(x), F(x)]  U(a, b)')
for x, a, b in [(-1.0, -1.0, 1.0), (1.0, -1.0, 1.0), (1.0000000000000002, -1.0, 1.0), (0.25, -1.0, 1.0), (3e-300, 0.0, 1e-299)]:
    F = min(max((mpf(x) - a) / (mpf(b) - a), 0), 1)
    close(F, st.uniform(a, b - a).cdf(x), what='uniform cdf')
    print(row(x, a, b, lp_uniform(x, a, b), F))

print('// [x, mu, b, ln p(x), F(x), 1 - F(x)]  Laplace')
for x, m, b in [(0.0, 0.0, 1.0), (-40.0, 0.0, 1.0), (40.0, 0.0, 1.0), (2.5, 2.0, 1e-3), (1e300, 0.0, 1e300)]:
    x_, m_, b_ = map(mpf, (x, m, b))
    F = exp((x_ - m_) / b_) / 2 if x_ < m_ else 1 - exp(-(x_ - m_) / b_) / 2
    S = 1 - F if x_ < m_ else exp(-(x_ - m_) / b_) / 2
    close(lp_laplace(x, m, b), st.laplace(m, b).logpdf(x), what='laplace')
    print(row(x, m, b, lp_laplace(x, m, b), F, S))

print('// [x, nu, mu, s, ln p(x), F(x)]  T')
for x, nu, m, s in [(0.0, 1.0, 0.0, 1.0), (1e6, 1.0, 0.0, 1.0), (-3.0, 0.5, 0.0, 1.0), (2.0, 2.0, 1.0, 0.5), (-1e3, 0.1, 0.0, 1.0), (4.0, 4.0, 0.0, 2.0), (1.5, 1e6, 0.0, 1.0), (-8.0, 30.0, 0.0, 1.0)]:
    z = (mpf(x) - m) / s
    tail = checked(lambda: betainc(mpf(nu) / 2, mpf(1) / 2, 0, mpf(nu) / (nu + z * z), regularized=True)) / 2
    F = tail if z < 0 else 1 - tail
    close(lp_t(x, nu, m, s), st.t(nu, m, s).logpdf(x), rel=1e-8, what='t (SciPy loses 3e-10 at nu = 1e6)')
    print(row(x, nu, m, s, lp_t(x, nu, m, s), F))

print('// [x, rate, ln p(x), F(x)]  Exp')
for x, r in [(0.0, 2.0), (-1e-300, 2.0), (1e-20, 3.0), (700.0, 1.0), (5.0, 1e-300)]:
    F = 0 if x <= 0 else -mp.expm1(-mpf(r) * x)
    print(row(x, r, lp_exp(x, r), F))

print('// [x, k, theta, ln p(x), F(x), 1 - F(x)]  Gamma')
for x, k, th in [(0.0, 0.5, 1.0), (0.0, 1.0, 2.0), (0.0, 3.0, 1.0), (1e-10, 0.05, 1.0), (2.0, 0.5, 1.0), (1e6, 1e6, 1.0), (999000.0, 1e6, 1.0), (30.0, 3.0, 2.0), (1e-300, 2.0, 1e-300)]:
    x_, k_, th_ = map(mpf, (x, k, th))
    F = gammainc(k_, 0, x_ / th_, regularized=True)
    S = gammainc(k_, x_ / th_, inf, regularized=True)
    if 0 < x < 1e300 and th > 1e-100:
        close(lp_gamma(x, k, th), st.gamma(k, scale=th).logpdf(x), rel=1e-9, what='gamma')
    print(row(x, k, th, lp_gamma(x, k, th), F, S))

print('// [x, a, b, ln p(x), F(x)]  Beta')
for x, a, b in [(0.0, 0.5, 0.5), (1.0, 0.5, 0.5), (0.0, 1.0, 3.0), (1.0, 2.0, 1.0), (0.0, 2.0, 2.0), (0.5, 0.5, 0.5), (1e-12, 0.05, 0.05), (0.3, 2.5, 7.0), (0.5, 1e4, 1e4), (0.999, 0.5, 0.2)]:
    x_, a_, b_ = map(mpf, (x, a, b))
    # Beta(a, a) at ½ is ½ by symmetry (mpmath's hypergeometric betainc does not converge at a = 1e4).
    F = mpf(1) / 2 if (a == b and x == 0.5) else checked(lambda: betainc(a_, b_, 0, x_, regularized=True))
    print(row(x, a, b, lp_beta(x, a, b), F))

print('// [k, lambda, ln P(k), P(X <= k)]  Pois')
for k, lam in [(0, 1e-9), (1, 1e-9), (3, 1e-9), (0, 3.0), (7, 3.0), (10000, 1e4), (9500, 1e4), (10600, 1e4), (0, 1e4)]:
    cdf = gammainc(k + 1, mpf(lam), inf, regularized=True)
    close(lp_pois(k, lam), st.poisson(lam).logpmf(k), rel=1e-9, what='pois')
    print(row(k, lam, lp_pois(k, lam), cdf))

print('// [k, n, p, ln P(k), P(X <= k)]  Bin')
for k, n, p in [(0, 10, 0.0), (3, 10, 0.0), (10, 10, 1.0), (9, 10, 1.0), (3, 100, 0.03), (0, 100, 0.03), (100, 100, 0.03), (5000, 10000, 0.5), (4700, 10000, 0.5), (10000, 10000, 0.9999), (1, 10000, 1e-6)]:
    cdf = fsum(exp(lp_bin(j, n, p)) for j in range(k + 1)) if p not in (0.0, 1.0) else (1 if (p == 0 or k >= n) else 0)
    print(row(k, n, p, lp_bin(k, n, p), cdf))

# ---- moments and entropies -------------------------------------------------------------------
print('// [nu, s, entropy]  T (formula; quadrature-checked for nu <= 30)')
for nu, s in [(0.5, 1.0), (1.0, 1.0), (2.5, 3.0), (30.0, 1.0), (1e5, 1.0)]:
    nu_, s_ = mpf(nu), mpf(s)
    h = (nu_ + 1) / 2 * (digamma((nu_ + 1) / 2) - digamma(nu_ / 2)) + log(sqrt(nu_) * beta(nu_ / 2, mpf(1) / 2)) + log(s_)
    if nu <= 30:
        with mp.workdps(20):
            hq = -quad(lambda x: exp(lp_t(x, nu, 0, s)) * lp_t(x, nu, 0, s), [-inf, -10, 0, 10, inf])
        close(h, hq, rel=1e-8, what='t entropy')
    close(h, st.t(nu, 0, s).entropy(), rel=1e-9, what='t entropy scipy')
    print(row(nu, s, h))

print('// [k, theta, entropy]  Gamma')
for k, th in [(0.05, 1.0), (0.5, 2.0), (1.0, 1.0), (7.5, 0.1), (1e6, 1.0)]:
    k_, th_ = mpf(k), mpf(th)
    h = k_ + log(th_) + loggamma(k_) + (1 - k_) * digamma(k_)
    close(h, st.gamma(k, scale=th).entropy(), rel=1e-9, what='gamma entropy', absolute=1e-14)
    print(row(k, th, h))

print('// [a, b, entropy]  Beta')
for a, b in [(0.05, 0.05), (0.5, 0.5), (1.0, 1.0), (2.5, 7.0), (1e4, 1e4)]:
    a_, b_ = mpf(a), mpf(b)
    h = log(beta(a_, b_)) - (a_ - 1) * digamma(a_) - (b_ - 1) * digamma(b_) + (a_ + b_ - 2) * digamma(a_ + b_)
    if min(a, b) >= 0.5:  # SciPy integrates numerically and loses digits for tiny shapes
        close(h, st.beta(a, b).entropy(), rel=1e-8, what='beta entropy', absolute=1e-14)
    print(row(a, b, h))


# ---- closed-form KL and cross-entropy, each checked by quadrature -------------------------------
def kl_quad(lp, lq, pts):
    with mp.workdps(30):
        return quad(lambda x: exp(lp(x)) * (lp(x) - lq(x)), pts)


def ce_quad(lp, lq, pts):
    with mp.workdps(30):
        return -quad(lambda x: exp(lp(x)) * lq(x), pts)


print('// [P (mu, b), Q (mu, b), KL(P||Q), H(P, Q)]  Laplace')
for (m1, b1), (m2, b2) in [((0.0, 1.0), (0.0, 1.0)), ((0.0, 1.0), (1.0, 2.0)), ((3.0, 0.5), (-1.0, 4.0)), ((0.0, 1.0), (1e-6, 1.0)), ((0.0, 1e-3), (0.0, 1e3))]:
    m1_, b1_, m2_, b2_ = map(mpf, (m1, b1, m2, b2))
    d = abs(m1_ - m2_)
    kl = log(b2_ / b1_) + d / b2_ + b1_ / b2_ * exp(-d / b1_) - 1
    ce = log(2 * b2_) + (d + b1_ * exp(-d / b1_)) / b2_
    pts = sorted({-inf, m1, m2, inf})
    if b1 >= 0.01:
        close(kl, kl_quad(lambda x: lp_laplace(x, m1, b1), lambda x: lp_laplace(x, m2, b2), pts), rel=1e-10 if kl > 1e-9 else 1e-3, what='laplace kl')
    print(row(m1, b1, m2, b2, kl, ce))

print('// [rate P, rate Q, KL, H(P, Q)]  Exp')
for r1, r2 in [(1.0, 1.0), (1.0, 2.0), (2.0, 1.0), (1.0, 1.0 + 1e-9), (1e-300, 1.0), (1e300, 1e-300)]:
    r1_, r2_ = mpf(r1), mpf(r2)
    kl = log(r1_ / r2_) + r2_ / r1_ - 1
    ce = -log(r2_) + r2_ / r1_
    if 1e-3 < r1 < 1e3 and 1e-3 < r2 < 1e3 and kl > 1e-6:
        close(kl, kl_quad(lambda x: lp_exp(x, r1), lambda x: lp_exp(x, r2), [0, 1, inf]), rel=1e-10, what='exp kl')
    print(row(r1, r2, kl, ce))

print('// [P (k, theta), Q (k, theta), KL, H(P, Q)]  Gamma')
for (k1, t1), (k2, t2) in [((2.0, 1.0), (2.0, 1.0)), ((2.0, 1.0), (3.0, 0.5)), ((0.5, 2.0), (1.5, 1.0)), ((0.05, 1.0), (1.0, 1.0)), ((1e4, 1.0), (1e4 + 100, 1.0)), ((5.0, 1.0), (5.0, 1.0 + 1e-8))]:
    k1_, t1_, k2_, t2_ = map(mpf, (k1, t1, k2, t2))
    kl = (k1_ - k2_) * digamma(k1_) - loggamma(k1_) + loggamma(k2_) + k2_ * (log(t2_) - log(t1_)) + k1_ * (t1_ - t2_) / t2_
    ce = loggamma(k2_) + k2_ * log(t2_) - (k2_ - 1) * (digamma(k1_) + log(t1_)) + k1_ * t1_ / t2_
    if k1 <= 10 and k1 >= 0.5 and kl > 1e-6:
        close(kl, kl_quad(lambda x: lp_gamma(x, k1, t1), lambda x: lp_gamma(x, k2, t2), [0, 1, 5, 20, inf]), rel=1e-8, what='gamma kl')
        close(ce, ce_quad(lambda x: lp_gamma(x, k1, t1), lambda x: lp_gamma(x, k2, t2), [0, 1, 5, 20, inf]), rel=1e-8, what='gamma ce')
    print(row(k1, t1, k2, t2, kl, ce))

print('// [P (a, b), Q (a, b), KL, H(P, Q)]  Beta')
for (a1, b1), (a2, b2) in [((2.0, 3.0), (2.0, 3.0)), ((2.0, 3.0), (4.0, 1.5)), ((0.5, 0.5), (1.0, 1.0)), ((0.05, 0.05), (2.0, 2.0)), ((1.0, 1.0), (0.5, 0.5)), ((1e4, 1e4), (1e4 + 10, 1e4))]:
    a1_, b1_, a2_, b2_ = map(mpf, (a1, b1, a2, b2))
    s = digamma(a1_ + b1_)
    kl = log(beta(a2_, b2_)) - log(beta(a1_, b1_)) + (a1_ - a2_) * digamma(a1_) + (b1_ - b2_) * digamma(b1_) + (a2_ - a1_ + b2_ - b1_) * s
    ce = log(beta(a2_, b2_)) - (a2_ - 1) * (digamma(a1_) - s) - (b2_ - 1) * (digamma(b1_) - s)
    if a1 >= 1 and b1 >= 1 and a1 < 100 and kl > 1e-6:
        close(kl, kl_quad(lambda x: lp_beta(x, a1, b1), lambda x: lp_beta(x, a2, b2), [0, 0.5, 1]), rel=1e-8, what='beta kl')
    print(row(a1, b1, a2, b2, kl, ce))

print('// [P (a, b), Q (a, b), KL, H(P, Q)]  U (Infinity = support mismatch)')
for (a1, b1), (a2, b2) in [((0.0, 1.0), (0.0, 1.0)), ((0.0, 1.0), (-1.0, 3.0)), ((-1.0, 3.0), (0.0, 1.0)), ((0.0, 2.0), (1.0, 3.0)), ((0.0, 1.0), (2.0, 3.0)), ((0.0, 1e-300), (0.0, 1e300))]:
    inside = a1 >= a2 and b1 <= b2
    kl = log((mpf(b2) - a2) / (mpf(b1) - a1)) if inside else inf
    ce = log(mpf(b2) - a2) if inside else inf
    print(row(a1, b1, a2, b2, kl, ce))

print('// [lambda P, lambda Q, KL]  Pois (closed form, checked by a direct sum)')
for l1, l2 in [(3.0, 3.0), (3.0, 5.0), (1e-9, 2.0), (2.0, 1e-9), (1e4, 1e4 + 1), (1e4, 1e4 * (1 + 1e-12))]:
    l1_, l2_ = mpf(l1), mpf(l2)
    kl = l1_ * log(l1_ / l2_) + l2_ - l1_
    if l1 < 100:
        ksum = fsum(exp(lp_pois(k, l1)) * (lp_pois(k, l1) - lp_pois(k, l2)) for k in range(0, 400))
        close(kl, ksum, rel=1e-25, what='pois kl')
    print(row(l1, l2, kl))

print('// [n, p, q, KL]  Bin, equal n (checked by a direct sum)')
for n, p, q in [(10, 0.3, 0.3), (10, 0.3, 0.5), (100, 0.03, 0.05), (10000, 0.5, 0.5 + 1e-9), (10, 0.0, 0.3), (10, 1.0, 0.3), (10, 0.3, 0.0), (10, 0.3, 1.0), (10, 0.0, 0.0), (10, 1.0, 0.0)]:
    terms = []
    infinite = False
    for k in range(n + 1):
        a = lp_bin(k, n, p)
        if a == -inf:
            continue
        b = lp_bin(k, n, q)
        if b == -inf:
            infinite = True
            break
        terms.append(exp(a) * (a - b))
    kl = inf if infinite else fsum(terms)
    print(row(n, p, q, kl))


# ---- sums between Pois and Bin (integerSums) ------------------------------------------------------
def measures(lp, lq, ks):
    kl = klr = js = ce = hp = hq = mpf(0)
    kl_inf = klr_inf = False
    for k in ks:
        a, b = lp(k), lq(k)
        pa = exp(a) if a != -inf else mpf(0)
        pb = exp(b) if b != -inf else mpf(0)
        if pa > 0:
            if pb == 0:
                kl_inf = True
            else:
                kl += pa * (a - b)
                ce -= pa * b
            hp -= pa * a
        if pb > 0:
            if pa == 0:
                klr_inf = True
            else:
                klr += pb * (b - a)
            hq -= pb * b
        m = (pa + pb) / 2
        if pa > 0:
            js += pa * log(pa / m) / 2
        if pb > 0:
            js += pb * log(pb / m) / 2
    return [inf if kl_inf else kl, inf if klr_inf else klr, js, inf if kl_inf else ce, hp, hq]


def pois(lam):
    return lambda k: lp_pois(k, lam)


def binom(n, p):
    return lambda k: lp_bin(k, n, p) if 0 <= k <= n else -inf


print('// [label, KL(P||Q), KL(Q||P), JS, H(P, Q), H(P), H(Q)]  direct sums (Infinity = support mismatch)')
cases = [
    ('Bin(100, 0.03) | Pois(3)', binom(100, 0.03), pois(3.0), range(0, 200)),
    ('Pois(3) | Bin(100, 0.03)', pois(3.0), binom(100, 0.03), range(0, 200)),
    ('Pois(1e-9) | Pois(2)', pois(1e-9), pois(2.0), range(0, 120)),
    ('Pois(1e4) | Pois(1.01e4)', pois(1e4), pois(1.01e4), range(8000, 12500)),
    # Up to 10001: Pois(3000) has mass at 10001, where Bin(10000, ·) has none (KL(Q||P) = inf).
    ('Bin(10000, 0.3) | Pois(3000)', binom(10000, 0.3), pois(3000.0), range(2000, 10002)),
    ('Bin(50, 0.2) | Bin(80, 0.125)', binom(50, 0.2), binom(80, 0.125), range(0, 81)),
    ('Bin(10000, 0.5) | Bin(10000, 0.5)', binom(10000, 0.5), binom(10000, 0.5), range(4000, 6001)),
    ('Pois(1e4) | Pois(1e4)', pois(1e4), pois(1e4), range(8500, 11600)),
]
for label, lp, lq, ks in cases:
    with mp.workdps(30):
        vals = measures(lp, lq, ks)
    print("  ['" + label + "', " + ', '.join(fmt(v) for v in vals) + '],')
