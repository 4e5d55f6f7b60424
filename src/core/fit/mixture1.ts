import { gaussianComponents1 } from '../families/registry';
import { mixtureLogWeights } from '../distributions/density';
import type { Continuous1Spec, Normal } from '../distributions/types';
import { gaussianBreakpoints } from '../quadrature/breakpoints';
import { AdaptiveGK15 } from '../quadrature/gaussKronrod';

const LOG_SQRT_2PI = 0.5 * Math.log(2 * Math.PI);

/** A 1-D mixture as flat arrays, with what the fit needs: log p, its first and second derivatives. */
export interface FitMixture1 {
  readonly n: number;
  readonly mu: Float64Array;
  readonly sigma: Float64Array;
  readonly weight: Float64Array;
  readonly logCoef: Float64Array;
  readonly invVar: Float64Array;
  readonly scratch: Float64Array;
}

export function fitMixture1(p: Continuous1Spec): FitMixture1 {
  const parts = gaussianComponents1(p);
  const comps: Normal[] = parts.map((c) => c.component);
  const logW = mixtureLogWeights(parts);
  const n = comps.length;
  const t = {
    n,
    mu: new Float64Array(n),
    sigma: new Float64Array(n),
    weight: new Float64Array(n),
    logCoef: new Float64Array(n),
    invVar: new Float64Array(n),
    scratch: new Float64Array(n),
  };
  comps.forEach((c, i) => {
    t.mu[i] = c.mu;
    t.sigma[i] = c.sigma;
    t.weight[i] = Math.exp(logW[i]!);
    t.logCoef[i] = logW[i]! - Math.log(c.sigma) - LOG_SQRT_2PI;
    t.invVar[i] = 1 / (c.sigma * c.sigma);
  });
  return t;
}

/**
 * log p(x), g = (log p)'(x) and h = (log p)''(x) for p = Σwᵢ N(μᵢ, σᵢ), written to out[o..o+2].
 * With responsibilities rᵢ = wᵢNᵢ/p and dᵢ = −(x − μᵢ)/σᵢ²: g = Σrᵢdᵢ and
 * h = Σrᵢ(dᵢ − g)² − Σrᵢ/σᵢ² (the variance form, which cannot cancel). Finite for finite x.
 */
export function mixture1Derivatives(t: FitMixture1, x: number, out: Float64Array, o: number): void {
  const n = t.n;
  const s = t.scratch;
  let max = -Infinity;
  for (let i = 0; i < n; i++) {
    const d = x - t.mu[i]!;
    const v = t.logCoef[i]! - 0.5 * d * d * t.invVar[i]!;
    s[i] = v;
    if (v > max) max = v;
  }
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const e = Math.exp(s[i]! - max);
    s[i] = e;
    sum += e;
  }
  const inv = 1 / sum;
  let g = 0;
  let curv = 0;
  for (let i = 0; i < n; i++) {
    const r = s[i]! * inv;
    s[i] = r;
    g -= r * (x - t.mu[i]!) * t.invVar[i]!;
    curv += r * t.invVar[i]!;
  }
  let varD = 0;
  for (let i = 0; i < n; i++) {
    const dev = -(x - t.mu[i]!) * t.invVar[i]! - g;
    varD += s[i]! * dev * dev;
  }
  out[o] = max + Math.log(sum);
  out[o + 1] = g;
  out[o + 2] = varD - curv;
}

/** Mean, variance and the component range [min μᵢ − σᵢ, max μᵢ + σᵢ] and σ range of a 1-D mixture. */
export function mixture1Summary(t: FitMixture1) {
  let mean = 0;
  for (let i = 0; i < t.n; i++) mean += t.weight[i]! * t.mu[i]!;
  let variance = 0;
  let lo = Infinity;
  let hi = -Infinity;
  let minSigma = Infinity;
  let maxSigma = 0;
  for (let i = 0; i < t.n; i++) {
    const d = t.mu[i]! - mean;
    variance += t.weight[i]! * (t.sigma[i]! * t.sigma[i]! + d * d);
    lo = Math.min(lo, t.mu[i]! - t.sigma[i]!);
    hi = Math.max(hi, t.mu[i]! + t.sigma[i]!);
    minSigma = Math.min(minSigma, t.sigma[i]!);
    maxSigma = Math.max(maxSigma, t.sigma[i]!);
  }
  return { mean, variance, lo, hi, minSigma, maxSigma };
}

/** H(P) = −∫p log p for a 1-D mixture, nats, by adaptive Gauss–Kronrod split at μᵢ + kσᵢ. */
export function mixture1Entropy(t: FitMixture1): number {
  const gk = new AdaptiveGK15(1);
  const d = new Float64Array(3);
  const bp = gaussianBreakpoints(t.mu, t.sigma, [-4, -2, -1, 0, 1, 2, 4], 40);
  const r = gk.integrate(
    (x, out, o) => {
      mixture1Derivatives(t, x, d, 0);
      out[o] = -Math.exp(d[0]!) * d[0]!;
    },
    bp,
    { relTol: 1e-12 },
  );
  return r.values[0]!;
}
