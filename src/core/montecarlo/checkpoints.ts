/**
 * The sample counts N at which the convergence trace is recorded: 1, 2, 5, 10, 20, 50, … (three per
 * decade, evenly spread on a log axis), the ones with start < N ≤ end, ascending.
 * @throws RangeError if start or end is negative or not finite.
 */
export function traceCheckpointsBetween(start: number, end: number): number[] {
  if (!(start >= 0) || !Number.isFinite(end)) {
    throw new RangeError(`invalid checkpoint range (${start}, ${end}]`);
  }
  const out: number[] = [];
  for (let decade = 1; decade <= end; decade *= 10) {
    for (const m of [1, 2, 5]) {
      const n = m * decade;
      if (n > start && n <= end) out.push(n);
    }
  }
  return out;
}
