import type { Continuous1Spec } from '../distributions/types';
import { real1Family } from '../families/registry';
import { mergeBreakpoints } from '../quadrature/breakpoints';
import { AdaptiveGK15 } from '../quadrature/gaussKronrod';
import type { Reverse1Value } from './reverse1Objective';

const LOG_SQRT_2PI = 0.5 * Math.log(2 * Math.PI);
const HALF_LOG_2PI_E = 0.5 * Math.log(2 * Math.PI * Math.E);
const BASE_T = Float64Array.from([-12, -8, -5, -3, -1.5, 0, 1.5, 3, 5, 8, 12]);

/**
 * The reverse objective KL(Q‖P) for Q = N(μ, σ) and any 1-D P whose support is the whole line
 * (Laplace, Student-t, a mixture with such a component), from P's log-density alone: no
 * derivatives of log p, which a Laplace's kink does not have. With x = μ + σt, t ~ N(0, 1),
 * F = E_Q[log p] and f = log p(x) − log p(μ) (a constant shift: every weight below has mean 0):
 *   KL = −H(Q) − F,  H(Q) = ½log(2πe) + log σ;
 * Q's score gives the derivatives in θ = (μ, s = log σ) (∂q/∂μ = q·t/σ, ∂q/∂s = q·(t² − 1)):
 *   ∂F/∂μ = E[f·t]/σ,  ∂F/∂s = E[f·(t² − 1)],
 *   ∂²F/∂μ² = E[f·(t² − 1)]/σ²,  ∂²F/∂μ∂s = E[f·(t³ − 3t)]/σ,  ∂²F/∂s² = E[f·(t⁴ − 4t² + 1)].
 * One adaptive Gauss–Kronrod pass over t ∈ [−12, 12] (Q's mass beyond is 4e-33) split where P's
 * breakpoints fall (its peaks, kinks, component edges seen from Q). Finite for every finite μ and
 * σ > 0 when P's support is ℝ (its log-density is then finite everywhere).
 */
export class GenericReverse1Objective {
  private readonly logP: (x: number) => number;
  private readonly breaks: readonly number[];
  private readonly gk = new AdaptiveGK15(6, 4000);
  private mu = 0;
  private sigma = 1;
  private shift = 0;
  private readonly integrand = (t: number, out: Float64Array, o: number) => {
    const phi = Math.exp(-0.5 * t * t - LOG_SQRT_2PI);
    const f = this.logP(this.mu + this.sigma * t) - this.shift;
    const t2 = t * t;
    out[o] = phi * f;
    out[o + 1] = phi * f * t;
    out[o + 2] = phi * f * (t2 - 1);
    out[o + 3] = phi * f * (t2 * t - 3 * t);
    out[o + 4] = phi * f * (t2 * t2 - 4 * t2 + 1);
    out[o + 5] = 0;
  };

  constructor(p: Continuous1Spec) {
    this.logP = real1Family(p).logDensity(p);
    this.breaks = real1Family(p).breakpoints(p);
  }

  private tBreakpoints(): Float64Array {
    const extra = this.breaks.map((b) => (b - this.mu) / this.sigma);
    return mergeBreakpoints(BASE_T, extra, 1e-6);
  }

  evaluate(mu: number, sigma: number, relTol = 1e-11): Reverse1Value {
    this.mu = mu;
    this.sigma = sigma;
    const at = this.logP(mu);
    this.shift = Number.isFinite(at) ? at : 0;
    const r = this.gk.integrate(this.integrand, this.tBreakpoints(), {
      relTol,
      absTol: 1e-14,
      // As in Reverse1Objective: the odd moments vanish at a symmetric P's centre.
      relativeTo: 'magnitude',
    });
    const v = r.values;
    const [eF, eT, eT2, eT3, eT4] = [v[0]!, v[1]!, v[2]!, v[3]!, v[4]!];
    const elogP = eF + this.shift;
    return {
      kl: -HALF_LOG_2PI_E - Math.log(sigma) - elogP,
      grad: [-eT / sigma, -1 - eT2],
      hess: [-eT2 / (sigma * sigma), -eT3 / sigma, -eT4],
      quadratureError: r.errors[0]!,
    };
  }

  /** KL(Q‖P) only, for the landscape. */
  value(mu: number, sigma: number): number {
    return this.evaluate(mu, sigma, 1e-9).kl;
  }
}
