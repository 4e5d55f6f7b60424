/**
 * Sample sizes at which the MLE's convergence is drawn: 10, 20, 50, 100, 200, 500, … up to n, and n
 * itself, so a log axis gets evenly spaced points and the last point is the fit on every sample.
 */
export function traceSizes(n: number, smallest = 10): number[] {
  const out: number[] = [];
  for (let decade = smallest; decade <= n; decade *= 10)
    for (const f of [1, 2, 5]) if (f * decade <= n && f * decade >= smallest) out.push(f * decade);
  if (out[out.length - 1] !== n && n >= 1) out.push(n);
  return out;
}
