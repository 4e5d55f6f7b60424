"""References for src/core/special (special.test.ts): mpmath at 40 digits, inputs as exact doubles.

Prints TypeScript array literals to paste into the test. Run: /usr/bin/python3 scripts/references/special_functions.py
"""
from mpmath import mp, binomial, fsum, mpf, loggamma, digamma, beta, log, gammainc, betainc, erf, erfc, ncdf, sqrt, gamma, quad, inf

mp.dps = 40


def fmt(x):
    return mp.nstr(mpf(x), 20)


def row(*xs):
    return '  [' + ', '.join(repr(float(x)) if isinstance(x, float) else fmt(x) for x in xs) + '],'


def checked(f):
    """f() at 120 digits, asserted equal to f() at 160: mpmath's betainc at 40 digits silently returned
    1.56e-44 for I(0.5, 1e5) upper tails that are really 2e-45, so every value is cross-checked."""
    with mp.workdps(120):
        v = f()
    with mp.workdps(160):
        w = f()
    assert abs(v - w) <= mpf(10) ** -40 * abs(w), (v, w)
    return v


def t_cdf(t, nu):
    t, nu = mpf(t), mpf(nu)
    x = nu / (nu + t * t)
    tail = checked(lambda: betainc(nu / 2, mpf(1) / 2, 0, nu / (nu + t * t), regularized=True)) / 2
    return tail if t < 0 else 1 - tail


print('// [x, ln Γ(x), ψ(x)]')
for x in [1e-300, 1e-10, 0.05, 0.3, 0.5, 0.9, 1.0, 1.1, 1.4616321449683623, 1.5, 1.9, 2.0, 2.1, 2.49, 2.5, 3.7, 9.99, 10.0, 10.5, 33.3, 100.0, 1234.5, 1e5, 1e15, 1e300]:
    print(row(x, loggamma(mpf(x)), digamma(mpf(x))))

print('// [a, b, ln B(a, b)]')
for a, b in [(0.05, 0.05), (0.5, 0.5), (1.0, 1.0), (2.5, 7.0), (0.3, 40.0), (9.5, 10.5), (10.0, 10.0), (1e4, 1e4), (1e4, 3.0), (12.0, 1e6), (1e6, 1e6)]:
    print(row(a, b, log(beta(mpf(a), mpf(b)))))

print('// [a, x, P(a, x), Q(a, x)]')
for a, x in [(0.05, 1e-5), (0.05, 0.5), (0.05, 3.0), (0.5, 0.01), (0.5, 2.0), (1.0, 1.0), (3.0, 0.5), (3.0, 12.0), (10.0, 9.0), (10.0, 30.0), (100.0, 80.0), (100.0, 130.0), (1e4, 9900.0), (1e4, 1e4), (1e4, 10300.0), (1e4 + 1, 9700.0), (0.1, 50.0)]:
    a_, x_ = mpf(a), mpf(x)
    print(row(a, x, checked(lambda: gammainc(a_, 0, x_, regularized=True)), checked(lambda: gammainc(a_, x_, inf, regularized=True))))

print('// [x, a, b, I_x(a, b), 1 − I_x(a, b)]')
for x, a, b in [(1e-10, 0.05, 0.05), (0.3, 0.05, 0.05), (0.999, 0.05, 0.5), (0.5, 0.5, 0.5), (0.1, 2.0, 3.0), (0.9, 2.0, 3.0), (0.2, 10.0, 40.0), (0.45, 50.0, 50.0), (0.52, 5000.0, 5000.0), (0.49, 5000.0, 5000.0), (0.97, 9900.0, 101.0), (2.0**-10, 0.5, 1e5)]:
    x_, a_, b_ = mpf(x), mpf(a), mpf(b)
    if a == int(a) and b == int(b) and a + b > 200:
        # mpmath's hypergeometric betainc does not converge here; for integer a, b,
        # I_x(a, b) = P(Bin(a + b - 1, x) >= a), an exact finite sum.
        n = int(a + b - 1)
        terms = [binomial(n, k) * x_**k * (1 - x_) ** (n - k) for k in range(n + 1)]
        upper = fsum(terms[: int(a)])
        lower = fsum(terms[int(a):])
    else:
        lower = checked(lambda: betainc(a_, b_, 0, x_, regularized=True))
        upper = checked(lambda: betainc(a_, b_, x_, 1, regularized=True))
    print(row(x, a, b, lower, upper))

print('// [x, erf(x), erfc(x)]')
for x in [1e-300, 1e-8, 0.1, 0.5, 0.99, 1.0, 1.5, 2.0, 3.0, 5.0, 10.0, 26.0, -0.5, -1.5, -5.0]:
    print(row(x, erf(mpf(x)), erfc(mpf(x))))

print('// [t, ν, F(t)]')
for t, nu in [(0.0, 1.0), (1.0, 1.0), (-1e10, 1.0), (1e10, 0.5), (-3.0, 0.5), (0.5, 2.0), (-2.0, 2.0), (-40.0, 3.0), (1e-8, 4.0), (-6.0, 30.0), (2.0, 1e6), (-50.0, 1e5), (-1e200, 2.5)]:
    print(row(t, nu, t_cdf(t, nu)))
