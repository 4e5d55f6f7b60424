import { describe, expect, it } from 'vitest';
import type { Distribution } from '../../../../core/distributions/types';
import { numpySnippet } from '../numpySnippet';
import { pytorchSnippet } from '../pytorchSnippet';

const bern = (p: number): Distribution => ({ family: 'bernoulli', p });
const cat = (...weights: number[]): Distribution => ({ family: 'categorical', weights });

// The expected scripts are written out by hand: what a person would type to get the seven readouts.
// scripts/verify-codegen.mjs runs the NumPy ones with python3 and compares with the app (≤ 5e-12).
const PRINTS = `print(f"KL(P||Q)             = {float(kl_pq):.12g} nats")
print(f"KL(Q||P)             = {float(kl_qp):.12g} nats")
print(f"JS(P||Q)             = {float(js):.12g} nats")
print(f"KL(P||Q) + KL(Q||P)  = {float(kl_pq + kl_qp):.12g} nats")
print(f"H(P,Q)               = {float(ce_pq):.12g} nats")
print(f"H(P)                 = {float(h_p):.12g} nats")
print(f"H(Q)                 = {float(h_q):.12g} nats")
print(f"TV(P,Q)              = {float(tv):.12g}")
print(f"H^2(P,Q)             = {float(hellinger):.12g}")
print(f"D_alpha(P||Q)        = {float(renyi):.12g} nats")
`;

describe('numpySnippet', () => {
  it('Bern(0.3) against Bern(0.6): rel_entr and entr over (1 - p, p)', () => {
    expect(numpySnippet({ p: bern(0.3), q: bern(0.6), eps: 0, alpha: 0 })).toBe(
      `# KL Explorer: P = Bern(0.3), Q = Bern(0.6)
# Runs as it stands on Python 3.8+, NumPy 1.22+ or 2.x, SciPy 1.8+.
# Prints the explorer's readouts, in nats (TV and H^2 have no unit).

import numpy as np
from scipy.special import entr, rel_entr

# Weights as in the explorer, normalised to probabilities.
p = np.array([1 - 0.3, 0.3], dtype=np.float64)
q = np.array([1 - 0.6, 0.6], dtype=np.float64)
p, q = p / p.sum(), q / q.sum()
m = (p + q) / 2

# rel_entr(a, b) = a log(a/b), with 0 log 0 = 0 and +inf where b = 0 < a.
kl_pq = rel_entr(p, q).sum()
kl_qp = rel_entr(q, p).sum()
js = 0.5 * rel_entr(p, m).sum() + 0.5 * rel_entr(q, m).sum()
h_p = entr(p).sum()
h_q = entr(q).sum()
ce_pq = h_p + kl_pq  # H(P,Q) = H(P) + KL(P||Q)

order = 0.5  # the Renyi order alpha (URL order=)
from scipy.special import logsumexp

with np.errstate(divide='ignore'):  # log 0 = -inf
    lp, lq = np.log(p), np.log(q)

tv = 0.5 * np.abs(p - q).sum()
hellinger = 0.5 * ((np.sqrt(p) - np.sqrt(q)) ** 2).sum()  # = 1 - sum sqrt(p q)
with np.errstate(divide='ignore', invalid='ignore'):
    terms = np.where(p > 0, order * lp + (1 - order) * lq, -np.inf)

renyi = logsumexp(terms) / (order - 1)

${PRINTS}`,
    );
  });

  it('a smoothed Q gets the same smoothing lines as the explorer (ε then α)', () => {
    const text = numpySnippet({
      p: cat(0.5, 0.3, 0.2),
      q: cat(0.6, 0.4, 0),
      eps: 0.01,
      alpha: 0.1,
    });
    expect(text).toContain(`q = np.array([0.6, 0.4, 0.0], dtype=np.float64)
p, q = p / p.sum(), q / q.sum()
eps = 0.01  # additive smoothing of Q: (q + eps) / (1 + K eps)
q = (q + eps) / (1 + q.size * eps)
alpha = 0.1  # label smoothing of Q: (1 - alpha) q + alpha / K
q = (1 - alpha) * q + alpha / q.size
`);
  });

  it('1-D mixtures: quad split at the components, which are listed as (w, mu, sigma)', () => {
    const p: Distribution = {
      family: 'mixture',
      components: [
        { weight: 0.5, component: { family: 'normal', mu: -3, sigma: 1 } },
        { weight: 0.5, component: { family: 'normal', mu: 3, sigma: 1 } },
      ],
    };
    const text = numpySnippet({ p, q: { family: 'normal', mu: 0, sigma: 2 }, eps: 0, alpha: 0 });
    expect(text).toContain('P = [(0.5, -3.0, 1.0), (0.5, 3.0, 1.0)]\nQ = [(1.0, 0.0, 2.0)]');
    // Range: the outermost μ ± 12σ, here 0 ± 24 (Q's σ = 2 reaches furthest).
    expect(text).toContain('lo, hi = -24.0, 24.0');
    expect(text).toContain('integrate.quad(g, lo, hi, points=points');
  });

  it('a smoothed Q is named in the header with its ε and α', () => {
    const text = numpySnippet({ p: cat(0.5, 0.5), q: cat(0.9, 0.1), eps: 0.01, alpha: 0.2 });
    expect(text.split('\n')[0]).toBe(
      '# KL Explorer: P = Cat(0.5,0.5), Q = Cat(0.9,0.1), smoothing of Q: eps = 0.01, alpha = 0.2',
    );
  });
});

describe('pytorchSnippet', () => {
  it('warns that F.kl_div prints nan where P and Q share a zero, and only then', () => {
    const shared = pytorchSnippet({ p: cat(0, 1, 1), q: cat(0, 1, 2), eps: 0, alpha: 0 });
    expect(shared).toContain('this line prints nan');
    const none = pytorchSnippet({ p: cat(0, 1, 1), q: cat(1, 1, 2), eps: 0, alpha: 0 });
    expect(none).not.toContain('prints nan');
    const smoothed = pytorchSnippet({ p: cat(0, 1, 1), q: cat(0, 1, 2), eps: 0.01, alpha: 0 });
    expect(smoothed).not.toContain('prints nan');
  });

  it('Cat(0.9,0.05,0.05) against Cat(1,1,1): kl_divergence and F.kl_div batchmean', () => {
    expect(pytorchSnippet({ p: cat(0.9, 0.05, 0.05), q: cat(1, 1, 1), eps: 0, alpha: 0 })).toBe(
      `# KL Explorer: P = Cat(0.9,0.05,0.05), Q = Cat(1,1,1)
# Runs as it stands on Python 3.8+, PyTorch 1.13+ or 2.x.
# Prints the explorer's readouts, in nats (TV and H^2 have no unit).

import torch
import torch.nn.functional as F
from torch.distributions import Categorical, kl_divergence

torch.set_default_dtype(torch.float64)

# Weights as in the explorer, normalised to probabilities.
p = torch.tensor([0.9, 0.05, 0.05])
q = torch.tensor([1.0, 1.0, 1.0])
p, q = p / p.sum(), q / q.sum()
P, Q = Categorical(probs=p), Categorical(probs=q)
M = Categorical(probs=(p + q) / 2)

kl_pq = kl_divergence(P, Q)
kl_qp = kl_divergence(Q, P)
js = 0.5 * kl_divergence(P, M) + 0.5 * kl_divergence(Q, M)
h_p = P.entropy()
h_q = Q.entropy()
ce_pq = h_p + kl_pq  # H(P,Q) = H(P) + KL(P||Q)

# The same KL(P||Q) with F.kl_div: input = log-probabilities of Q, target = probabilities of P,
# one row, reduction='batchmean' (the mean KL per row, not per element).
kl_div_pq = F.kl_div(q.log().unsqueeze(0), p.unsqueeze(0), reduction='batchmean')
print(f"{'F.kl_div batchmean':20} = {float(kl_div_pq):.12g} nats")

order = 0.5  # the Renyi order alpha (URL order=)
tv = 0.5 * (p - q).abs().sum()
hellinger = 0.5 * ((p.sqrt() - q.sqrt()) ** 2).sum()  # = 1 - sum sqrt(p q)
terms = torch.where(p > 0, order * p.log() + (1 - order) * q.log(), torch.tensor(-float("inf")))
renyi = torch.logsumexp(terms, 0) / (order - 1)

${PRINTS}`,
    );
  });

  it('Bernoulli pairs use torch.distributions.Bernoulli', () => {
    const text = pytorchSnippet({ p: bern(0.3), q: bern(0.6), eps: 0, alpha: 0 });
    expect(text).toContain(
      'P = Bernoulli(probs=torch.tensor(0.3))\nQ = Bernoulli(probs=torch.tensor(0.6))',
    );
    expect(text).toContain('M = Bernoulli(probs=(P.probs + Q.probs) / 2)');
  });

  it('N(0,1) against N(1,2): closed forms from kl_divergence, JS by the trapezoid rule', () => {
    const text = pytorchSnippet({
      p: { family: 'normal', mu: 0, sigma: 1 },
      q: { family: 'normal', mu: 1, sigma: 2 },
      eps: 0,
      alpha: 0,
    });
    expect(text).toContain(
      'P = Normal(torch.tensor(0.0), torch.tensor(1.0))\nQ = Normal(torch.tensor(1.0), torch.tensor(2.0))',
    );
    expect(text).toContain('kl_pq = kl_divergence(P, Q)');
    // Range 1 ± 24 (Q's 12σ); 40 points per narrowest σ = 1 over 48 is 1921, below the 200,001 floor.
    expect(text).toContain('x = torch.linspace(-23.0, 25.0, 200001)');
    expect(text).toContain('js = 0.5 * integral(p * (lp - lm)) + 0.5 * integral(q * (lq - lm))');
  });

  it('N2 pairs use MultivariateNormal with the covariance [[sx², ρ sx sy], [ρ sx sy, sy²]]', () => {
    const text = pytorchSnippet({
      p: { family: 'normal2', mx: 0, my: 0, sx: 1, sy: 2, rho: 0.5 },
      q: { family: 'normal2', mx: 1, my: 0, sx: 1, sy: 1, rho: 0 },
      eps: 0,
      alpha: 0,
    });
    expect(text).toContain(
      'P = MultivariateNormal(torch.tensor([0.0, 0.0]), covariance_matrix=torch.tensor([[1.0, 1.0], [1.0, 4.0]]))',
    );
  });
});
