"""Reference values for the Monte Carlo lab's tests (src/core/random, src/core/montecarlo).

1. xoshiro128** 1.1 and the seeding hash, re-implemented from the C reference
   (https://prng.di.unimi.it/xoshiro128starstar.c) with explicit 32-bit masking.
2. k3(l) = expm1(l) - l at 40 digits.
3. P(|Z| > r) for the ziggurat's tail start r (tail-path frequency check).
4. KL between a 1-D Gaussian mixture and a Gaussian, both directions, by mpmath quadrature.

Run: python3 scripts/references/montecarlo_reference.py
"""
from mpmath import mp, mpf, exp, log, sqrt, pi, quad, erfc, expm1, inf

M = 0xFFFFFFFF


def mix32(x):
    z = x & M
    z = ((z ^ (z >> 16)) * 0x85EBCA6B) & M
    z = ((z ^ (z >> 13)) * 0xC2B2AE35) & M
    return (z ^ (z >> 16)) & M


def hash_state(key):
    words = []
    for j in range(4):
        h = mix32((((j + 1) * 0x9E3779B9) & M) ^ 0x5BD1E995)
        for k in key:
            h = mix32(h ^ (k & M))
        words.append(h)
    return words


def rotl(x, k):
    return ((x << k) | (x >> (32 - k))) & M


def xoshiro(s, n):
    s = list(s)
    out = []
    for _ in range(n):
        result = (rotl((s[1] * 5) & M, 7) * 9) & M
        t = (s[1] << 9) & M
        s[2] ^= s[0]
        s[3] ^= s[1]
        s[1] ^= s[2]
        s[0] ^= s[3]
        s[2] ^= t
        s[3] = rotl(s[3], 11)
        out.append(result)
    return out


print('# xoshiro128** from raw state (1, 2, 3, 4), first 6 outputs')
print(xoshiro([1, 2, 3, 4], 6))
print('# state of xoshiro128FromSeed(42) = hash([42, 0])')
print(hash_state([42, 0]))
print('# first 4 outputs of xoshiro128ForChunk(42, 7) = hash([42, 0, 7, 0, 0x6368756b])')
print(xoshiro(hash_state([42, 0, 7, 0, 0x6368756B]), 4))
print('# mix32 of 0, 1, 0xdeadbeef')
print([mix32(0), mix32(1), mix32(0xDEADBEEF)])

mp.dps = 40
print('# k3(l) = expm1(l) - l')
for l in ['-700', '-5', '-0.5', '-0.0101', '-1e-3', '1e-8', '0.0099', '0.011', '0.5', '5', '700']:
    v = expm1(mpf(l)) - mpf(l)
    print(f"  [{l}, {mp.nstr(v, 17)}],")

r = mpf('3.4426198558966521')
print('# P(|Z| > r) for the ziggurat r')
print(mp.nstr(erfc(r / sqrt(2)), 17))


def npdf(x, m, s):
    return exp(-((x - m) ** 2) / (2 * s * s)) / (s * sqrt(2 * pi))


MIX = [(mpf('0.5'), mpf(-2), mpf('0.5')), (mpf('0.3'), mpf(0), mpf(1)), (mpf('0.2'), mpf(3), mpf('0.7'))]
QN = (mpf(0), mpf(2))


def p(x):
    return sum(w * npdf(x, m, s) for w, m, s in MIX)


def q(x):
    return npdf(x, *QN)


pts = [-inf, -12, -4, -2, -1, 0, 1, 3, 5, 14, inf]
kl_pq = quad(lambda x: p(x) * (log(p(x)) - log(q(x))) if p(x) > 0 else 0, pts)
kl_qp = quad(lambda x: q(x) * (log(q(x)) - log(p(x))) if q(x) > 0 else 0, [-inf, -20, -8, -4, -2, 0, 2, 4, 8, 20, inf])
print('# P = Mix(0.5 N(-2,0.5), 0.3 N(0,1), 0.2 N(3,0.7)), Q = N(0, 2)')
print('KL(P||Q) =', mp.nstr(kl_pq, 17))
print('KL(Q||P) =', mp.nstr(kl_qp, 17))
