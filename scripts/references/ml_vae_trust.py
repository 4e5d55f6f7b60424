"""Reference values for src/core/ml/__tests__/vae.test.ts and trustRegion.test.ts (mpmath, 50 digits).

VAE: KL(N(mu, sigma^2) || N(0, 1)) = (mu^2 + sigma^2 - 1 - log sigma^2) / 2, evaluated directly at
50 digits, where the cancellation near sigma = 1 costs nothing.
Trust region: softmax policy pi = softmax(z), g = pi * (A - E_pi[A]), z' = z + eta * g,
KL in both directions, surrogate E_pi'[A], and the largest eta with KL(pi||pi') = delta (findroot).
Run: python3 scripts/references/ml_vae_trust.py
"""
from mpmath import mp, mpf, exp, log, findroot

mp.dps = 50


def fmt(v):
    # The double nearest to v, printed as the shortest string that round-trips (what the tests paste).
    return repr(float(v))


def vae(mu, sigma):
    # The inputs are the doubles the TS test passes (float(...)), converted exactly: near sigma = 1
    # the decimal string and its double differ by 1e-16, i.e. by 1e-8 relative in sigma - 1.
    mu, sigma = mpf(float(mu)), (sigma if isinstance(sigma, mpf) else mpf(float(sigma)))
    return (mu**2 + sigma**2 - 1 - log(sigma**2)) / 2


print("=== VAE per dimension")
for mu, sigma in [("0", "1"), ("1", "1"), ("0.5", "0.8"), ("-1.2", "2.5"), ("0", "0.1"),
                  ("1e-9", "1.00000001"), ("0", "0.9999999"), ("0.003", "1.02"), ("2", "0.5")]:
    print(f"mu={mu} sigma={sigma}: {fmt(vae(mu, sigma))}")
print("logvar form: mu=0.3 logvar=-0.4:", fmt(vae("0.3", exp(mpf(-0.4) / 2))))
print("logvar form: mu=0 logvar=1e-7:", fmt(vae("0", exp(mpf(1e-7) / 2))))


def softmax(z):
    m = max(z)
    e = [exp(v - m) for v in z]
    s = sum(e)
    return [v / s for v in e]


def kl(p, q):
    return sum(a * log(a / b) for a, b in zip(p, q) if a != 0)


def step(z, A, eta):
    z = [mpf(v) for v in z]
    A = [mpf(v) for v in A]
    pi = softmax(z)
    mean = sum(p * a for p, a in zip(pi, A))
    g = [p * (a - mean) for p, a in zip(pi, A)]
    z2 = [a + mpf(eta) * b for a, b in zip(z, g)]
    pi2 = softmax(z2)
    return pi, g, pi2, kl(pi, pi2), kl(pi2, pi), sum(p * a for p, a in zip(pi2, A)), mean


z = ["0.5", "-0.2", "1.0", "0"]
A = ["1", "-0.5", "0.3", "2"]
print("=== trust region z =", z, "A =", A)
for eta in ["0.7", "5", "1e-6"]:
    pi, g, pi2, kon, kno, sur, mean = step(z, A, eta)
    print(f"eta={eta}: grad={[fmt(v) for v in g]}")
    print(f"  pi_new={[fmt(v) for v in pi2]}")
    print(f"  KL(old||new)={fmt(kon)} KL(new||old)={fmt(kno)} surrogate={fmt(sur)} E_old[A]={fmt(mean)}")
    print(f"  penalized beta=2: {fmt(sur - 2 * kon)}")
for delta in ["0.01", "0.1"]:
    eta = findroot(lambda e: step(z, A, e)[3] - mpf(delta), 1)
    print(f"largest eta with KL(old||new) = {delta}: {fmt(eta)}")
    eta = findroot(lambda e: step(z, A, e)[4] - mpf(delta), 1)
    print(f"largest eta with KL(new||old) = {delta}: {fmt(eta)}")
# KL(new||old) -> -log pi_old(argmax A) as eta -> infinity: the bound it never exceeds
print("sup KL(new||old) = -log pi_old[3] =", fmt(-log(softmax([mpf(v) for v in z])[3])))
