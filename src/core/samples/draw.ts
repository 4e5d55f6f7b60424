import { gaussianComponents2, real1Family } from '../families/registry';
import type { Continuous1Spec, Continuous2Spec, Normal2 } from '../distributions/types';
import { aliasDraw, aliasTable } from '../random/alias';
import { normalDraw } from '../random/normal';
import { xoshiro128ForChunk } from '../random/xoshiro128';

/**
 * Which of a seed's streams a sample set is drawn from: P's samples use stream 0 (the same stream,
 * and so the same points, as the Monte Carlo lab's {@link monteCarloSamples1}), Q's stream 1, so the
 * two sets are independent and each is reproducible on its own.
 */
export const SAMPLE_STREAM = { p: 0, q: 1 } as const;

/**
 * n points x ~ d from stream `stream` of `seed` (xoshiro128ForChunk(seed, stream)), by the family's
 * sampler: a mixture picks its component by the alias method (only when it has more than one), then
 * x = μ + σ·z with z from the ziggurat, as the Monte Carlo kernels draw. The first m of n points are the n = m sample, so a
 * sample that grows keeps its points.
 * @throws RangeError if seed or stream is not a non-negative safe integer or n is not a whole number ≥ 0.
 */
export function drawSamples1(
  d: Continuous1Spec,
  seed: number,
  stream: number,
  n: number,
): Float64Array {
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`invalid sample count ${n}`);
  const rng = xoshiro128ForChunk(seed, stream);
  const out = new Float64Array(n);
  const draw = real1Family(d).sampler(d);
  for (let i = 0; i < n; i++) out[i] = draw(rng);
  return out;
}

/**
 * n points (x, y) ~ d, interleaved [x₀, y₀, x₁, y₁, …] (length 2n), drawn through each component's
 * Cholesky factor L = [[sx, 0], [ρ·sy, sy·√(1−ρ²)]]: (x, y) = m + L·(z₁, z₂). Streams as
 * {@link drawSamples1}; prefixes are kept the same way.
 */
export function drawSamples2(
  d: Continuous2Spec,
  seed: number,
  stream: number,
  n: number,
): Float64Array {
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`invalid sample count ${n}`);
  const rng = xoshiro128ForChunk(seed, stream);
  const out = new Float64Array(2 * n);
  const parts = gaussianComponents2(d);
  const comps: Normal2[] = parts.map((c) => c.component);
  const roots = comps.map((c) => c.sy * Math.sqrt((1 - c.rho) * (1 + c.rho)));
  const alias = comps.length > 1 ? aliasTable(parts.map((c) => c.weight)) : undefined;
  for (let i = 0; i < n; i++) {
    const j = alias === undefined ? 0 : aliasDraw(alias, rng);
    const c = comps[j]!;
    const z1 = normalDraw(rng);
    const z2 = normalDraw(rng);
    out[2 * i] = c.mx + c.sx * z1;
    out[2 * i + 1] = c.my + c.sy * c.rho * z1 + roots[j]! * z2;
  }
  return out;
}
