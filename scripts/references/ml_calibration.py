"""Reference values for src/core/ml/__tests__/calibration.test.ts (mpmath, 50 digits).

A fixed 3-class set of 6 samples; NLL(T) = -mean log softmax(z/T)[y], and the fitted T from
dNLL/dbeta = mean(E_softmax(beta z)[z] - z_y) = 0 with beta = 1/T (findroot).
Run: python3 scripts/references/ml_calibration.py
"""
from mpmath import mp, mpf, exp, log, findroot

mp.dps = 50

logits = [[3, 0, -1], [2.5, 1, 0], [0, 4, 1], [1, 1, 3], [-2, 0, 2], [3, 2, 0]]
labels = [0, 1, 1, 0, 2, 1]


def fmt(v):
    # The double nearest to v, printed as the shortest string that round-trips (what the tests paste).
    return repr(float(v))


def nll(T):
    total = 0
    for z, y in zip(logits, labels):
        s = [mpf(v) / T for v in z]
        m = max(s)
        lse = m + log(sum(exp(v - m) for v in s))
        total += lse - s[y]
    return total / len(labels)


def dnll_dbeta(beta):
    total = 0
    for z, y in zip(logits, labels):
        e = [exp(beta * mpf(v)) for v in z]
        s = sum(e)
        total += sum(w * v for w, v in zip(e, z)) / s - z[y]
    return total / len(labels)


for T in ["0.5", "1", "2", "3"]:
    print(f"NLL(T={T}) = {fmt(nll(mpf(T)))}")
beta = findroot(dnll_dbeta, 0.5)
print("fitted T =", fmt(1 / beta), "NLL =", fmt(nll(1 / beta)))


# mulberry32, transcribed from its public-domain C original (32-bit unsigned arithmetic), as an
# independent check of src/core/ml/prng.ts.
def mulberry32(seed):
    state = seed & 0xFFFFFFFF
    while True:
        state = (state + 0x6D2B79F5) & 0xFFFFFFFF
        t = state
        t = ((t ^ (t >> 15)) * (t | 1)) & 0xFFFFFFFF
        t ^= (t + (((t ^ (t >> 7)) * (t | 61)) & 0xFFFFFFFF)) & 0xFFFFFFFF
        yield ((t ^ (t >> 14)) & 0xFFFFFFFF) / 4294967296


g = mulberry32(42)
print("mulberry32(42) first 5:", [repr(next(g)) for _ in range(5)])
g = mulberry32(0)
print("mulberry32(0) first 3:", [repr(next(g)) for _ in range(3)])
