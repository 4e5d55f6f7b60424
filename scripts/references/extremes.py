"""References for the extremes grid (src/core/divergences/extremes.test.ts).

A seeded grid (random.Random(15)) of 1-D pairs N vs N and Mix(2) vs N with sigma from 2.3e-308 to
1e308 and |mu| up to 1e308, and of 2-D pairs N2 vs N2 with the same ranges. Every value is computed
in mpmath at 20 digits, whose exponent range is unbounded, so nothing overflows here:
- N vs N: the closed forms KL = ½[(s_p/s_q)² − 1 − log (s_p/s_q)² + ((m_p − m_q)/s_q)²],
  H = ½ log(2πe s²), H(P, Q) = H(P) + KL(P‖Q);
- everything else as Σᵢ wᵢ ∫ φ(z) g(μᵢ + σᵢ z) dz by mpmath.quad (tanh-sinh), per component in
  its own coordinate z, split at −8…8 and at every other component's μⱼ + kσⱼ inside [−40, 40];
  log-densities are evaluated from (μᵢ − μⱼ)/σⱼ + (σᵢ/σⱼ)·z in 40-digit arithmetic.
- N2 vs N2: KL from the matrix formula with mpmath's explicit inverse and determinant, and the
  Bhattacharyya coefficient BC = exp(−D_B), D_B = ⅛ΔᵀΣ⁻¹Δ + ½ log(det Σ/√(det Σp det Σq)),
  Σ = (Σp + Σq)/2 (JS = ln 2 to double precision when BC < 1e-17, since ln 2 − BC ≤ JS ≤ ln 2).
Values above 1.7976931348623157e308 are printed as Infinity. Output: TypeScript rows for the test.
Run: python3 scripts/references/extremes.py
"""
import random
from mpmath import mp, mpf, log, exp, pi, quad, matrix, det, inverse, sqrt

mp.dps = 20
MAXD = mpf("1.7976931348623157e308")
LN2 = log(2)
HALF_LOG_2PI = log(2 * pi) / 2


def fmt(x):
    if x > MAXD:
        return "Infinity"
    return mp.nstr(x, 17, min_fixed=-400, max_fixed=400) if abs(x) > 0 else "0"


def draw_sigma(rng):
    return float("%.3g" % (10 ** rng.uniform(-307.6, 308)))


def draw_mu(rng):
    e = rng.choice([0, 0, rng.uniform(-3, 308)])
    return float("%.3g" % (rng.choice([-1, 1]) * 10 ** e)) if e else float("%.3g" % rng.uniform(-5, 5))


def logmix(comps, frame, z):
    """log Σ wⱼ N(x; μⱼ, σⱼ) at x = μ_frame + σ_frame·z, without forming x."""
    _, mf, sf = frame
    terms = []
    for w, m, s in comps:
        u = (mf - m) / s + (sf / s) * z
        terms.append(log(w) - log(s) - HALF_LOG_2PI - u * u / 2)
    mx = max(terms)
    return mx + log(sum(exp(t - mx) for t in terms))


def expect(frame, comps_all, g):
    _, mf, sf = frame
    pts = set(range(-8, 9, 2))
    for _, m, s in comps_all:
        for k in (-8, -4, -2, -1, 0, 1, 2, 4, 8):
            z = (m + k * s - mf) / sf
            if -40 < z < 40:
                pts.add(z)
    pts = sorted(set([mpf(-40), mpf(40)] + [mpf(x) for x in pts]))
    phi = lambda z: exp(-z * z / 2) / sqrt(2 * pi)
    return quad(lambda z: phi(z) * g(z), pts)


def measures1(p, q, only_js=False):
    p = [(mpf(w), mpf(m), mpf(s)) for w, m, s in p]
    q = [(mpf(w), mpf(m), mpf(s)) for w, m, s in q]
    tot_p = sum(w for w, _, _ in p)
    tot_q = sum(w for w, _, _ in q)
    p = [(w / tot_p, m, s) for w, m, s in p]
    q = [(w / tot_q, m, s) for w, m, s in q]
    out = {k: mpf(0) for k in ("klPQ", "klQP", "js", "cePQ", "hP", "hQ")}
    for own, other, kl, h in ((p, q, "klPQ", "hP"), (q, p, "klQP", "hQ")):
        for c in own:
            lo = lambda z: logmix(own, c, z)
            lt = lambda z: logmix(other, c, z)

            def lm(z):
                a, b = lo(z), lt(z)
                mx = max(a, b)
                return mx + log(exp(a - mx) + exp(b - mx))

            w = c[0]
            out["js"] += w / 2 * expect(c, p + q, lambda z: LN2 + lo(z) - lm(z))
            if only_js:
                continue
            out[kl] += w * expect(c, p + q, lambda z: lo(z) - lt(z))
            out[h] += w * expect(c, p + q, lambda z: -lo(z))
            if kl == "klPQ":
                out["cePQ"] += w * expect(c, p + q, lambda z: -lt(z))
    return out


def kl_n(mp_, sp, mq, sq):
    r = sp / sq
    d = (mp_ - mq) / sq
    return (r * r - 1 - log(r * r) + d * d) / 2


def n_row(rng):
    a = (draw_mu(rng), draw_sigma(rng))
    b = (draw_mu(rng), draw_sigma(rng))
    # Half of the pairs share a scale or a position, where the overlap is not negligible.
    if rng.random() < 0.5:
        b = (b[0], a[1] * float("%.3g" % 10 ** rng.uniform(-2, 2)))
    if rng.random() < 0.3:
        b = (a[0], b[1])
    m = measures1([(1, *a)], [(1, *b)], only_js=True)
    m["klPQ"] = kl_n(mpf(a[0]), mpf(a[1]), mpf(b[0]), mpf(b[1]))
    m["klQP"] = kl_n(mpf(b[0]), mpf(b[1]), mpf(a[0]), mpf(a[1]))
    m["hP"] = log(2 * pi * mp.e * mpf(a[1]) ** 2) / 2
    m["hQ"] = log(2 * pi * mp.e * mpf(b[1]) ** 2) / 2
    m["cePQ"] = m["hP"] + m["klPQ"]
    return f"N({a[0]!r}, {a[1]!r})", f"N({b[0]!r}, {b[1]!r})", m


def mix_row(rng):
    a1 = (draw_mu(rng), draw_sigma(rng))
    a2 = (draw_mu(rng), draw_sigma(rng))
    b = (draw_mu(rng), draw_sigma(rng))
    if rng.random() < 0.5:
        b = (a1[0], a1[1] * 3)
    w = float("%.2g" % rng.uniform(0.1, 0.9))
    m = measures1([(w, *a1), (1 - w, *a2)], [(1, *b)])
    spec = f"Mix({w!r}*N({a1[0]!r}, {a1[1]!r}), {1 - w!r}*N({a2[0]!r}, {a2[1]!r}))"
    return spec, f"N({b[0]!r}, {b[1]!r})", m


def cov(sx, sy, rho):
    return matrix([[sx * sx, rho * sx * sy], [rho * sx * sy, sy * sy]])


def n2_row(rng):
    def draw():
        return (draw_mu(rng), draw_mu(rng), draw_sigma(rng), draw_sigma(rng), float("%.2g" % rng.uniform(-0.99, 0.99)))

    a, b = draw(), draw()
    # Keep sx·sy·√(1 − ρ²) ≥ 2.2e-308 (the grammar refuses the rest).
    while mpf(a[2]) * a[3] < 1e-300:
        a = draw()
    while mpf(b[2]) * b[3] < 1e-300:
        b = draw()
    P = [mpf(x) for x in a]
    Q = [mpf(x) for x in b]
    Sp, Sq = cov(*P[2:]), cov(*Q[2:])
    mu_p, mu_q = matrix(P[:2]), matrix(Q[:2])

    def kl(m1, S1, m2, S2):
        Si = inverse(S2)
        d = m2 - m1
        tr = sum((Si * S1)[i, i] for i in range(2))
        return (tr - 2 + (d.T * Si * d)[0] + log(det(S2) / det(S1))) / 2

    h = lambda S: 1 + log(2 * pi) + log(det(S)) / 2
    S = (Sp + Sq) / 2
    d = mu_p - mu_q
    db = (d.T * inverse(S) * d)[0] / 8 + log(det(S) / sqrt(det(Sp) * det(Sq))) / 2
    m = {
        "klPQ": kl(mu_p, Sp, mu_q, Sq),
        "klQP": kl(mu_q, Sq, mu_p, Sp),
        "hP": h(Sp),
        "hQ": h(Sq),
    }
    m["cePQ"] = m["hP"] + m["klPQ"]
    m["bc"] = exp(-db)
    return f"N2({', '.join(repr(x) for x in a)})", f"N2({', '.join(repr(x) for x in b)})", m


rng = random.Random(15)
print("// N vs N and Mix(2) vs N: [P, Q, klPQ, klQP, js, cePQ, hP, hQ]")
for row in [n_row(rng) for _ in range(8)] + [mix_row(rng) for _ in range(3)]:
    p, q, m = row
    vals = ", ".join(f"'{fmt(m[k])}'" for k in ("klPQ", "klQP", "js", "cePQ", "hP", "hQ"))
    print(f"  ['{p}', '{q}', {vals}],", flush=True)
print("// N2 vs N2: [P, Q, klPQ, klQP, cePQ, hP, hQ, Bhattacharyya coefficient]")
for _ in range(8):
    p, q, m = n2_row(rng)
    vals = ", ".join(f"'{fmt(m[k])}'" for k in ("klPQ", "klQP", "cePQ", "hP", "hQ"))
    print(f"  ['{p}', '{q}', {vals}, '{mp.nstr(m['bc'], 5)}'],")
