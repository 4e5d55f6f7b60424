"""High-precision references for the fit view (src/core/fit), with mpmath (30 digits).

P_s = 1/2 N(-s, 1) + 1/2 N(s, 1); Q = N(mu, sigma). The reverse objective
  KL(Q||P) = -1/2 log(2 pi e) - log sigma - E_t[log p(mu + sigma t)],  t ~ N(0, 1),
is integrated with mpmath.quad split at the points where P's components sit (mapped into t), and its
stationary points are found with mpmath.findroot on the analytic gradient
  d/dmu = -E[g(x)],  d/dlog sigma = -1 - sigma E[t g(x)],  g = (log p)'.
Prints what src/core/fit/__tests__/fit.test.ts (REF), reverse2.test.ts and e2e/fit.spec.ts use: the
reverse optima for s = 3 (mode-locked and centred), the forward fit's KL both ways, H(P), and the s = 2
centred optimum. The separation thresholds are in fit_separation.py.
Run: python3 scripts/references/fit_reverse.py
"""
import mpmath as mp

mp.mp.dps = 30


def make(s):
    s = mp.mpf(s)

    def logp(x):
        a = -(x + s) ** 2 / 2
        b = -(x - s) ** 2 / 2
        m = max(a, b)
        return m + mp.log(mp.e ** (a - m) + mp.e ** (b - m)) - mp.log(2) - mp.log(2 * mp.pi) / 2

    def resp(x):  # responsibility of the right component
        return 1 / (1 + mp.e ** (-2 * s * x))

    def g(x):
        r = resp(x)
        return -(x - s) * r - (x + s) * (1 - r)

    return s, logp, g


def expect(F, mu, sigma, s):
    pts = sorted(set([(c - mu) / sigma for c in (-s, s, 0)] + [mp.mpf(0)]))
    pts = [-mp.inf] + [p for p in pts if abs(p) < 40] + [mp.inf]
    phi = lambda t: mp.e ** (-t * t / 2) / mp.sqrt(2 * mp.pi)
    return mp.quad(lambda t: phi(t) * F(mu + sigma * t, t), pts)


def reverse_kl(s_val, mu, ls):
    s, logp, g = make(s_val)
    sigma = mp.e ** ls
    return -mp.log(2 * mp.pi * mp.e) / 2 - ls - expect(lambda x, t: logp(x), mu, sigma, s)


def grad(s_val, mu, ls):
    s, logp, g = make(s_val)
    sigma = mp.e ** ls
    gm = -expect(lambda x, t: g(x), mu, sigma, s)
    gs = -1 - sigma * expect(lambda x, t: t * g(x), mu, sigma, s)
    return gm, gs


def mode_locked(s_val, start=None):
    start = start or (s_val, 0)
    r = mp.findroot(lambda m, l: grad(s_val, m, l), start)
    return r[0], r[1]


def centred(s_val, ls0=None):
    ls0 = ls0 if ls0 is not None else mp.log(mp.sqrt(1 + mp.mpf(s_val) ** 2))
    l = mp.findroot(lambda l: grad(s_val, 0, l)[1], ls0)
    return l


def entropy_p(s_val):
    s, logp, g = make(s_val)
    f = lambda x: -mp.e ** logp(x) * logp(x)
    return mp.quad(f, [-mp.inf, -s, 0, s, mp.inf])


def forward_kl(s_val, mu, sigma):
    # KL(P||N(mu, sigma)) = -H(P) + log sigma + 1/2 log 2pi + E_P[(x - mu)^2]/(2 sigma^2), E_P x^2 = 1 + s^2
    s = mp.mpf(s_val)
    m2 = 1 + s * s + mu * mu
    return -entropy_p(s_val) + mp.log(sigma) + mp.log(2 * mp.pi) / 2 + m2 / (2 * sigma ** 2)


def main():
    p = lambda name, v: print(f"{name} = {mp.nstr(v, 17)}")
    for s_val in (3,):
        m, l = mode_locked(s_val)
        sig = mp.e ** l
        p(f"s={s_val} mode-locked mu", m)
        p(f"s={s_val} mode-locked sigma", sig)
        p(f"s={s_val} mode-locked KL(Q||P)", reverse_kl(s_val, m, l))
        p(f"s={s_val} mode-locked KL(P||Q)", forward_kl(s_val, m, sig))
        lc = centred(s_val)
        p(f"s={s_val} centred sigma", mp.e ** lc)
        p(f"s={s_val} centred KL(Q||P)", reverse_kl(s_val, 0, lc))
        # forward fit: moment matching mu = 0, sigma = sqrt(1 + s^2)
        sf = mp.sqrt(1 + mp.mpf(s_val) ** 2)
        p(f"s={s_val} forward KL(P||Q)", forward_kl(s_val, 0, sf))
        p(f"s={s_val} forward KL(Q||P)", reverse_kl(s_val, 0, mp.log(sf)))
        p(f"s={s_val} H(P)", entropy_p(s_val))
    lc2 = centred(2)
    p("s=2 centred sigma", mp.e ** lc2)
    p("s=2 centred KL(Q||P)", reverse_kl(2, 0, lc2))


if __name__ == "__main__":
    main()
