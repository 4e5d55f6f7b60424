import { discreteDistribution } from '../distributions/discrete';
import type { Continuous1Spec, DiscreteSpec } from '../distributions/types';
import { aliasDraw, aliasTable } from '../random/alias';
import { normalDraw } from '../random/normal';
import { xoshiro128ForChunk } from '../random/xoshiro128';

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
  const rng = xoshiro128ForChunk(seed, 0);
  const out = new Float64Array(count);
  if (d.family === 'normal') {
    for (let i = 0; i < count; i++) out[i] = d.mu + d.sigma * normalDraw(rng);
    return out;
  }
  const comps = d.components.map((c) => c.component);
  const alias = comps.length > 1 ? aliasTable(d.components.map((c) => c.weight)) : undefined;
  for (let i = 0; i < count; i++) {
    const c = comps[alias === undefined ? 0 : aliasDraw(alias, rng)]!;
    out[i] = c.mu + c.sigma * normalDraw(rng);
  }
  return out;
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
