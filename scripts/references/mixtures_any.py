"""References for mixtures of any 1-D families (issue 14: Mix(0.5*Laplace(-2,1),0.5*T(4,2,1))):
KL both ways, JS, cross-entropy and both entropies from the defining integrals by mpmath.quad at 30
digits, split at every component's support edges and peaks; the mixture density is the weighted
sum of the components' densities, written out here independently of the app. Support mismatch
(KL = inf) is decided from the supports by hand, as stated beside each pair.

Also the fit view's references for a non-Gaussian P: the reverse fit argmin over Gaussians Q of
KL(Q||P) = -H(Q) - E_Q[log p], with E_Q[log p] by mpmath Gauss-Hermite-free quadrature (mpmath.quad
over x against Q's density) and minimised by scipy.optimize.minimize (Nelder-Mead then BFGS on
(mu, log sigma)), an optimiser independent of the app's damped Newton.

Run: /usr/bin/python3 scripts/references/mixtures_any.py
"""
from mpmath import mp, mpf, log, exp, loggamma, quad, inf, pi, beta, sqrt, e
import numpy as np
from scipy.optimize import minimize

mp.dps = 30


def n(m, s):
    return lambda x: exp(-log(2 * pi) / 2 - log(s) - (x - m) ** 2 / (2 * mpf(s) ** 2))


def u(a, b):
    return lambda x: 1 / (mpf(b) - a) if a <= x <= b else mpf(0)


def lap(m, b):
    return lambda x: exp(-log(2 * mpf(b)) - abs(x - m) / mpf(b))


def t(nu, m, s):
    nu = mpf(nu)
    return lambda x: exp(loggamma((nu + 1) / 2) - loggamma(nu / 2) - log(nu * pi) / 2 - log(s)
                         - (nu + 1) / 2 * log(1 + ((x - m) / mpf(s)) ** 2 / nu))


def ex(r):
    return lambda x: r * exp(-r * x) if x >= 0 else mpf(0)


def gam(k, th):
    k = mpf(k)
    return lambda x: exp((k - 1) * log(x) - x / th - loggamma(k) - k * log(th)) if x > 0 else mpf(0)


def bet(a, b):
    a, b = mpf(a), mpf(b)
    return lambda x: exp((a - 1) * log(x) + (b - 1) * log(1 - x) - log(beta(a, b))) if 0 < x < 1 else mpf(0)


def mix(*parts):
    return lambda x: sum(w * f(x) for w, f in parts)


def xlogy(a, b):
    return mpf(0) if a == 0 else a * log(b)


def integ(f, pts):
    return quad(f, pts, maxdegree=12)


def measures(p, q, pts, skip=()):
    out = {}
    if 'klPQ' not in skip:
        out['klPQ'] = integ(lambda x: xlogy(p(x), p(x)) - xlogy(p(x), q(x)), pts)
        out['cePQ'] = integ(lambda x: -xlogy(p(x), q(x)), pts)
    if 'klQP' not in skip:
        out['klQP'] = integ(lambda x: xlogy(q(x), q(x)) - xlogy(q(x), p(x)), pts)

    def jsf(x):
        a, b = p(x), q(x)
        m = (a + b) / 2
        return (xlogy(a, a) - xlogy(a, m) + xlogy(b, b) - xlogy(b, m)) / 2
    out['js'] = integ(jsf, pts)
    out['hP'] = integ(lambda x: -xlogy(p(x), p(x)), pts)
    out['hQ'] = integ(lambda x: -xlogy(q(x), q(x)), pts)
    return out


def line(*extra):
    base = [-1e4, -1e3, -100, -40, -20, -10, -6, -4, -3, -2, -1, -0.5, 0, 0.5, 1, 2, 3, 4, 6, 10, 20, 40, 100, 1e3, 1e4]
    return [-inf] + sorted(set(base + list(extra))) + [inf]


print('// measures: [label, {key: value}]  mpmath.quad, 30 digits')
PAIRS = [
    ('Mix(0.5*Laplace(-2,1),0.5*T(4,2,1)) vs N(0,2)',
     mix((0.5, lap(-2, 1)), (0.5, t(4, 2, 1))), n(0, 2), line(), ()),
    # P's support [-1,1] u [2,3] lies inside Q's [-1,3]: KL(P||Q) finite; Q has mass on (1,2)
    # where P has none: KL(Q||P) = inf with the region (1, 2).
    ('Mix(0.5*U(-1,1),0.5*U(2,3)) vs U(-1,3)',
     mix((0.5, u(-1, 1)), (0.5, u(2, 3))), u(-1, 3), [-1, 0, 1, 1.5, 2, 2.5, 3], ('klQP',)),
    ('Mix(0.3*U(-1,1),0.7*N(2,1)) vs N(1,2)',
     mix((0.3, u(-1, 1)), (0.7, n(2, 1))), n(1, 2), line(), ()),
    ('Mix(0.5*Gamma(2,1),0.5*Exp(1)) vs Gamma(1.5,1)',
     mix((0.5, gam(2, 1)), (0.5, ex(1))), gam(1.5, 1), [0, 0.5, 1, 2, 4, 10, 40, 100, 1000, inf], ()),
    ('Mix(0.3*U(-1,1),0.7*N(2,1)) vs Mix(0.5*Laplace(0,1),0.5*Beta(2,2))',
     mix((0.3, u(-1, 1)), (0.7, n(2, 1))), mix((0.5, lap(0, 1)), (0.5, bet(2, 2))), line(), ()),
    # The e2e editor test's mixture after component 2 becomes Laplace(2,1).
    ('Mix(0.5*N(-2,0.6),0.5*Laplace(2,1)) vs N(0,2)',
     mix((0.5, n(-2, 0.6)), (0.5, lap(2, 1))), n(0, 2), line(-2.6, -1.4), ('klQP',)),
    # A Beta(1, 0.5) half with its density infinite at 1, the mixture's own edge: KL = -H(P).
    ('Mix(0.5*Beta(1,0.5),0.5*U(0,1)) vs U(0,1)',
     mix((0.5, bet(1, 0.5)), (0.5, u(0, 1))), u(0, 1), [0, 0.5, 0.9, 0.99, 1], ('klQP',)),
    # P has a t(2) half whose tail makes E_P[-ln q] diverge against N(0,1): KL(P||Q) = inf.
    ('Mix(0.5*N(0,1),0.5*T(2,0,1)) vs N(0,1)',
     mix((0.5, n(0, 1)), (0.5, t(2, 0, 1))), n(0, 1), line(), ('klPQ',)),
]
for label, p, q, pts, skip in PAIRS:
    m = measures(p, q, pts, skip)
    print(f"  ['{label}', {{" + ', '.join(f"{k}: {mp.nstr(v, 20)}" for k, v in m.items()) + '}],')


def reverse_kl(logp, pts_of):
    """KL(N(mu, sigma)||P) = -H(Q) - E_Q[log p], E_Q by mpmath.quad over x."""
    def f(theta):
        mu, s = mpf(theta[0]), mpf(theta[1])
        sigma = exp(s)
        q = n(mu, sigma)
        pts = sorted(set([mu + k * sigma for k in (-30, -8, -4, -2, -1, 0, 1, 2, 4, 8, 30)] + pts_of))
        elogp = quad(lambda x: q(x) * logp(x), [-inf] + pts + [inf])
        return float(-(log(2 * pi * e) / 2 + s) - elogp)
    return f


def fit(label, logp, pts, starts):
    f = reverse_kl(logp, pts)
    best = None
    for st in starts:
        r = minimize(f, np.array(st), method='Nelder-Mead', options={'xatol': 1e-10, 'fatol': 1e-14, 'maxiter': 4000})
        r = minimize(f, r.x, method='BFGS', options={'gtol': 1e-10})
        if best is None or r.fun < best.fun:
            best = r
    print(f"  ['{label}', {{ mu: {best.x[0]:.12g}, sigma: {float(exp(best.x[1])):.12g}, kl: {best.fun:.14g} }}],")


print('// reverse fits: [label, {mu, sigma, kl}]  scipy.optimize on the mpmath objective')
# Laplace(0,1) by hand too: at mu = 0, KL = -1/2 log(2 pi e sigma^2) + log 2 + sigma sqrt(2/pi),
# minimised at sigma = sqrt(pi/2).
sig = sqrt(pi / 2)
print(f"  // by hand: Laplace(0,1) sigma = sqrt(pi/2) = {mp.nstr(sig, 17)}, "
      f"kl = {mp.nstr(-log(2 * pi * e * sig ** 2) / 2 + log(2) + sig * sqrt(2 / pi), 17)}")
fit('Laplace(0,1)', lambda x: -log(2) - abs(x), [0], [(0.3, 0.2)])
fit('T(4,0,1)', lambda x: log(t(4, 0, 1)(x)), [0], [(0.3, 0.2)])
mp_mix = mix((0.5, lap(-2, 1)), (0.5, t(4, 2, 1)))
fit('Mix(0.5*Laplace(-2,1),0.5*T(4,2,1))', lambda x: log(mp_mix(x)), [-2, 2],
    [(-2.5, 0), (2.5, 0), (0, 0.7)])
