"""High-precision references for the Gaussian closed forms (src/core/divergences/gaussian.test.ts).

Evaluates the textbook formulas with mpmath at 50 digits, starting from the exact binary values of the
double inputs, so rounding in the formula (the thing our code works around) does not reach the digits
we compare. Run: python3 scripts/references/continuous_closed_form.py
"""
import json
import random

from mpmath import mp, mpf, log, pi, e, matrix, cholesky, lu_solve, det

mp.dps = 50


def kl_normal(m1, s1, m2, s2):
    m1, s1, m2, s2 = map(mpf, (m1, s1, m2, s2))
    return log(s2 / s1) + (s1**2 + (m1 - m2) ** 2) / (2 * s2**2) - mpf(1) / 2


def h_normal(s):
    return log(2 * pi * e * mpf(s) ** 2) / 2


def ce_normal(m1, s1, m2, s2):
    return h_normal(s1) + kl_normal(m1, s1, m2, s2)


def cov2(sx, sy, rho):
    sx, sy, rho = map(mpf, (sx, sy, rho))
    return matrix([[sx * sx, rho * sx * sy], [rho * sx * sy, sy * sy]])


def kl_nd(m1, S1, m2, S2):
    d = len(m1)
    m1 = matrix([mpf(v) for v in m1])
    m2 = matrix([mpf(v) for v in m2])
    tr = sum((lu_solve(S2, S1[:, j]))[j] for j in range(d))
    dm = m2 - m1
    maha = (dm.T * lu_solve(S2, dm))[0]
    return (tr + maha - d + log(det(S2)) - log(det(S1))) / 2


def h_nd(S):
    d = S.rows
    return (d * (1 + log(2 * pi)) + log(det(S))) / 2


def fmt(x):
    return mp.nstr(x, 25)


normal_cases = [
    ((0, 1), (0, 1)),
    ((0, 1), (1, 2)),
    ((0, 1e-4), (0, 1)),
    ((0, 1), (0, 1e-4)),
    ((0, 1e-6), (0, 1e2)),
    ((1e3, 1), (-1e3, 2)),
    ((-1e3, 0.5), (-1e3 + 1e-3, 0.5)),
    ((0, 1), (0, 1 + 1e-6)),
    ((2.5, 3), (2.5, 3 * (1 + 2**-40))),
]
print("normal: [p(mu, sigma), q(mu, sigma), klPQ, hP, cePQ]")
for (a, b) in normal_cases:
    print(f"  [{a[0]!r}, {a[1]!r}, {b[0]!r}, {b[1]!r}, {fmt(kl_normal(*a, *b))}, {fmt(h_normal(a[1]))}, {fmt(ce_normal(*a, *b))}],")

normal2_cases = [
    ((0, 0, 1, 1, 0), (0, 0, 1, 1, 0)),
    ((0, 0, 1, 1, 0), (1, -1, 2, 0.5, 0.3)),
    ((0, 0, 1, 1, 0.999), (0, 0, 1, 1, -0.999)),
    ((0, 0, 1, 1, -0.999), (0, 0, 1, 1, 0.999)),
    ((1e3, -1e3, 1e-2, 3, 0.5), (-1e3, 1e3, 2, 1e2, -0.2)),
    ((0, 0, 1e-4, 1, 0), (0, 0, 1, 1, 0)),
    ((0, 0, 1, 1, 0), (0, 0, 1e-4, 1e-4, 0.9)),
    ((0, 0, 100, 100, 0.999), (0, 0, 1, 1, 0.999)),
    ((0.3, 0.1, 1.5, 0.7, 0.999), (0.3, 0.1, 1.5, 0.7, 0.998)),
    ((0, 0, 1, 1, 0.5), (1e-4, 0, 1 + 1e-7, 1, 0.5)),
]
print("normal2: [p(mx,my,sx,sy,rho), q(...), klPQ, hP, cePQ]")
for (a, b) in normal2_cases:
    S1, S2 = cov2(*a[2:]), cov2(*b[2:])
    kl = kl_nd(a[:2], S1, b[:2], S2)
    h = h_nd(S1)
    print(f"  [{list(a)}, {list(b)}, {fmt(kl)}, {fmt(h)}, {fmt(h + kl)}],")

# d = 10: random SPD matrices A·Aᵀ + d·I / 10 from a fixed seed; entries printed as exact doubles.
rng = random.Random(20240607)
d = 10


def spd():
    A = [[rng.gauss(0, 1) for _ in range(d)] for _ in range(d)]
    return [[float(sum(A[i][k] * A[j][k] for k in range(d)) + (d / 10 if i == j else 0)) for j in range(d)] for i in range(d)]


S1, S2 = spd(), spd()
m1 = [rng.uniform(-2, 2) for _ in range(d)]
m2 = [rng.uniform(-2, 2) for _ in range(d)]
M1 = matrix([[mpf(v) for v in row] for row in S1])
M2 = matrix([[mpf(v) for v in row] for row in S2])
kl12 = kl_nd(m1, M1, m2, M2)
kl21 = kl_nd(m2, M2, m1, M1)
h1 = h_nd(M1)
print("nd10 = " + json.dumps({"m1": m1, "S1": S1, "m2": m2, "S2": S2}))
print(f"nd10 klPQ {fmt(kl12)} klQP {fmt(kl21)} hP {fmt(h1)} cePQ {fmt(h1 + kl12)}")
