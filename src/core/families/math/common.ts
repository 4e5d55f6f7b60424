import type { Xoshiro128 } from '../../random/xoshiro128';

/** A closed interval [lo, hi] of the real line; ±Infinity for an unbounded end. */
export interface Interval {
  readonly lo: number;
  readonly hi: number;
}

/** One draw from a distribution, with its constants precomputed when the sampler was made. */
export type Sampler = (rng: Xoshiro128) => number;

/** The smallest positive normal double, 2.2e-308: scales below it lose precision (as σ in N). */
export const MIN_SCALE = 2.2250738585072014e-308;
/** The largest finite double, 1.8e308. */
export const MAX_FINITE = Number.MAX_VALUE;

/**
 * The message for a parameter outside [lo, hi] (or not a number), in the words of the parse-time
 * ranges of src/core/spec/parse.ts: "Exp(rate) supports rate from 2.2e-308 to 1.8e308, got -1".
 * `loText`/`hiText` are the range ends as the message prints them.
 */
export function rangeError(
  signature: string,
  name: string,
  value: number,
  lo: number,
  hi: number,
  loText: string,
  hiText: string,
): string | undefined {
  if (value >= lo && value <= hi) return undefined;
  return `${signature} supports ${name} from ${loText} to ${hiText}, got ${value}`;
}

/** A scale parameter's range check: 2.2e-308 ≤ value ≤ 1.8e308, as N(mu, sigma) has. */
export const scaleError = (signature: string, name: string, value: number): string | undefined =>
  rangeError(signature, name, value, MIN_SCALE, MAX_FINITE, '2.2e-308', '1.8e308');

/** A location parameter's check: any finite double. */
export function locationError(signature: string, name: string, value: number): string | undefined {
  if (Number.isFinite(value)) return undefined;
  return `${signature} needs a finite ${name}, got ${value}`;
}

/** The first message of a list of checks, or undefined when all pass. */
export const firstError = (...errors: (string | undefined)[]): string | undefined =>
  errors.find((e) => e !== undefined);

/**
 * The parts of `p` not inside `q`: where P has mass and Q has none (for the support-mismatch shading).
 * Empty when p ⊆ q.
 */
export function intervalExcess(p: Interval, q: Interval): Interval[] {
  const out: Interval[] = [];
  if (p.hi < q.lo || p.lo > q.hi) return [p];
  if (p.lo < q.lo) out.push({ lo: p.lo, hi: q.lo });
  if (p.hi > q.hi) out.push({ lo: q.hi, hi: p.hi });
  return out;
}

/**
 * The x with F(x) = u for a continuous CDF, by bisection on [lo, hi] (expanded geometrically while
 * the bracket misses), using the lower CDF for u ≤ ½ and the survival function S = 1 − F for u > ½
 * so both tails keep relative accuracy. 200 halvings reach adjacent doubles from any finite bracket.
 * u = 0 gives the support's lower end, u = 1 the upper.
 */
export function invertContinuousCdf(
  u: number,
  cdf: (x: number) => number,
  survival: (x: number) => number,
  support: Interval,
  guess: number,
  spread: number,
): number {
  if (!(u > 0)) return support.lo;
  if (!(u < 1)) return support.hi;
  const upperTail = u > 0.5;
  const target = upperTail ? 1 - u : u;
  // g(x) increases with x: F(x) − u, or u' − S(x).
  const g = (x: number) => (upperTail ? target - survival(x) : cdf(x) - target);
  let step = spread > 0 && Number.isFinite(spread) ? spread : 1;
  let lo = Math.max(support.lo, guess - step);
  let hi = Math.min(support.hi, guess + step);
  for (let i = 0; i < 2100 && g(lo) > 0 && lo > support.lo; i++) {
    step *= 2;
    lo = Math.max(support.lo, guess - step);
  }
  step = spread > 0 && Number.isFinite(spread) ? spread : 1;
  for (let i = 0; i < 2100 && g(hi) < 0 && hi < support.hi; i++) {
    step *= 2;
    hi = Math.min(support.hi, guess + step);
  }
  for (let i = 0; i < 2200; i++) {
    const mid = lo + (hi - lo) / 2;
    if (mid <= lo || mid >= hi) break;
    if (g(mid) < 0) lo = mid;
    else hi = mid;
  }
  return lo + (hi - lo) / 2;
}

/**
 * The smallest integer k in [lo, hi] with F(k) ≥ u for a discrete CDF on the integers (the quantile
 * convention of SciPy's ppf), by bisection. u ≤ 0 gives lo; u ≥ 1 gives hi.
 */
export function invertIntegerCdf(
  u: number,
  cdf: (k: number) => number,
  lo: number,
  hi: number,
): number {
  if (!(u > 0)) return lo;
  if (!(u < 1)) return hi;
  let a = lo;
  let b = hi;
  while (b === Infinity || b - a > 0) {
    if (b === Infinity) {
      const probe = Math.max(1, a * 2 + 1);
      if (cdf(probe) >= u) b = probe;
      else a = probe + 1;
      continue;
    }
    const mid = Math.floor((a + b) / 2);
    if (cdf(mid) >= u) b = mid;
    else a = mid + 1;
  }
  return a;
}
