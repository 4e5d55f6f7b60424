import { AdaptiveGK15 } from '../quadrature/gaussKronrod';
import { mergeBreakpoints } from '../quadrature/breakpoints';
import { type FitMixture1, mixture1Derivatives } from './mixture1';

const LOG_SQRT_2PI = 0.5 * Math.log(2 * Math.PI);
const HALF_LOG_2PI_E = 0.5 * Math.log(2 * Math.PI * Math.E);
/** |t| ≤ 12: the standard normal mass beyond is 4e-33, negligible even against log p ~ −(σt/σᵢ)². */
export const T_MAX = 12;
const BASE_T = Float64Array.from([-12, -8, -5, -3, -1.5, 0, 1.5, 3, 5, 8, 12]);
const COMPONENT_OFFSETS = [-4, -2, -1, 0, 1, 2, 4];

/** KL(Q‖P), its gradient and Hessian in θ = (μ, log σ); all nats. */
export interface Reverse1Value {
  readonly kl: number;
  readonly grad: [number, number];
  /** Row-major [∂²/∂μ², ∂²/∂μ∂s, ∂²/∂s²], s = log σ. */
  readonly hess: [number, number, number];
  readonly quadratureError: number;
}

/**
 * Splits t ∈ [−12, 12] where P's components sit seen from Q: t = (μᵢ + kσᵢ − μ)/σ for
 * k ∈ {0, ±1, ±2, ±4}, so a narrow component inside a broad Q, or a broad one far off, still falls on
 * interval ends and the 15-point rule sees it from the first pass.
 */
export function reverse1Breakpoints(p: FitMixture1, mu: number, sigma: number): Float64Array {
  const extra: number[] = [];
  for (let i = 0; i < p.n; i++)
    for (const k of COMPONENT_OFFSETS) extra.push((p.mu[i]! + k * p.sigma[i]! - mu) / sigma);
  let minS = Infinity;
  for (let i = 0; i < p.n; i++) minS = Math.min(minS, p.sigma[i]!);
  return mergeBreakpoints(BASE_T, extra, Math.min(1e-3, (0.05 * minS) / sigma));
}

/**
 * The reverse objective for Q = N(μ, σ) by reparameterisation x = μ + σt, t ~ N(0, 1):
 *   KL(Q‖P) = −H(Q) − E_t[log p(x)],  H(Q) = ½log(2πe) + log σ;
 *   ∂/∂μ = −E[g],  ∂/∂s = −1 − σE[t·g]            (s = log σ, g = (log p)');
 *   ∂²/∂μ² = −E[h], ∂²/∂μ∂s = −σE[t·h], ∂²/∂s² = −σE[t·g] − σ²E[t²·h]   (h = (log p)'').
 * The six expectations share one adaptive Gauss–Kronrod pass over t, split by
 * {@link reverse1Breakpoints} (a fixed Gauss–Hermite rule would miss components far narrower than Q).
 * Finite for every finite μ and σ > 0.
 */
export class Reverse1Objective {
  private readonly p: FitMixture1;
  private readonly gk = new AdaptiveGK15(6, 4000);
  private readonly d = new Float64Array(3);
  private mu = 0;
  private sigma = 1;
  private readonly integrand = (t: number, out: Float64Array, o: number) => {
    const d = this.d;
    mixture1Derivatives(this.p, this.mu + this.sigma * t, d, 0);
    const phi = Math.exp(-0.5 * t * t - LOG_SQRT_2PI);
    const g = phi * d[1]!;
    const h = phi * d[2]!;
    out[o] = phi * d[0]!;
    out[o + 1] = g;
    out[o + 2] = t * g;
    out[o + 3] = h;
    out[o + 4] = t * h;
    out[o + 5] = t * t * h;
  };

  constructor(p: FitMixture1) {
    this.p = p;
  }

  evaluate(mu: number, sigma: number, relTol = 1e-11): Reverse1Value {
    this.mu = mu;
    this.sigma = sigma;
    const r = this.gk.integrate(this.integrand, reverse1Breakpoints(this.p, mu, sigma), {
      relTol,
      absTol: 1e-14,
      // Relative to ∫|f|: E[g] and E[t·h] vanish by symmetry whenever μ sits on P's centre, and a
      // tolerance relative to |∫f| ≈ 0 sits below the rounding floor 50ε·∫|f|, so the rule would
      // bisect until the interval budget runs out (4000 intervals, ~0.7 s per call). An absolute
      // error of relTol·E|g| is what a gradient tolerance needs anyway.
      relativeTo: 'magnitude',
    });
    const v = r.values;
    const [eLogP, eG, eTG, eH, eTH, eTTH] = [v[0]!, v[1]!, v[2]!, v[3]!, v[4]!, v[5]!];
    return {
      kl: -HALF_LOG_2PI_E - Math.log(sigma) - eLogP,
      grad: [-eG, -1 - sigma * eTG],
      hess: [-eH, -sigma * eTH, -sigma * eTG - sigma * sigma * eTTH],
      quadratureError: r.errors[0]!,
    };
  }

  /** KL(Q‖P) only (one component; cheaper, for the landscape). */
  value(mu: number, sigma: number): number {
    return this.evaluate(mu, sigma, 1e-9).kl;
  }
}
