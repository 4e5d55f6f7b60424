"""References for the count families' explorer path (src/core/divergences/integers.test.ts).

The charts' window: SciPy's ppf (smallest k with P(X <= k) >= u) at 1e-6 and 1 - 1e-6 of each
distribution. The measures themselves are checked against families_new.py's mpmath direct sums.
"""
from scipy import stats

cases = [
    ('Pois(3) | Pois(5)', stats.poisson(3.0), stats.poisson(5.0)),
    ('Bin(100, 0.03) | Pois(3)', stats.binom(100, 0.03), stats.poisson(3.0)),
    ('Pois(1e-9) | Pois(2)', stats.poisson(1e-9), stats.poisson(2.0)),
    ('Pois(1e4) | Pois(9500)', stats.poisson(1e4), stats.poisson(9500.0)),
    ('Bin(10000, 0.5) | Pois(3)', stats.binom(10000, 0.5), stats.poisson(3.0)),
]
print('// [label, lo, hi]  min of the 1e-6 quantiles, max of the 1 - 1e-6 quantiles')
for label, p, q in cases:
    lo = min(p.ppf(1e-6), q.ppf(1e-6))
    hi = max(p.ppf(1 - 1e-6), q.ppf(1 - 1e-6))
    print(f"  ['{label}', {int(lo)}, {int(hi)}],")
print('// coarse (1e-3) windows')
for label, p, q in cases:
    lo = min(p.ppf(1e-3), q.ppf(1e-3))
    hi = max(p.ppf(1 - 1e-3), q.ppf(1 - 1e-3))
    print(f"  ['{label}', {int(lo)}, {int(hi)}],")
