import { discreteDistribution, integerFamily } from '../families/registry';
import type { Continuous1Spec, DiscreteSpec, IntegerSpec } from '../distributions/types';
import { aliasDraw, aliasTable } from '../random/alias';
import { xoshiro128ForChunk } from '../random/xoshiro128';
import { drawSamples1 } from '../samples/draw';

/**
 * The first `count` points x ~ d that a Monte Carlo run with `seed` draws (chunk 0's stream,
 * xoshiro128ForChunk(seed, 0)), for a histogram of the very samples behind the estimate. Draws exactly
 * as the run's kernels do: a mixture picks its component by the alias method (only when it has more
 * than one), then x = μ + σ·z with z from the ziggurat.
 * Valid as "the run's samples" for count ≤ the run's chunk size; any count gives a valid sample of d.
 * @throws RangeError if seed is not a non-negative safe integer or count is negative / not an integer.
 */
export function monteCarloSamples1(d: Continuous1Spec, seed: number, count: number): Float64Array {
  if (!Number.isSafeInteger(count) || count < 0) throw new RangeError(`invalid count ${count}`);
  // Chunk 0's stream is stream 0 of the seed: the samples lab's drawing is the same draw.
  return drawSamples1(d, seed, 0, count);
}

/**
 * How often each outcome 0 … K−1 occurs among the first `count` draws of a run with `seed` from the
 * discrete distribution d (chunk 0's stream, alias method, as the run's kernel draws).
 * @throws RangeError as {@link monteCarloSamples1}.
 */
export function monteCarloOutcomeCounts(
  d: DiscreteSpec,
  seed: number,
  count: number,
): Float64Array {
  if (!Number.isSafeInteger(count) || count < 0) throw new RangeError(`invalid count ${count}`);
  const probs = discreteDistribution(d).probs;
  const table = aliasTable(probs);
  const rng = xoshiro128ForChunk(seed, 0);
  const counts = new Float64Array(probs.length);
  for (let i = 0; i < count; i++) counts[aliasDraw(table, rng)]!++;
  return counts;
}

/**
 * For counts (Pois, Bin): how often each outcome first … first + size − 1 occurs among the first
 * `count` draws of a run with `seed` (chunk 0's stream and the family's sampler, as the run's kernel
 * draws). Draws outside the window are drawn but not counted.
 * @throws RangeError as {@link monteCarloSamples1}.
 */
export function monteCarloIntegerCounts(
  d: IntegerSpec,
  seed: number,
  count: number,
  first: number,
  size: number,
): Float64Array {
  if (!Number.isSafeInteger(count) || count < 0) throw new RangeError(`invalid count ${count}`);
  const draw = integerFamily(d).sampler(d);
  const rng = xoshiro128ForChunk(seed, 0);
  const counts = new Float64Array(size);
  for (let i = 0; i < count; i++) {
    const k = draw(rng) - first;
    if (k >= 0 && k < size) counts[k]!++;
  }
  return counts;
}
