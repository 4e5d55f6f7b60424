"""Reference for the samples lab's EM (src/core/samples/em1.ts): scikit-learn's GaussianMixture.

Data: 2000 values from 0.3 N(-2, 0.5) + 0.7 N(1.5, 1) (numpy default_rng(16)), written to
src/core/samples/__tests__/em_reference.json with sklearn's fit for k = 2 (covariance_type='full',
tol=1e-12, max_iter=10000, n_init=10, random_state=0): weights, means and standard deviations sorted
by mean, and the average log-likelihood (gm.score). EM converges to a local maximum; with ten starts
both implementations find the same one, to the tolerance the test allows.
Run: /usr/bin/python3 scripts/references/em_gaussian_mixture.py
"""
import json
from pathlib import Path

import numpy as np
import sklearn
from sklearn.mixture import GaussianMixture

rng = np.random.default_rng(16)
n = 2000
left = rng.random(n) < 0.3
x = np.where(left, rng.normal(-2.0, 0.5, n), rng.normal(1.5, 1.0, n))
gm = GaussianMixture(
    n_components=2, covariance_type="full", tol=1e-12, max_iter=10000, n_init=10, random_state=0,
    reg_covar=0.0,
).fit(x[:, None])
order = np.argsort(gm.means_[:, 0])
ref = {
    "generator": "scripts/references/em_gaussian_mixture.py",
    "sklearn": sklearn.__version__,
    "x": [float(v) for v in x],
    "k": 2,
    "weights": [float(gm.weights_[i]) for i in order],
    "mu": [float(gm.means_[i, 0]) for i in order],
    "sigma": [float(np.sqrt(gm.covariances_[i, 0, 0])) for i in order],
    "avgLogLik": float(gm.score(x[:, None])),
}
out = Path(__file__).resolve().parents[2] / "src/core/samples/__tests__/em_reference.json"
out.write_text(json.dumps(ref))
print({k: v for k, v in ref.items() if k != "x"})
