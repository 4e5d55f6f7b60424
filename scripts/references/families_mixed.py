"""References for mixed-family 1-D pairs through the generic path (continuous1Generic.test.ts and
the family tests): mpmath quadrature at 30 digits of KL, JS and cross-entropy from the defining
integrals, split at the support edges and peaks. KL(U(-1,1)||N(0,1)) is also checked against its
hand derivation -ln 2 + ln(2 pi)/2 + 1/6. Run: /usr/bin/python3 scripts/references/families_mixed.py
"""
from mpmath import mp, mpf, log, exp, loggamma, quad, inf, pi, beta, log1p

mp.dps = 30


def n(m, s):
    return lambda x: -log(2 * pi) / 2 - log(s) - (x - m) ** 2 / (2 * s * s)


def u(a, b):
    return lambda x: -log(mpf(b) - a) if a <= x <= b else -inf


def lap(m, b):
    return lambda x: -log(2 * mpf(b)) - abs(x - m) / b


def t(nu, m, s):
    nu = mpf(nu)
    return lambda x: (loggamma((nu + 1) / 2) - loggamma(nu / 2) - log(nu * pi) / 2 - log(s)
                      - (nu + 1) / 2 * log(1 + ((x - m) / s) ** 2 / nu))


def ex(r):
    return lambda x: log(r) - r * x if x >= 0 else -inf


def gam(k, th):
    return lambda x: (k - 1) * log(x) - x / th - loggamma(k) - k * log(th) if x > 0 else -inf


def bet(a, b):
    return lambda x: (a - 1) * log(x) + (b - 1) * log(1 - x) - log(beta(a, b)) if 0 < x < 1 else -inf


def kl(lp, lq, pts):
    def f(x):
        a = lp(x)
        return 0 if a == -inf else exp(a) * (a - lq(x))
    return quad(f, pts, maxdegree=10)


def js(lp, lq, pts):
    def term(a, b):
        if a == -inf:
            return mpf(0)
        m = log((exp(a) + (exp(b) if b != -inf else 0)) / 2)
        return exp(a) * (a - m)
    return quad(lambda x: (term(lp(x), lq(x)) + term(lq(x), lp(x))) / 2, pts, maxdegree=10)


def show(label, v):
    print(f"  ['{label}', {mp.nstr(v, 20)}],")


R = [-inf, -40, -10, -4, -2, -1, 0, 1, 2, 4, 10, 40, inf]
H = [0, 0.5, 1, 2, 4, 10, 40, inf]
print('// [label, value]  mpmath quadrature')
v = kl(u(-1, 1), n(0, 1), [-1, 0, 1])
assert abs(v - (-log(2) + log(2 * pi) / 2 + mpf(1) / 6)) < mpf(10) ** -25
show('KL(U(-1,1)||N(0,1))', v)
show('JS(U(-1,1),N(0,1))', js(u(-1, 1), n(0, 1), R))
show('KL(N(0,1)||Laplace(0,1))', kl(n(0, 1), lap(0, 1), R))
show('KL(Laplace(0,1)||N(0,1))', kl(lap(0, 1), n(0, 1), R))
show('KL(T(4,0,1)||N(0,1))', kl(t(4, 0, 1), n(0, 1), [-inf] + sorted(R[1:-1] + [1e3, 1e6, -1e3, -1e6], key=float) + [inf]))
show('KL(N(0,1)||T(4,0,1))', kl(n(0, 1), t(4, 0, 1), R))
show('KL(Gamma(2,1)||Exp(1))', kl(gam(2, 1), ex(1), H))
show('KL(Exp(1)||Gamma(2,1))', kl(ex(1), gam(2, 1), H))
show('KL(Beta(0.5,0.5)||U(0,1))', kl(bet(mpf(0.5), mpf(0.5)), u(0, 1), [0, 0.5, 1]))
show('KL(U(0,1)||Beta(0.5,0.5))', kl(u(0, 1), bet(mpf(0.5), mpf(0.5)), [0, 0.5, 1]))
show('KL(Exp(1)||N(1,1))', kl(ex(1), n(1, 1), H))
show('KL(T(3,0,1)||Laplace(0,1))', kl(t(3, 0, 1), lap(0, 1), [-inf] + sorted(R[1:-1] + [1e3, 1e6, -1e3, -1e6], key=float) + [inf]))
show('JS(N(0,1),Exp(1))', js(n(0, 1), ex(1), R))
