"""Reference for the samples lab's 2-D EM (src/core/samples/em2.ts): scikit-learn's GaussianMixture.

Data: 3000 points from 0.4 N2((-2, 1), [[0.5, 0.2], [0.2, 0.4]]) + 0.6 N2((1.5, -0.5), [[1, -0.3],
[-0.3, 0.6]]) (numpy default_rng(21)), written to src/core/samples/__tests__/em2_reference.json with
sklearn's fit for k = 2 (covariance_type='full', tol=1e-15, max_iter=100000, n_init=10,
random_state=0, reg_covar=0): weights, means and covariances sorted by the mean's x, and the average
log-likelihood (gm.score). EM finds a local maximum; with ten starts both implementations find the
same one, to the tolerance the test allows.
Run: /usr/bin/python3 scripts/references/em_gaussian_mixture2.py
"""
import json
from pathlib import Path

import numpy as np
import sklearn
from sklearn.mixture import GaussianMixture

rng = np.random.default_rng(21)
n = 3000
first = rng.random(n) < 0.4
a = rng.multivariate_normal([-2.0, 1.0], [[0.5, 0.2], [0.2, 0.4]], n)
b = rng.multivariate_normal([1.5, -0.5], [[1.0, -0.3], [-0.3, 0.6]], n)
xy = np.where(first[:, None], a, b)
gm = GaussianMixture(
    n_components=2, covariance_type="full", tol=1e-15, max_iter=100000, n_init=10, random_state=0,
    reg_covar=0.0,
).fit(xy)
order = np.argsort(gm.means_[:, 0])
ref = {
    "generator": "scripts/references/em_gaussian_mixture2.py",
    "sklearn": sklearn.__version__,
    "xy": [float(v) for v in xy.reshape(-1)],
    "k": 2,
    "weights": [float(gm.weights_[i]) for i in order],
    "mean": [[float(v) for v in gm.means_[i]] for i in order],
    "cov": [[[float(v) for v in row] for row in gm.covariances_[i]] for i in order],
    "avgLogLik": float(gm.score(xy)),
}
out = Path(__file__).resolve().parents[2] / "src/core/samples/__tests__/em2_reference.json"
out.write_text(json.dumps(ref))
print({k: v for k, v in ref.items() if k != "xy"})
