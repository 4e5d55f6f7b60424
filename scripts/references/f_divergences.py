"""References for src/core/families/math/fDivergences.test.ts: Rényi divergence, squared Hellinger
distance and total variation between Gaussians, mpmath at 40 digits.

1-D: the closed form (Gil, Alajaji & Linder 2013) is printed, and asserted equal to an mpmath
quadrature of the defining integral ln(∫p^α q^(1−α))/(α − 1), 1 − ∫√(pq) and ½∫|p − q|.
2-D: the multivariate closed form evaluated with mpmath matrices (det, solve) — a different route from
the eigenvalue form in the TypeScript — and, for diagonal pairs, asserted equal to the sum of 1-D terms.
Run: /usr/bin/python3 scripts/references/f_divergences.py
"""
from mpmath import mp, mpf, log, exp, sqrt, pi, quad, inf, matrix, det, lu_solve, expm1

mp.dps = 40


def fmt(x):
    return 'Infinity' if x == inf else mp.nstr(mpf(x), 20)


def lpdf(x, m, s):
    return -((x - m) / s) ** 2 / 2 - log(s) - log(2 * pi) / 2


def renyi1(m1, s1, m2, s2, a):
    m1, s1, m2, s2, a = map(mpf, (m1, s1, m2, s2, a))
    if a == 1:
        return log(s2 / s1) + (s1**2 + (m1 - m2) ** 2) / (2 * s2**2) - mpf(1) / 2
    sa2 = a * s2**2 + (1 - a) * s1**2
    if sa2 <= 0:
        return inf
    return log(s2 / s1) + log(s2**2 / sa2) / (2 * (a - 1)) + a * (m1 - m2) ** 2 / (2 * sa2)


def renyi1_quad(m1, s1, m2, s2, a):
    with mp.workdps(30):
        lo, hi = min(m1 - 40 * s1, m2 - 40 * s2), max(m1 + 40 * s1, m2 + 40 * s2)
        pts = sorted({lo, m1, m2, hi})
        i = quad(lambda x: exp(a * lpdf(x, m1, s1) + (1 - a) * lpdf(x, m2, s2)), pts)
        return log(i) / (a - 1)


def cov(sx, sy, r):
    sx, sy, r = map(mpf, (sx, sy, r))
    return matrix([[sx * sx, r * sx * sy], [r * sx * sy, sy * sy]])


def renyi2(P, Q, a):
    a = mpf(a)
    m1 = matrix([mpf(P[0]), mpf(P[1])])
    m2 = matrix([mpf(Q[0]), mpf(Q[1])])
    S1, S2 = cov(*P[2:]), cov(*Q[2:])
    d = m1 - m2
    if a == 1:
        tr = sum(lu_solve(S2, S1[:, j])[j] for j in range(2))
        return (tr + (d.T * lu_solve(S2, d))[0] - 2 + log(det(S2) / det(S1))) / 2
    Sa = a * S2 + (1 - a) * S1
    if det(Sa) <= 0 or Sa[0, 0] <= 0:
        return inf
    return a / 2 * (d.T * lu_solve(Sa, d))[0] - log(det(Sa) / (det(S1) ** (1 - a) * det(S2) ** a)) / (2 * (a - 1))


print('// [mu P, sigma P, mu Q, sigma Q, alpha, D_alpha]  1-D Renyi')
cases1 = [(0.0, 1.0, 0.0, 1.0, 0.5), (0.0, 1.0, 1.0, 2.0, 0.5), (0.0, 1.0, 1.0, 2.0, 2.0), (0.0, 2.0, 1.0, 1.0, 2.0),
          (0.0, 2.0, 0.0, 1.0, 4.0 / 3.0), (0.0, 1.0, 1.0, 2.0, 1.0), (0.0, 1.0, 1.0, 2.0, 1.0 + 1e-9), (0.0, 1.0, 3.0, 1.0, 0.1),
          (0.0, 1.0, 0.0, 1.0 + 1e-7, 0.5), (0.0, 1e-3, 0.0, 1e3, 0.5), (5.0, 1.0, -5.0, 0.5, 10.0), (0.0, 1.0, 1e-8, 1.0, 3.0)]
for m1, s1, m2, s2, a in cases1:
    v = renyi1(m1, s1, m2, s2, a)
    # (2, 1, α = 4/3 sits on the edge σ_α² ≈ 0: the integrand is too flat for a finite quadrature range.)
    if v != inf and 1e-10 < v < 20 and a != 1 and s1 > 0.01 and s2 < 100:
        q = renyi1_quad(m1, s1, m2, s2, a)
        assert abs(q - v) <= mpf(1e-15) * abs(v), (m1, s1, m2, s2, a, v, q)
    print(f'  [{m1!r}, {s1!r}, {m2!r}, {s2!r}, {a!r}, {fmt(v)}],')

print('// [mu P, sigma P, mu Q, sigma Q, H^2]  1-D squared Hellinger')
for m1, s1, m2, s2 in [(0.0, 1.0, 0.0, 1.0), (0.0, 1.0, 1.0, 2.0), (0.0, 1.0, 10.0, 1.0), (0.0, 1.0, 1e-6, 1.0), (0.0, 1e-3, 0.0, 1e3)]:
    h = -expm1(-renyi1(m1, s1, m2, s2, 0.5) / 2)
    if s1 > 0.01:
        with mp.workdps(30):
            bc = quad(lambda x: exp((lpdf(x, m1, s1) + lpdf(x, m2, s2)) / 2), [-60, m1, m2, 60])
        assert abs((1 - bc) - h) <= mpf(1e-20) + mpf(1e-15) * h, (m1, s1, m2, s2, h, 1 - bc)
    print(f'  [{m1!r}, {s1!r}, {m2!r}, {s2!r}, {fmt(h)}],')

print('// [mu P, mu Q, sigma, TV]  1-D total variation, equal sigma (quadrature-checked)')
for m1, m2, s in [(0.0, 0.0, 1.0), (0.0, 1.0, 1.0), (0.0, 1e-9, 1.0), (-3.0, 3.0, 0.5), (0.0, 100.0, 1.0)]:
    m1_, m2_, s_ = map(mpf, (m1, m2, s))
    from mpmath import erf
    tv = erf(abs(m1_ - m2_) / (2 * sqrt(2) * s_))
    with mp.workdps(30):
        mid = (m1_ + m2_) / 2
        q = quad(lambda x: abs(exp(lpdf(x, m1, s)) - exp(lpdf(x, m2, s))), [m1 - 40 * s, mid, m2 + 40 * s] if m1 < m2 else [-40, 0, 40]) / 2
    assert abs(q - tv) <= mpf(1e-20) + mpf(1e-14) * tv, (m1, m2, s, tv, q)
    print(f'  [{m1!r}, {m2!r}, {s!r}, {fmt(tv)}],')

print('// [P (mx, my, sx, sy, rho), Q, alpha, D_alpha, H^2 (alpha = 1/2 only)]  2-D Renyi')
cases2 = [((0, 0, 1, 1, 0), (0, 0, 1, 1, 0), 0.5), ((0, 0, 1, 1, 0), (1, -1, 2, 0.5, 0.3), 0.5), ((0, 0, 1, 1, 0), (1, -1, 2, 0.5, 0.3), 2.0),
          ((0, 0, 1, 1, 0), (1, -1, 2, 0.5, 0.3), 1.0), ((1, 2, 0.5, 3, -0.9), (0, 0, 1, 1, 0.5), 0.25), ((0, 0, 2, 1, 0), (0, 0, 1, 1, 0), 2.0),
          ((0, 0, 1, 1, 0.99), (0, 0, 1, 1, -0.99), 0.5), ((0, 0, 1, 1, 0.5), (0, 0, 1, 1, 0.5 + 1e-9), 0.5), ((0, 0, 1.5, 1, 0), (1, 1, 1, 1, 0), 1.5)]
for P, Q, a in cases2:
    P = tuple(float(v) for v in P)
    Q = tuple(float(v) for v in Q)
    v = renyi2(P, Q, a)
    if P[4] == 0 and Q[4] == 0:
        s = renyi1(P[0], P[2], Q[0], Q[2], a) + renyi1(P[1], P[3], Q[1], Q[3], a)
        assert (s == v == inf) or abs(s - v) <= mpf(10) ** -35 * (1 + abs(v)), (P, Q, a, v, s)
    h = -expm1(-v / 2) if a == 0.5 else None
    print(f'  [{list(P)!r}, {list(Q)!r}, {a!r}, {fmt(v)}, {fmt(h) if h is not None else "NaN"}],')


# ---- The app's measures for every pair kind (src/core/divergences/fMeasures.test.ts) -------------
# TV = ½Σ|p − q|, H² = 1 − Σ√(pq), D_α = ln(Σ p^α q^(1−α))/(α − 1), by direct sums or mpmath quadrature.
from mpmath import nsum, binomial, factorial, gamma as G, loggamma

print('// ---- fMeasures.test.ts ----')


def measures_discrete(p, q, orders):
    p = [mpf(x) for x in p]
    q = [mpf(x) for x in q]
    tv = sum(abs(a - b) for a, b in zip(p, q)) / 2
    h2 = 1 - sum(sqrt(a * b) for a, b in zip(p, q))
    ren = [log(sum(a**al * b ** (1 - al) for a, b in zip(p, q) if a > 0)) / (al - 1) for al in map(mpf, orders)]
    return tv, h2, ren


print('// [P, Q, TV, H2, [D_alpha for alpha in 0.5, 2, 1 + 1e-6]]  discrete')
for P, Q in [([0.7, 0.3], [0.4, 0.6]), ([0.2, 0.5, 0.3], [0.4, 0.4, 0.2])]:
    tv, h2, ren = measures_discrete(P, Q, ['0.5', '2', '1.000001'])
    print(f'  [{P!r}, {Q!r}, {fmt(tv)}, {fmt(h2)}, [{", ".join(fmt(r) for r in ren)}]],')
P, Q = [mpf('0.7'), mpf('0.3')], [mpf('0.4'), mpf('0.6')]
print('// KL(Bern(0.3) || Bern(0.6)) (the alpha -> 1 limit):', fmt(sum(a * log(a / b) for a, b in zip(P, Q))))


def pois_lpmf(k, lam):
    return k * log(lam) - lam - loggamma(k + 1)


def bin_lpmf(k, n, p):
    return loggamma(n + 1) - loggamma(k + 1) - loggamma(n - k + 1) + k * log(p) + (n - k) * log(1 - p)


def count_measures(lp, lq, top, orders):
    ks = range(0, top)
    tv = sum(abs(exp(lp(k)) - exp(lq(k))) for k in ks) / 2
    h2 = 1 - sum(exp((lp(k) + lq(k)) / 2) for k in ks)
    ren = [log(sum(exp(al * lp(k) + (1 - al) * lq(k)) for k in ks)) / (al - 1) for al in map(mpf, orders)]
    return tv, h2, ren


print('// [label, TV, H2, D_0.5, D_2]  counts (direct sums to k = 400; the tails beyond are < 1e-200)')
lam_p, lam_q = mpf(3), mpf(5)
tv, h2, ren = count_measures(lambda k: pois_lpmf(k, lam_p), lambda k: pois_lpmf(k, lam_q), 400, ['0.5', '2'])
for al, r in zip(map(mpf, ['0.5', '2']), ren):
    # ln Σ p^α q^(1−α) = λp^α λq^(1−α) − αλp − (1−α)λq, so D_α divides the bracket below by 1 − α.
    closed = (al * lam_p + (1 - al) * lam_q - lam_p**al * lam_q ** (1 - al)) / (1 - al)
    assert abs(closed - r) < mpf(10) ** -30, (al, closed, r)
print(f'  ["Pois(3) vs Pois(5)", {fmt(tv)}, {fmt(h2)}, {fmt(ren[0])}, {fmt(ren[1])}],')
tv, h2, ren = count_measures(lambda k: bin_lpmf(k, 10, mpf('0.3')) if k <= 10 else -inf, lambda k: pois_lpmf(k, mpf(3)), 400, ['0.5', '2'])
print(f'  ["Bin(10,0.3) vs Pois(3)", {fmt(tv)}, {fmt(h2)}, {fmt(ren[0])}, {fmt(ren[1])}],')


def lap_lpdf(x, m, b):
    return -abs(x - m) / b - log(2 * b)


def t_lpdf(x, nu, m, s):
    nu = mpf(nu)
    z = (x - m) / s
    return loggamma((nu + 1) / 2) - loggamma(nu / 2) - log(sqrt(nu * pi) * s) - (nu + 1) / 2 * log(1 + z * z / nu)


def mix_lpdf(x, comps):
    return log(sum(w * exp(lpdf(x, m, s)) for w, m, s in comps))


def cont_measures(lp, lq, pts, orders):
    with mp.workdps(30):
        tv = quad(lambda x: abs(exp(lp(x)) - exp(lq(x))), pts) / 2
        h2 = 1 - quad(lambda x: exp((lp(x) + lq(x)) / 2), pts)
        ren = [log(quad(lambda x: exp(al * lp(x) + (1 - al) * lq(x)), pts)) / (al - 1) for al in map(mpf, orders)]
        kl = quad(lambda x: exp(lp(x)) * (lp(x) - lq(x)), pts)
    return tv, h2, ren, kl


print('// [label, TV, H2, D_0.5, D_2, KL(P||Q)]  1-D continuous by mpmath quadrature')
comps = [(mpf('0.3'), mpf(-1), mpf('0.5')), (mpf('0.7'), mpf(2), mpf(1))]


def crossings(f, g, lo, hi, n=4000):
    """Where f − g changes sign on [lo, hi] (the kinks of |p − q|), bracketed on a grid and refined."""
    from mpmath import findroot
    xs = [lo + (hi - lo) * mpf(i) / n for i in range(n + 1)]
    out = []
    for a, b in zip(xs, xs[1:]):
        if (f(a) - g(a)) * (f(b) - g(b)) < 0:
            out.append(findroot(lambda x: f(x) - g(x), (a, b), solver='bisect'))
    return out


lp = lambda x: mix_lpdf(x, comps)
lq = lambda x: lpdf(x, 0, mpf('1.5'))
pts = [-inf] + sorted([mpf(-1), mpf(0), mpf(2)] + crossings(lp, lq, mpf(-20), mpf(20))) + [inf]
tv, h2, ren, kl = cont_measures(lp, lq, pts, ['0.5', '2'])
print(f'  ["Mix(0.3*N(-1,0.5),0.7*N(2,1)) vs N(0,1.5)", {fmt(tv)}, {fmt(h2)}, {fmt(ren[0])}, {fmt(ren[1])}, {fmt(kl)}],')
lp = lambda x: lap_lpdf(x, 0, 1)
lq = lambda x: t_lpdf(x, 4, mpf('0.5'), mpf('1.5'))
pts = [-inf, mpf(-1000), mpf(-50)] + sorted([mpf(0), mpf('0.5')] + crossings(lp, lq, mpf(-40), mpf(40))) + [mpf(50), mpf(1000), inf]
tv, h2, ren, kl = cont_measures(lp, lq, pts, ['0.5', '2'])
print(f'  ["Laplace(0,1) vs T(4,0.5,1.5)", {fmt(tv)}, {fmt(h2)}, {fmt(ren[0])}, {fmt(ren[1])}, {fmt(kl)}],')
