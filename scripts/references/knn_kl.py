"""Reference for the samples lab's k-nearest-neighbour KL estimator (src/core/samples/knnKl.ts).

Wang, Kulkarni & Verdu (2009), eq. 5: from x_1..x_n ~ P and y_1..y_m ~ Q in R^d,
  D = (d/n) sum_i log(nu_k(i) / rho_k(i)) + log(m / (n - 1)),
rho_k(i) the Euclidean distance from x_i to its k-th nearest other x, nu_k(i) to its k-th nearest y,
found with scipy.spatial.cKDTree (k + 1 neighbours in the x-tree, the first being x_i itself).

Default: writes src/core/samples/__tests__/knn_reference.json: fixed points from numpy's
default_rng (the test reads the points from the file, so both sides use the very same doubles) and
the estimate for k = 1, 3, 5, in 1-D (N(0,1) vs N(1,2)) and 2-D (N2(0,0,1,1,0.5) vs N2(1,-0.5,1.5,1,0)).
--bench: times this estimator on 10^5 vs 10^5 standard 2-D normals (numpy's generator, the same
sizes and distribution as bench/samples.bench.ts; median of 5 runs, k = 3).
Run: /usr/bin/python3 scripts/references/knn_kl.py [--bench]
"""
import json
import sys
import time
from pathlib import Path

import numpy as np
from scipy.spatial import cKDTree


def knn_kl(x, y, k):
    x = np.asarray(x, dtype=np.float64)
    y = np.asarray(y, dtype=np.float64)
    if x.ndim == 1:
        x = x[:, None]
        y = y[:, None]
    n, d = x.shape
    m = y.shape[0]
    rho = cKDTree(x).query(x, k=k + 1)[0][:, k]
    nu = cKDTree(y).query(x, k=k)[0]
    nu = nu if k == 1 else nu[:, k - 1]
    return float(d * np.mean(np.log(nu / rho)) + np.log(m / (n - 1)))


def fixture():
    rng = np.random.default_rng(20091)
    cases = []
    x1 = rng.normal(0.0, 1.0, 500)
    y1 = rng.normal(1.0, 2.0, 400)
    cov_p = np.array([[1.0, 0.5], [0.5, 1.0]])
    cov_q = np.array([[2.25, 0.0], [0.0, 1.0]])
    x2 = rng.multivariate_normal([0.0, 0.0], cov_p, 600)
    y2 = rng.multivariate_normal([1.0, -0.5], cov_q, 500)
    for name, x, y, dim in (("1d", x1, y1, 1), ("2d", x2, y2, 2)):
        cases.append(
            {
                "name": name,
                "dimension": dim,
                "p": [float(v) for v in np.ravel(x)],
                "q": [float(v) for v in np.ravel(y)],
                "estimates": {str(k): knn_kl(x, y, k) for k in (1, 3, 5)},
            }
        )
    out = Path(__file__).resolve().parents[2] / "src/core/samples/__tests__/knn_reference.json"
    out.write_text(json.dumps({"generator": "scripts/references/knn_kl.py", "cases": cases}))
    for c in cases:
        print(c["name"], c["estimates"])


def bench():
    rng = np.random.default_rng(1)
    x = rng.normal(size=(100_000, 2))
    y = rng.normal(size=(100_000, 2))
    times = []
    for _ in range(5):
        t0 = time.perf_counter()
        v = knn_kl(x, y, 3)
        times.append(time.perf_counter() - t0)
    times.sort()
    print(f"scipy cKDTree kNN KL, 1e5 vs 1e5 in 2-D, k=3: median {times[2] * 1e3:.1f} ms (value {v:.5f})")


if __name__ == "__main__":
    bench() if "--bench" in sys.argv else fixture()
