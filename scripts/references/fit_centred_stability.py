"""Is the centred reverse fit of P_s = 1/2 N(-s,1) + 1/2 N(s,1) ever a saddle? (SciPy quad, 1e-13.)

On the centred branch (mu = 0, sigma_c from d/dlog sigma KL = 0), the curvature in mu is
  d2/dmu2 KL(Q||P) = 1 - s^2 E[sech^2(s x)],  x = sigma_c t, t ~ N(0,1)
(derivation in fit_separation.py's docstring). fit_separation.py looked for its zero s_stab with
mpmath and ran out of time: there is none in reach. The curvature stays positive and falls like
1/s^2 (for large s, sigma_c/s tends to 2/sqrt(2 pi) and s^2 E[sech^2] to 1 from below), so the
centred Gaussian stays a local minimum for every separation on the fit view's slider (s <= 5) and
beyond, to s = 30 at least. Prints s, sigma_c, curvature.
Run: /usr/bin/python3 scripts/references/fit_centred_stability.py (~20 s).
"""
import numpy as np
from scipy import integrate, optimize


def expect(f, sigma, s):
    # Split where x = -s, 0, s (the sech^2 bump has width 1/s around x = 0).
    cuts = sorted({c / sigma for c in (-s, 0.0, s)})
    edges = [-40.0] + [c for c in cuts if abs(c) < 30] + [40.0]
    phi = lambda t: np.exp(-t * t / 2) / np.sqrt(2 * np.pi)
    return sum(
        integrate.quad(lambda t: phi(t) * f(sigma * t, t), a, b, epsabs=1e-15, epsrel=1e-13, limit=200)[0]
        for a, b in zip(edges[:-1], edges[1:])
    )


def sigma_centred(s):
    g = lambda ls: -1 + np.exp(2 * ls) - s * np.exp(ls) * expect(lambda x, t: t * np.tanh(s * x), np.exp(ls), s)
    return np.exp(optimize.brentq(g, np.log(0.5), np.log(5 * s + 5), xtol=1e-15))


def sech2(y):
    a = np.abs(y)
    return 4 * np.exp(-2 * a) / (1 + np.exp(-2 * a)) ** 2


for s in (2, 3, 5, 10, 20, 30):
    sc = sigma_centred(s)
    print(f"s = {s:>2}: sigma_c = {sc:.15g}, d2/dmu2 = {1 - s * s * expect(lambda x, t: sech2(s * x), sc, s):.6g}")
