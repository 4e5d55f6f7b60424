/**
 * Finite unions of closed intervals of the real line, for supports that are not one interval: a
 * mixture's support is the union of its components' ([−1, 1] ∪ [2, 3] for U(−1,1) and U(2,3)).
 * A set is a sorted list of disjoint intervals; touching intervals ([0, 1] and [1, 2]) merge.
 */
import type { Interval } from './common';

/** The union of `parts` as a sorted list of disjoint closed intervals (empty parts dropped). */
export function intervalUnion(parts: readonly Interval[]): Interval[] {
  const sorted = parts.filter((p) => p.hi >= p.lo).sort((a, b) => a.lo - b.lo);
  const out: { lo: number; hi: number }[] = [];
  for (const p of sorted) {
    const last = out[out.length - 1];
    if (last && p.lo <= last.hi) last.hi = Math.max(last.hi, p.hi);
    else out.push({ lo: p.lo, hi: p.hi });
  }
  return out;
}

/** The open gaps between consecutive intervals of a sorted disjoint list. */
export const gapsBetween = (set: readonly Interval[]): Interval[] =>
  set.slice(1).map((p, i) => ({ lo: set[i]!.hi, hi: p.lo }));

/** A sorted disjoint list from its hull [lo, hi] and the open gaps inside it. */
export function withoutGaps(lo: number, hi: number, gaps: readonly Interval[] = []): Interval[] {
  const out: Interval[] = [];
  let from = lo;
  for (const g of gaps) {
    out.push({ lo: from, hi: g.lo });
    from = g.hi;
  }
  out.push({ lo: from, hi });
  return out;
}

/**
 * The parts of the set `a` not inside the set `b` (both sorted and disjoint), as intervals of
 * positive length: where a distribution on `a` has mass and one on `b` has none. Points (an edge
 * shared at one x) carry no mass and are dropped.
 */
export function intervalSetExcess(a: readonly Interval[], b: readonly Interval[]): Interval[] {
  const out: Interval[] = [];
  for (const p of a) {
    let from = p.lo;
    for (const q of b) {
      if (q.hi <= from) continue;
      if (q.lo >= p.hi) break;
      if (q.lo > from) out.push({ lo: from, hi: q.lo });
      from = Math.max(from, q.hi);
      if (from >= p.hi) break;
    }
    if (from < p.hi) out.push({ lo: from, hi: p.hi });
  }
  return out.filter((r) => r.hi > r.lo);
}
