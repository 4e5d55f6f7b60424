"""Reference values for Bernoulli measures, at 40 significant digits with mpmath.

Each input is the exact binary64 value that JavaScript holds (Python floats are the same doubles), so
1 - 1e-12 means the double nearest to it, as in the tests. Conventions: 0*log(0/q) = 0, p > 0 with
q = 0 gives +inf. Run: python3 scripts/references/bernoulli.py
"""
from mpmath import mp, mpf, log, inf

mp.dps = 40
VALUES = [0.0, 1e-12, 0.5, 1 - 1e-12, 1.0]
NAMES = ['0', '1e-12', '0.5', '1 - 1e-12', '1']


def term(a, b):
    """a*log(a/b) with 0*log(0/b) = 0 and +inf where b = 0 < a."""
    if a == 0:
        return mpf(0)
    if b == 0:
        return inf
    return a * log(a / b)


def kl(p, q):
    p, q = mpf(p), mpf(q)
    return term(1 - p, 1 - q) + term(p, q)


def entropy(p):
    p = mpf(p)
    return -sum((x * log(x) if x > 0 else mpf(0)) for x in (p, 1 - p))


def js(p, q):
    p, q = mpf(p), mpf(q)
    m = [(1 - p + 1 - q) / 2, (p + q) / 2]
    return (term(1 - p, m[0]) + term(p, m[1]) + term(1 - q, m[0]) + term(q, m[1])) / 2


def fmt(x):
    return 'Infinity' if x == inf else mp.nstr(x, 20, min_fixed=-3, max_fixed=3)


for i, p in enumerate(VALUES):
    for j, q in enumerate(VALUES):
        klpq, klqp = kl(p, q), kl(q, p)
        ce = entropy(p) + klpq
        print(f"  [{NAMES[i]}, {NAMES[j]}, {fmt(klpq)}, {fmt(klqp)}, {fmt(js(p, q))}, {fmt(ce)}, {fmt(entropy(p))}, {fmt(entropy(q))}],")
