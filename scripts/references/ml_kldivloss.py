"""Reference values for src/core/ml/__tests__/torchKlDiv.test.ts and distillation.test.ts.

An independent implementation of PyTorch's kl_div in plain mpmath (50 digits), following
aten/src/ATen/native/Loss.cpp (kl_div) and torch/nn/functional.py (batchmean):
    log_target=False: xlogy(t, t) - t * x      (xlogy(0, y) = 0)
    log_target=True:  exp(t) * (t - x)
    sum, mean = sum / numel, batchmean = sum / batch
Run: python3 scripts/references/ml_kldivloss.py
"""
from mpmath import mp, mpf, exp, log

mp.dps = 50


def log_softmax(row, T):
    z = [mpf(v) / T for v in row]
    m = max(z)
    lse = m + log(sum(exp(v - m) for v in z))
    return [v - lse for v in z]


def xlogy(x, y):
    return mpf(0) if x == 0 else x * log(y)


def pointwise(x, t, log_target):
    return exp(t) * (t - x) if log_target else xlogy(t, t) - t * x


def kl_div(inp, tgt, log_target=False):
    none = [[pointwise(x, t, log_target) for x, t in zip(r, s)] for r, s in zip(inp, tgt)]
    total = sum(sum(r) for r in none)
    numel = sum(len(r) for r in none)
    return none, total, total / numel, total / len(none)


def fmt(v):
    # The double nearest to v, printed as the shortest string that round-trips (what the tests paste).
    return repr(float(v))


def show(name, inp, tgt, log_target=False):
    none, s, mean, bm = kl_div(inp, tgt, log_target)
    print(f"{name}: none={[[fmt(v) for v in r] for r in none]}")
    print(f"  sum={fmt(s)} mean={fmt(mean)} batchmean={fmt(bm)}")
    return bm


def true_kl(p_log, q_log):
    return sum(exp(lp) * (lp - lq) for lp, lq in zip(p_log, q_log))


def case(label, student, teacher, T, c=2):
    T = mpf(T)
    print(f"=== {label}: T={T}")
    logq = [log_softmax(r, T) for r in student]
    logp = [log_softmax(r, T) for r in teacher]
    q = [[exp(v) for v in r] for r in logq]
    p = [[exp(v) for v in r] for r in logp]
    bm = show("log_target=False", logq, p)
    show("log_target=True", logq, logp, True)
    kls = [true_kl(a, b) for a, b in zip(logp, logq)]
    print("  true KL(P||Q) rows", [fmt(v) for v in kls], "mean", fmt(sum(kls) / len(kls)))
    rkls = [true_kl(b, a) for a, b in zip(logp, logq)]
    print("  true KL(Q||P) rows", [fmt(v) for v in rkls], "mean", fmt(sum(rkls) / len(rkls)))
    print("  distill T^2*batchmean", fmt(T * T * bm))
    print("  probs as input batchmean", fmt(kl_div(q, p)[3]))
    print("  swapped batchmean", fmt(kl_div(logp, q)[3]))
    print(f"  target*{c} batchmean", fmt(kl_div(logq, [[c * v for v in r] for r in p])[3]))
    B = len(student)
    print("  grad with T^2", [[fmt(T * (qq - pp) / B) for qq, pp in zip(a, b)] for a, b in zip(q, p)])
    print("  grad without", [[fmt((qq - pp) / (T * B)) for qq, pp in zip(a, b)] for a, b in zip(q, p)])


case("url example", [[1, 2, 3], [0, 1, 2]], [[0.5, 1, -1], [2, 0, 1]], 2)
case("3x4 batch", [[0.3, -1.2, 2.0, 0.0], [1.0, 1.0, 1.0, 1.0], [-3, 0.5, 0.25, 4]],
     [[1.5, 0.2, -0.7, 0.1], [0, 2, -2, 1], [2, 2, -1, 0.5]], 1)
case("3x4 batch T=0.5", [[0.3, -1.2, 2.0, 0.0], [1.0, 1.0, 1.0, 1.0], [-3, 0.5, 0.25, 4]],
     [[1.5, 0.2, -0.7, 0.1], [0, 2, -2, 1], [2, 2, -1, 0.5]], 0.5)
