import type { MeasureValue } from '../../divergences/types';
import { exact } from '../../divergences/types';
import { firstError, intervalExcess, locationError, type Interval, type Sampler } from './common';

/** U(a, b): constant density 1/(b − a) on the closed interval [a, b]. */
export interface UniformParams {
  readonly a: number;
  readonly b: number;
}

/**
 * Why U(a, b) is invalid, or undefined: a and b finite with a < b and a finite width b − a (so
 * U(−1e308, 1e308), width 2e308, is refused).
 */
export function uniformParamError({ a, b }: UniformParams): string | undefined {
  return firstError(
    locationError('U(a, b)', 'a', a),
    locationError('U(a, b)', 'b', b),
    a < b ? undefined : `U(a, b) needs a < b, got a = ${a}, b = ${b}`,
    Number.isFinite(b - a)
      ? undefined
      : `U(a, b) supports widths b − a up to 1.8e308, got ${a}, ${b}`,
  );
}

/** The support [a, b] (closed: the density is 1/(b − a) at both edges). */
export const uniformSupport = ({ a, b }: UniformParams): Interval => ({ lo: a, hi: b });

/** ln p(x) = −ln(b − a) on [a, b] (edges included), −Infinity outside. */
export function uniformLogPdf(x: number, { a, b }: UniformParams): number {
  return x >= a && x <= b ? -Math.log(b - a) : -Infinity;
}

/** F(x) = (x − a)/(b − a), clamped to [0, 1]. */
export function uniformCdf(x: number, { a, b }: UniformParams): number {
  if (x <= a) return 0;
  if (x >= b) return 1;
  return (x - a) / (b - a);
}

/** The quantile a + u(b − a) for u ∈ [0, 1], never past b. */
export function uniformQuantile(u: number, { a, b }: UniformParams): number {
  return Math.min(b, a + u * (b - a));
}

/** (a + b)/2, halved first so it never overflows. */
export const uniformMean = ({ a, b }: UniformParams): number => a / 2 + b / 2;
/** (b − a)²/12. */
export const uniformVariance = ({ a, b }: UniformParams): number => ((b - a) * (b - a)) / 12;
/** Differential entropy ln(b − a) nats (negative for widths below 1). */
export const uniformEntropy = ({ a, b }: UniformParams): number => Math.log(b - a);

/** a + (b − a)u with u ∈ (0, 1) from the generator; the result lies in [a, b]. */
export function uniformSampler({ a, b }: UniformParams): Sampler {
  const width = b - a;
  return (rng) => Math.min(b, a + width * rng.nextUniform());
}

/**
 * KL(P‖Q) between uniforms: ln[(b_q − a_q)/(b_p − a_p)] when [a_p, b_p] ⊆ [a_q, b_q], else +Infinity
 * with a support mismatch (`zeroIn` names the second argument's role, 'Q' by default): P has mass on
 * {@link intervalExcess}(P, Q) where Q has none. Nested, overlapping and disjoint supports are covered.
 */
export function klUniform(
  p: UniformParams,
  q: UniformParams,
  zeroIn: 'P' | 'Q' = 'Q',
): MeasureValue {
  if (p.a < q.a || p.b > q.b) return exact(Infinity, { code: 'support-mismatch', zeroIn });
  // Two logs, not the log of a ratio that overflows for U(0, 1e-300) inside U(0, 1e300).
  return exact(Math.log(q.b - q.a) - Math.log(p.b - p.a));
}

/** H(P, Q) = −E_P[ln q] = ln(b_q − a_q) when P's support is inside Q's, else +Infinity (mismatch). */
export function uniformCrossEntropy(
  p: UniformParams,
  q: UniformParams,
  zeroIn: 'P' | 'Q' = 'Q',
): MeasureValue {
  if (p.a < q.a || p.b > q.b) return exact(Infinity, { code: 'support-mismatch', zeroIn });
  return exact(Math.log(q.b - q.a));
}

/** Where U(p) has mass and U(q) has none (empty when nested). */
export const uniformMismatch = (p: UniformParams, q: UniformParams): Interval[] =>
  intervalExcess(uniformSupport(p), uniformSupport(q));
