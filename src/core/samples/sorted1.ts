/** Nearest-neighbour distances on the line: a sorted copy and binary search suffice (no tree). */

/** An ascending copy of the values. */
export function sortedCopy(values: ArrayLike<number>): Float64Array {
  return Float64Array.from(values).sort();
}

/** The first index i with sorted[i] ≥ q (sorted.length if none). */
function lowerBound(sorted: Float64Array, q: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < q) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * |q − s| for the k-th closest value s in `sorted` (ascending), merging outwards from q's position.
 * With `excludeOne`, q itself must occur in `sorted` and one occurrence of it is left out (the point's
 * own entry when measuring a sample's distances to itself). Infinity if fewer than k values remain.
 */
export function kthDistance1(
  sorted: Float64Array,
  q: number,
  k: number,
  excludeOne: boolean,
): number {
  const p = lowerBound(sorted, q);
  let l = p - 1;
  let r = excludeOne ? p + 1 : p;
  let d = Infinity;
  for (let step = 0; step < k; step++) {
    const dl = l >= 0 ? q - sorted[l]! : Infinity;
    const dr = r < sorted.length ? sorted[r]! - q : Infinity;
    if (dl <= dr) {
      d = dl;
      l--;
    } else {
      d = dr;
      r++;
    }
    if (d === Infinity) return Infinity;
  }
  return d;
}
