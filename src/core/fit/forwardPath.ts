import type { Continuous1Spec } from '../distributions/types';
import { forwardKl1 } from './landscape';
import { fitTarget1 } from './target1';
import { newtonRun1, type Objective1, type Objective1Value } from './reverse1';
import type { Gaussian1, RunResult } from './types';

/**
 * The forward objective KL(P‖N(μ, σ)) as a function of θ = (μ, s = log σ), from P's entropy H,
 * mean m and variance V: f = −H + s + ½log 2π + (V + d²)e^(−2s)/2 with d = μ − m, so
 * ∂f/∂μ = d·e^(−2s), ∂f/∂s = 1 − (V + d²)e^(−2s), ∂²f/∂μ² = e^(−2s), ∂²f/∂μ∂s = −2d·e^(−2s),
 * ∂²f/∂s² = 2(V + d²)e^(−2s). Nats. Its only stationary point is the moment match (μ = m, σ² = V).
 */
export class Forward1Objective implements Objective1 {
  private readonly entropy: number;
  private readonly mean: number;
  private readonly variance: number;
  constructor(entropy: number, mean: number, variance: number) {
    this.entropy = entropy;
    this.mean = mean;
    this.variance = variance;
  }
  evaluate(mu: number, sigma: number): Objective1Value {
    const d = mu - this.mean;
    const e = 1 / (sigma * sigma);
    const m2 = this.variance + d * d;
    return {
      kl: forwardKl1(this.entropy, this.mean, this.variance, mu, sigma),
      grad: [d * e, 1 - m2 * e],
      hess: [e, -2 * d * e, 2 * m2 * e],
    };
  }
}

/**
 * The path the same damped Newton as the reverse fit takes on the forward objective KL(P‖Q) from
 * `start`: what "minimise KL(P‖Q)" does step by step, ending at the moment match (forwardFit1).
 * Path KLs are KL(P‖Q) in nats. Deterministic. Throws a RangeError for a P whose KL(P‖Q) is
 * infinite for every Gaussian (`fitTarget1(p).forwardInfinite`: check it first).
 */
export function forwardFit1Path(p: Continuous1Spec, start: Gaussian1): RunResult<Gaussian1> {
  const { mean, variance, entropy, forwardInfinite } = fitTarget1(p);
  if (forwardInfinite) throw new RangeError('KL(P‖Q) is infinite for every Gaussian Q');
  return newtonRun1(new Forward1Objective(entropy, mean, variance), start);
}
