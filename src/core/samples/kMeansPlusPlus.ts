import { xoshiro128ForChunk } from '../random/xoshiro128';

/**
 * The indices of k seed points among n, chosen k-means++-style (Arthur & Vassilvitskii 2007): the
 * first uniformly, each next one with probability ∝ its squared distance to the nearest point
 * chosen so far. `distance2(i, j)` is the squared distance between points i and j. Draws from
 * stream `stream` of `seed`, so a restart is reproducible. O(n·k).
 */
export function kMeansPlusPlusSeeds(
  n: number,
  k: number,
  distance2: (i: number, j: number) => number,
  seed: number,
  stream: number,
): number[] {
  const rng = xoshiro128ForChunk(seed, stream);
  const picks = [Math.min(n - 1, Math.floor(rng.nextUniform() * n))];
  // The squared distance of each point to its nearest pick, updated with each new pick.
  const nearest = new Float64Array(n).fill(Infinity);
  while (picks.length < k) {
    const last = picks[picks.length - 1]!;
    let total = 0;
    for (let i = 0; i < n; i++) {
      const d = distance2(i, last);
      if (d < nearest[i]!) nearest[i] = d;
      total += nearest[i]!;
    }
    let target = rng.nextUniform() * total;
    let pick = n - 1;
    for (let i = 0; i < n; i++) {
      target -= nearest[i]!;
      if (target <= 0) {
        pick = i;
        break;
      }
    }
    picks.push(pick);
  }
  return picks;
}
