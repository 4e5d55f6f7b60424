"""Separation thresholds of the reverse fit for P_s = 1/2 N(-s,1) + 1/2 N(s,1), with mpmath (20 digits).

For Q = N(mu, sigma), x = mu + sigma t, t ~ N(0,1), and p_s(x) = N(x; 0, 1) e^{-s^2/2} cosh(s x):
  KL(Q||P) = -1/2 - log sigma + (mu^2 + sigma^2)/2 + s^2/2 - E[log cosh(s x)]
  d/dmu        = mu - s E[tanh(s x)]
  d/dlog sigma = -1 + sigma^2 - s sigma E[t tanh(s x)]
  d2/dmu2      = 1 - s^2 E[sech^2(s x)]
(the 1/2 log 2 pi terms of H(Q) and log p cancel). Each E[.] is mpmath.quad over t split at the points
where x = -s, 0, s (the tanh switch has width 1/(s sigma) around x = 0), and at t = 0.

Branches: centred (mu = 0, sigma from d/dlog sigma = 0) and mode-locked (mu > 0, both gradients 0,
found by findroot warm-started from the previous s).
  s_fold:   smallest s where the mode-locked branch exists (scanned, printed as a bracket);
  s_swap:   KL_centred(s) = KL_mode(s): the global optimum changes (bracketed root, Anderson);
  s_stab:   d2/dmu2 = 0 on the centred branch: there is none in reach (fit_centred_stability.py:
            the curvature stays positive, falling like 1/s^2), so only its value at s = 3 is printed.
Checks against fit_reverse.py at s = 3. Run: python3 scripts/references/fit_separation.py (~1 min).
"""
import mpmath as mp

mp.mp.dps = 20


def logcosh(y):
    a = abs(y)
    return a + mp.log1p(mp.e ** (-2 * a)) - mp.log(2)


def E(F, mu, sigma, s):
    pts = sorted(set([(c - mu) / sigma for c in (-s, 0, s)] + [mp.mpf(0)]))
    pts = [-mp.inf] + [p for p in pts if abs(p) < 30] + [mp.inf]
    phi = lambda t: mp.e ** (-t * t / 2) / mp.sqrt(2 * mp.pi)
    return mp.quad(lambda t: phi(t) * F(mu + sigma * t, t), pts)


def kl(s, mu, sigma):
    return -mp.mpf(1) / 2 - mp.log(sigma) + (mu ** 2 + sigma ** 2) / 2 + s ** 2 / 2 - E(
        lambda x, t: logcosh(s * x), mu, sigma, s)


def grad(s, mu, ls):
    sigma = mp.e ** ls
    gm = mu - s * E(lambda x, t: mp.tanh(s * x), mu, sigma, s)
    gs = -1 + sigma ** 2 - s * sigma * E(lambda x, t: t * mp.tanh(s * x), mu, sigma, s)
    return gm, gs


def hmumu(s, mu, sigma):
    return 1 - s ** 2 * E(lambda x, t: mp.sech(s * x) ** 2, mu, sigma, s)


def centred(s, ls0):
    return mp.findroot(lambda l: grad(s, 0, l)[1], ls0)


def mode(s, start):
    return mp.findroot(lambda m, l: grad(s, m, l), start)


def nstr(v):
    return mp.nstr(v, 12)


def main():
    s3 = mp.mpf(3)
    m = mode(s3, (3, 0))
    lc = centred(s3, mp.log(2.7))
    print("check s=3 mode mu, sigma, KL:", nstr(m[0]), nstr(mp.e ** m[1]), nstr(kl(s3, m[0], mp.e ** m[1])))
    print("check s=3 centred sigma, KL:", nstr(mp.e ** lc), nstr(kl(s3, 0, mp.e ** lc)))

    # Walk s down from 3 with warm starts until the mode-locked branch disappears (the fold).
    prev = (m[0], m[1])
    last_ok = s3
    s_val = s3
    step = mp.mpf("0.1")
    while step > mp.mpf("0.002"):
        trial = last_ok - step
        try:
            r = mode(trial, prev)
            if r[0] < mp.mpf("1e-3"):
                raise ValueError("collapsed to centred")
            prev = (r[0], r[1])
            last_ok = trial
        except Exception:  # noqa: BLE001
            step /= 4
    print("s_fold in [", nstr(last_ok - 4 * step), ",", nstr(last_ok), "]; mode at fold edge mu, sigma:",
          nstr(prev[0]), nstr(mp.e ** prev[1]))

    cache = {}

    def diff(sv):
        sv = mp.mpf(sv)
        lcv = centred(sv, cache.get("lc", lc))
        mv = mode(sv, cache.get("m", (m[0], m[1])))
        cache["lc"], cache["m"] = lcv, (mv[0], mv[1])
        return kl(sv, 0, mp.e ** lcv) - kl(sv, mv[0], mp.e ** mv[1])

    a, b = mp.mpf("2.5") if last_ok < 2.5 else last_ok, s3
    print("diff at bracket ends:", nstr(diff(a)), nstr(diff(b)))
    s_swap = mp.findroot(diff, (a, b), solver="anderson", tol=mp.mpf(10) ** -16)
    lcv = centred(s_swap, cache["lc"])
    mv = mode(s_swap, cache["m"])
    print("s_swap =", nstr(s_swap))
    print("  centred sigma, KL:", nstr(mp.e ** lcv), nstr(kl(s_swap, 0, mp.e ** lcv)))
    print("  mode mu, sigma, KL:", nstr(mv[0]), nstr(mp.e ** mv[1]), nstr(kl(s_swap, mv[0], mp.e ** mv[1])))
    for ds in ("-0.05", "0.05"):
        sv = s_swap + mp.mpf(ds)
        lcv = centred(sv, cache["lc"])
        mv = mode(sv, cache["m"])
        print(f"  s_swap{ds}: s={nstr(sv)} centred sigma={nstr(mp.e ** lcv)} KL={nstr(kl(sv, 0, mp.e ** lcv))}"
              f" mode mu={nstr(mv[0])} sigma={nstr(mp.e ** mv[1])} KL={nstr(kl(sv, mv[0], mp.e ** mv[1]))}")

    st = {"lc": lc}

    def stab(sv):
        sv = mp.mpf(sv)
        l = centred(sv, st["lc"])
        st["lc"] = l
        return hmumu(sv, 0, mp.e ** l)

    print("d2/dmu2 on centred at s=3:", nstr(stab(3)))
    # No s_stab to find: the curvature stays positive (fit_centred_stability.py), so a search for its
    # zero never ends.


if __name__ == "__main__":
    main()
