"""High-precision references for the narrow-vs-wide 2-D cases of src/core/divergences/continuous2.test.ts.

Two constructions, each reducing a 2-D integral to 1-D mpmath quadrature (30 digits):

1. Rotation/product: P = P1 (x) N(0, b), Q = Q1 (x) N(0, b), rotated by theta. The shared factor cancels
   in log(p/q), so KL and JS are the 1-D values of (P1, Q1) and every entropy or cross-entropy gains
   H(N(0, b)) = 1/2 (1 + log 2 pi) + log b (the test adds that term). This script prints the 1-D values,
   computed by the same split-point tanh-sinh quadrature as continuous1_quadrature.py (reused from it).
2. Radial: P and Q mixtures of isotropic Gaussians all centred at 0, N2(0, s^2 I). Then p and q depend
   on r only and every measure is a 1-D integral int_0^inf f(r) 2 pi r dr, split at k*s for every s.

Run: python3 scripts/references/continuous2_narrow_wide.py
"""
import os

from mpmath import mp, mpf, log, exp, pi, quad

here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(here, "continuous1_quadrature.py")) as fh:
    src = fh.read()
exec(src[: src.index("cases = {")])  # defines mix() and measures(p, q) at mp.dps = 30

# 1. sigma ratio 100 inside P and against Q (1-D), used with b = 0.05 and theta = 0.5.
p1 = mix((0.5, 0, 0.01), (0.5, 1, 1))
q1 = [(mpf(1), mpf("0.5"), mpf("1.5"))]
r = measures(p1, q1)
print("narrowWide1d:", "{ " + ", ".join(f"{k}: {mp.nstr(v, 22)}" for k, v in r.items()) + " },")


# 2. Radial: P = 0.5 N2(0, 0.01^2 I) + 0.5 N2(0, I), Q = N2(0, 2^2 I) (sigma ratio 100 and 200).
def radial_logpdf(d, r):
    terms = [log(w) - r * r / (2 * s * s) - 2 * log(s) - log(2 * pi) for w, s in d]
    m = max(terms)
    return m + log(sum(exp(t - m) for t in terms))


def radial_measures(p, q):
    ss = [s for _, s in p + q]
    pts = sorted({mpf(0)} | {s * k for s in ss for k in (0.5, 1, 2, 3, 4, 6, 8, 12, 16, 24, 40, 60)})
    pts = [x for x in pts if x <= 60 * max(ss)]
    out = {}
    for kind in ("klPQ", "klQP", "js", "cePQ", "hP", "hQ"):
        def f(r, kind=kind):
            lp, lq = radial_logpdf(p, r), radial_logpdf(q, r)
            pp, qq = exp(lp), exp(lq)
            if kind == "klPQ":
                v = pp * (lp - lq)
            elif kind == "klQP":
                v = qq * (lq - lp)
            elif kind == "js":
                lm = max(lp, lq) + log(1 + exp(-abs(lp - lq)))
                v = (pp * (lp - lm + LN2) + qq * (lq - lm + LN2)) / 2
            elif kind == "cePQ":
                v = -pp * lq
            elif kind == "hP":
                v = -pp * lp
            else:
                v = -qq * lq
            return 2 * pi * r * v

        v, err = quad(f, pts, error=True)
        assert err < mpf(10) ** -18 * max(1, abs(v)), (kind, v, err)
        out[kind] = v
    return out


pr = [(mpf("0.5"), mpf("0.01")), (mpf("0.5"), mpf(1))]
qr = [(mpf(1), mpf(2))]
r = radial_measures(pr, qr)
print("radial2d:", "{ " + ", ".join(f"{k}: {mp.nstr(v, 22)}" for k, v in r.items()) + " },")
