import type { Gaussian1, Gaussian2 } from '../fit/types';

/**
 * The maximum-likelihood Gaussian for the first `n` values of xs (all by default):
 * μ̂ = (1/n)Σxᵢ and σ̂² = (1/n)Σ(xᵢ − μ̂)² (the MLE divides by n, not n − 1). Two passes, so σ̂ keeps
 * its relative accuracy when |μ̂| ≫ σ̂. σ̂ = 0 when every value is equal (the likelihood is then
 * unbounded; callers must check).
 * @throws RangeError if n < 1 or n > xs.length.
 */
export function gaussianMle1(xs: ArrayLike<number>, n = xs.length): Gaussian1 {
  if (!(n >= 1 && n <= xs.length)) throw new RangeError(`need 1 ≤ n ≤ ${xs.length}, got ${n}`);
  let s = 0;
  for (let i = 0; i < n; i++) s += xs[i]!;
  const mu = s / n;
  let v = 0;
  for (let i = 0; i < n; i++) {
    const d = xs[i]! - mu;
    v += d * d;
  }
  return { mu, sigma: Math.sqrt(v / n) };
}

/**
 * The maximum-likelihood 2-D Gaussian for the first `n` points of interleaved xy ([x₀, y₀, x₁, …]):
 * mean m̂ = (1/n)Σpᵢ and covariance Σ̂ = (1/n)Σ(pᵢ − m̂)(pᵢ − m̂)ᵀ, two passes.
 * Σ̂ is singular when the points are collinear; callers must check.
 * @throws RangeError if n < 1 or 2n > xy.length.
 */
export function gaussianMle2(xy: ArrayLike<number>, n = xy.length / 2): Gaussian2 {
  if (!(n >= 1 && 2 * n <= xy.length)) throw new RangeError(`need 1 ≤ n ≤ ${xy.length / 2}`);
  let sx = 0;
  let sy = 0;
  for (let i = 0; i < n; i++) {
    sx += xy[2 * i]!;
    sy += xy[2 * i + 1]!;
  }
  const mx = sx / n;
  const my = sy / n;
  let a = 0;
  let b = 0;
  let c = 0;
  for (let i = 0; i < n; i++) {
    const dx = xy[2 * i]! - mx;
    const dy = xy[2 * i + 1]! - my;
    a += dx * dx;
    b += dx * dy;
    c += dy * dy;
  }
  return {
    mean: [mx, my],
    cov: [
      [a / n, b / n],
      [b / n, c / n],
    ],
  };
}

/** (1/n) Σ log f(xᵢ) over the first n values: the average log-likelihood, nats. */
export function averageLogLikelihood1(
  xs: ArrayLike<number>,
  logDensity: (x: number) => number,
  n = xs.length,
): number {
  let s = 0;
  for (let i = 0; i < n; i++) s += logDensity(xs[i]!);
  return s / n;
}

/** (1/n) Σ log f(xᵢ, yᵢ) over the first n interleaved points, nats. */
export function averageLogLikelihood2(
  xy: ArrayLike<number>,
  logDensity: (x: number, y: number) => number,
  n = xy.length / 2,
): number {
  let s = 0;
  for (let i = 0; i < n; i++) s += logDensity(xy[2 * i]!, xy[2 * i + 1]!);
  return s / n;
}
