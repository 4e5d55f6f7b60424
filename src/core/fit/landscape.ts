import type { Continuous1Spec } from '../distributions/types';
import { mixture1Summary } from './mixture1';
import { fitTarget1 } from './target1';

const LOG_SQRT_2PI = 0.5 * Math.log(2 * Math.PI);

/**
 * KL(P‖N(μ, σ)) = −H(P) + log σ + ½log 2π + (Var_P + (E_P − μ)²)/(2σ²), nats, exact given H(P).
 */
export function forwardKl1(
  entropyP: number,
  mean: number,
  variance: number,
  mu: number,
  sigma: number,
): number {
  const d = mean - mu;
  return -entropyP + Math.log(sigma) + LOG_SQRT_2PI + (variance + d * d) / (2 * sigma * sigma);
}

export interface Landscape1Grid {
  readonly mu: number[];
  readonly logSigma: number[];
}

/**
 * A grid over μ ∈ [lo − σ̄, hi + σ̄] and log σ ∈ [log(½ min σᵢ), log(1.5·sd P)], n × n points, from
 * P's components (or their Gaussian stand-ins: target1.ts).
 */
export function landscape1Grid(p: Continuous1Spec, n = 60): Landscape1Grid {
  const t = fitTarget1(p).table;
  const { lo, hi, minSigma, variance } = mixture1Summary(t);
  const pad = 0.5 * Math.sqrt(variance);
  const a = Math.log(0.5 * minSigma);
  const b = Math.log(1.5 * Math.sqrt(variance));
  return {
    mu: Array.from({ length: n }, (_, i) => lo - pad + ((hi - lo + 2 * pad) * i) / (n - 1)),
    logSigma: Array.from({ length: n }, (_, i) => a + ((b - a) * i) / (n - 1)),
  };
}

/**
 * Rows [rowStart, rowEnd) (one per log σ) of the landscape: reverse KL(Q‖P) by the accurate
 * quadrature of P's reverse objective and forward KL(P‖Q) by {@link forwardKl1}; nats, finite,
 * except that a direction infinite for every Gaussian (target1.ts: a bounded P's reverse KL, an
 * infinite-variance P's forward KL) is Infinity everywhere.
 */
export function landscape1Rows(
  p: Continuous1Spec,
  grid: Landscape1Grid,
  rowStart: number,
  rowEnd: number,
): { reverse: Float64Array; forward: Float64Array } {
  const target = fitTarget1(p);
  const objective = target.reverse;
  const { mean, variance, entropy: h } = target;
  const n = grid.mu.length;
  const rows = rowEnd - rowStart;
  const reverse = new Float64Array(rows * n);
  const forward = new Float64Array(rows * n);
  for (let r = 0; r < rows; r++) {
    const sigma = Math.exp(grid.logSigma[rowStart + r]!);
    for (let i = 0; i < n; i++) {
      reverse[r * n + i] = objective ? objective.value(grid.mu[i]!, sigma) : Infinity;
      forward[r * n + i] = target.forwardInfinite
        ? Infinity
        : forwardKl1(h, mean, variance, grid.mu[i]!, sigma);
    }
  }
  return { reverse, forward };
}
