"""High-precision references for 1-D mixture measures (src/core/divergences/continuous1.test.ts).

mpmath.quad (tanh-sinh) at 30 digits, split at every component's mu + k*sigma so each piece is smooth
at the scale of its components, over mu +- 60 sigma of the outermost components (beyond, every
integrand is below e^-1800). Log-densities use logsumexp, as in the code under test, but in 30-digit
arithmetic. Run: python3 scripts/references/continuous1_quadrature.py
"""
from mpmath import mp, mpf, log, exp, sqrt, pi, quad

mp.dps = 30
LN2 = log(2)


def mix(*comps):
    total = sum(mpf(w) for w, _, _ in comps)
    return [(mpf(w) / total, mpf(m), mpf(s)) for w, m, s in comps]


def logpdf(d, x):
    terms = [log(w) - (x - m) ** 2 / (2 * s * s) - log(s) - log(2 * pi) / 2 for w, m, s in d]
    mx = max(terms)
    return mx + log(sum(exp(t - mx) for t in terms))


def crossings(d):
    """Where two weighted components of one mixture have equal density: log p has a kink-like
    transition there, of width 1/|d(l1 - l2)/dx|, which tanh-sinh must see as a breakpoint."""
    out = []
    for i, (w1, m1, s1) in enumerate(d):
        for (w2, m2, s2) in d[i + 1 :]:
            l1 = lambda x: log(w1) - log(s1) - (x - m1) ** 2 / (2 * s1 * s1)
            l2 = lambda x: log(w2) - log(s2) - (x - m2) ** 2 / (2 * s2 * s2)
            a = 1 / (2 * s2 * s2) - 1 / (2 * s1 * s1)
            b = m1 / (s1 * s1) - m2 / (s2 * s2)
            c = m2**2 / (2 * s2 * s2) - m1**2 / (2 * s1 * s1) + log(w1 / s1) - log(w2 / s2)
            roots = [-c / b] if a == 0 else []
            if a != 0 and b * b - 4 * a * c >= 0:
                r = sqrt(b * b - 4 * a * c)
                roots = [(-b + r) / (2 * a), (-b - r) / (2 * a)]
            for x in roots:
                slope = abs((x - m1) / s1**2 - (x - m2) / s2**2)
                out += [x + k / slope for k in (-64, -16, -4, -1, 0, 1, 4, 16, 64)]
    return out


def measures(p, q):
    comps = p + q
    pts = set(crossings(p) + crossings(q))
    for _, m, s in comps:
        for k in (-60, -40, -16, -8, -4, -2, -1, 0, 1, 2, 4, 8, 16, 40, 60):
            pts.add(m + k * s)
    lo = min(m - 60 * s for _, m, s in comps)
    hi = max(m + 60 * s for _, m, s in comps)
    pts = sorted(x for x in pts if lo <= x <= hi)

    def integrand(kind):
        def f(x):
            lp, lq = logpdf(p, x), logpdf(q, x)
            pp, qq = exp(lp), exp(lq)
            if kind == "klPQ":
                return pp * (lp - lq)
            if kind == "klQP":
                return qq * (lq - lp)
            if kind == "js":
                lm = max(lp, lq) + log(1 + exp(-abs(lp - lq)))
                return (pp * (lp - lm + LN2) + qq * (lq - lm + LN2)) / 2
            if kind == "cePQ":
                return -pp * lq
            if kind == "hP":
                return -pp * lp
            return -qq * lq

        return f

    out = {}
    for k in ("klPQ", "klQP", "js", "cePQ", "hP", "hQ"):
        v, err = quad(integrand(k), pts, error=True)
        assert err < mpf(10) ** -18 * max(1, abs(v)), (k, v, err)
        out[k] = v
    return out


cases = {
    "normalsJs": ([(1, 0, 1)], [(1, 1, 2)]),
    "normalsJsFar": ([(1, 1e3, 1e-3)], [(1, -1e3, 1)]),
    "normalsJsWide": ([(1, 0, 1e-4)], [(1, 0, 1)]),
    "bimodalVsWide": (mix((0.5, -3, 1), (0.5, 3, 1)), [(1, 0, 3.16)]),
    "separated": (mix((0.5, -10, 0.5), (0.5, 10, 0.5)), [(1, 0, 1)]),
    "narrowVsWide": (mix((0.3, -1, 1e-3), (0.7, 2, 1e-3)), [(1, 0, 5)]),
    "farMeans": (mix((0.5, 1e3, 1), (0.5, -1e3, 2)), [(1, 1e3, 3)]),
    "mix4VsMix3": (
        mix((0.1, -2, 0.5), (0.2, 0, 1), (0.3, 1, 0.3), (0.4, 3, 2)),
        mix((0.3, -1, 1), (0.3, 1, 2), (0.4, 2, 0.7)),
    ),
    "equalMixtures": (mix((1, -1, 0.5), (2, 1.5, 1)), mix((1, -1, 0.5), (2, 1.5, 1))),
}

for name, (p, q) in cases.items():
    r = measures(p, q)
    vals = ", ".join(f"{k}: {mp.nstr(v, 22)}" for k, v in r.items())
    print(f"  {name}: {{ {vals} }},")
