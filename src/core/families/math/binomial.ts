import type { MeasureValue } from '../../divergences/types';
import { exact, exactOrBeyond } from '../../divergences/types';
import { betaTails } from '../../special/incompleteBeta';
import { deviance0, logBinomialRaw } from '../../special/loader';
import { logFactorial } from '../../special/logGamma';
import { firstError, invertIntegerCdf, type Interval, type Sampler } from './common';

/** Bin(n, p) on {0, …, n}: pmf C(n, k)pᵏ(1 − p)ⁿ⁻ᵏ. */
export interface BinomialParams {
  readonly n: number;
  readonly p: number;
}

export const BINOMIAL_MAX_N = 10_000;

/** Why Bin(n, p) is invalid: n an integer from 1 to 10,000, p from 0 to 1 (both edges allowed). */
export function binomialParamError({ n, p }: BinomialParams): string | undefined {
  return firstError(
    Number.isInteger(n) && n >= 1 && n <= BINOMIAL_MAX_N
      ? undefined
      : `Bin(n, p) supports whole numbers n from 1 to 10000, got ${n}`,
    p >= 0 && p <= 1 ? undefined : `Bin(n, p) supports p from 0 to 1, got ${p}`,
  );
}

/** The outcomes with positive probability: {0} for p = 0, {n} for p = 1, else {0, …, n}. */
export function binomialSupport({ n, p }: BinomialParams): Interval {
  if (p === 0) return { lo: 0, hi: 0 };
  if (p === 1) return { lo: n, hi: n };
  return { lo: 0, hi: n };
}

/**
 * ln P(X = k) by Loader's saddle point (R's dbinom): a few ε absolute for n = 10⁴ in every tail.
 * p = 0 / 1: 0 at k = 0 / n, −Infinity elsewhere. k outside {0, …, n} or non-integer: −Infinity.
 */
export function binomialLogPmf(k: number, { n, p }: BinomialParams): number {
  if (k < 0 || k > n || k !== Math.floor(k)) return -Infinity;
  return logBinomialRaw(k, n, p, 1 - p);
}

/** P(X ≤ k) = 1 − I_p(k + 1, n − k) (the incomplete beta's upper tail, no cancellation). */
export function binomialCdf(k: number, { n, p }: BinomialParams): number {
  if (k < 0) return 0;
  if (k >= n) return 1;
  const j = Math.floor(k);
  return betaTails(p, j + 1, n - j, 1 - p).upper;
}

/** P(X > k) = I_p(k + 1, n − k). */
export function binomialSurvival(k: number, { n, p }: BinomialParams): number {
  if (k < 0) return 1;
  if (k >= n) return 0;
  const j = Math.floor(k);
  return betaTails(p, j + 1, n - j, 1 - p).lower;
}

/** The smallest k with P(X ≤ k) ≥ u. */
export function binomialQuantile(u: number, params: BinomialParams): number {
  const s = binomialSupport(params);
  return invertIntegerCdf(u, (k) => binomialCdf(k, params), s.lo, s.hi);
}

export const binomialMean = ({ n, p }: BinomialParams): number => n * p;
export const binomialVariance = ({ n, p }: BinomialParams): number => n * p * (1 - p);

/** Below this n·min(p, 1 − p) the sampler inverts the CDF; above, BTRS. */
export const BINOMIAL_INVERSION_BELOW = 10;

/**
 * Bin(n, p) draws, on r = min(p, 1 − p) (and n − X for p > ½), so every path sees r ≤ ½.
 * n·r < 10: sequential inversion from k = 0 (one uniform, ≈ n·r + 1 steps).
 * Otherwise BTRS, Hörmann (1993), "The generation of binomial random variates" (transformed
 * rejection with squeeze, the method of TensorFlow and JAX): ≈ 1.15 uniform pairs per draw and an
 * exact acceptance test against ln P(X = k). p ∈ {0, 1} return 0 / n without consuming the generator.
 */
export function binomialSampler({ n, p }: BinomialParams): Sampler {
  if (p === 0) return () => 0;
  if (p === 1) return () => n;
  const flip = p > 0.5;
  const r = flip ? 1 - p : p;
  const q = 1 - r;
  const draw = n * r < BINOMIAL_INVERSION_BELOW ? inversion(n, r, q) : btrs(n, r, q);
  return flip ? (rng) => n - draw(rng) : draw;
}

function inversion(n: number, r: number, q: number): Sampler {
  const p0 = Math.exp(n * Math.log1p(-r));
  const odds = r / q;
  return (rng) => {
    const u = rng.nextUniform();
    let k = 0;
    let prob = p0;
    let cdf = p0;
    while (u > cdf && k < n) {
      prob *= ((n - k) / (k + 1)) * odds;
      k += 1;
      cdf += prob;
    }
    return k;
  };
}

function btrs(n: number, r: number, q: number): Sampler {
  const spq = Math.sqrt(n * r * q);
  const b = 1.15 + 2.53 * spq;
  const a = -0.0873 + 0.0248 * b + 0.01 * r;
  const c = n * r + 0.5;
  const vr = 0.92 - 4.2 / b;
  const alpha = (2.83 + 5.1 / b) * spq;
  const lpq = Math.log(r / q);
  const m = Math.floor((n + 1) * r);
  const h = logFactorial(m) + logFactorial(n - m);
  return (rng) => {
    for (;;) {
      const u = rng.nextUniform() - 0.5;
      const v = rng.nextUniform();
      const us = 0.5 - Math.abs(u);
      const k = Math.floor(((2 * a) / us + b) * u + c);
      if (k < 0 || k > n) continue;
      if (us >= 0.07 && v <= vr) return k;
      const lv = Math.log((v * alpha) / (a / (us * us) + b));
      if (lv <= h - logFactorial(k) - logFactorial(n - k) + (k - m) * lpq) return k;
    }
  };
}

/**
 * KL(Bin(n, p)‖Bin(n, q)), equal n: n·[p ln(p/q) + (1 − p) ln((1 − p)/(1 − q))], computed as
 * n·[bd0(p, q) + bd0(1 − p, 1 − q)] (Loader's deviance, homogeneous of degree 1; the linear parts
 * cancel exactly) with the difference q − p passed exactly to the second term, so nearly equal p keep
 * their digits (n·q or 1 − p rounded first would cost 1e-7 relative at |p − q| = 1e-9). +Infinity with a support mismatch when Q gives 0 to an outcome
 * P can produce (q = 0 < p, or q = 1 > p), with `outcome` the first such k. Different n: not closed here (see integerSums.ts).
 * @throws RangeError for different n.
 */
export function klBinomial(
  p: BinomialParams,
  q: BinomialParams,
  zeroIn: 'P' | 'Q' = 'Q',
): MeasureValue {
  if (p.n !== q.n) throw new RangeError(`klBinomial needs equal n, got ${p.n} and ${q.n}`);
  const sp = binomialSupport(p);
  const sq = binomialSupport(q);
  if (sp.lo < sq.lo || sp.hi > sq.hi) {
    const outcome = sp.lo < sq.lo ? sp.lo : Math.max(sq.hi + 1, sp.lo);
    return exact(Infinity, { code: 'support-mismatch', zeroIn, outcome });
  }
  const part = (x: number, m: number, diff: number) => (x === 0 ? m : deviance0(x, m, diff));
  return exactOrBeyond(p.n * (part(p.p, q.p, p.p - q.p) + part(1 - p.p, 1 - q.p, q.p - p.p)));
}
