import type { MeasureValue } from '../../divergences/types';
import { exactOrBeyond } from '../../divergences/types';
import { digamma, digammaAsymptoticTail } from '../../special/digamma';
import { betaTails } from '../../special/incompleteBeta';
import { logBeta } from '../../special/logBeta';
import { logBinomialRaw } from '../../special/loader';
import { logGammaBregman } from '../../special/logGammaBregman';
import { stirlingRemainder } from '../../special/logGamma';
import { firstError, invertContinuousCdf, rangeError, type Interval, type Sampler } from './common';
import { standardGammaDraw } from './gamma';

/** Beta(a, b): density x^(a−1)(1 − x)^(b−1)/B(a, b) on [0, 1]. */
export interface BetaParams {
  readonly a: number;
  readonly b: number;
}

/** Shape range 0.05 … 1e6 (as Gamma's shape: the sampler is two Gamma draws). */
export function betaParamError({ a, b }: BetaParams): string | undefined {
  return firstError(
    rangeError('Beta(a, b)', 'a', a, 0.05, 1e6, '0.05', '1e6'),
    rangeError('Beta(a, b)', 'b', b, 0.05, 1e6, '0.05', '1e6'),
  );
}

export const betaSupport = (): Interval => ({ lo: 0, hi: 1 });

/**
 * ln p(x) for 0 < x < 1, as ln[ab/(a + b)] + ln[Loader's binomial term at (a; a + b, x)] − ln x − ln(1 − x),
 * which keeps large a, b exact (no ln B cancellation).
 * Edges: at x = 0 the density is +Infinity for a < 1 (returned as +Infinity: integrable, and a
 * quadrature must not sample the edge itself), b for a = 1 (ln b), 0 for a > 1 (−Infinity);
 * at x = 1 the same with b. Outside [0, 1]: −Infinity.
 */
export function betaLogPdf(x: number, { a, b }: BetaParams): number {
  if (x < 0 || x > 1) return -Infinity;
  if (x === 0) return a < 1 ? Infinity : a === 1 ? Math.log(b) : -Infinity;
  if (x === 1) return b < 1 ? Infinity : b === 1 ? Math.log(a) : -Infinity;
  return betaLogPdfXY(x, 1 - x, { a, b });
}

/** The interior ln p from x and y = 1 − x given separately (0 < x, y), so neither need be rounded. */
function betaLogPdfXY(x: number, y: number, { a, b }: BetaParams): number {
  return logBinomialRaw(a, a + b, x, y) + Math.log((a * b) / (a + b)) - Math.log(x) - Math.log(y);
}

/**
 * ln p at x = t (side 'lo') or x = 1 − t (side 'hi') with t exact: the same formula as
 * {@link betaLogPdf} fed both x and 1 − x without forming either by subtraction, so it stays exact for
 * t far below the doubles' spacing at 1 (where Beta with b < 1 still holds mass ≈ t^b).
 * t = 0 is the edge itself (as betaLogPdf there); t outside [0, 1]: −Infinity.
 */
export function betaLogPdfNearEdge(side: 'lo' | 'hi', t: number, p: BetaParams): number {
  if (!(t >= 0 && t <= 1)) return -Infinity;
  if (t === 0 || t === 1) return betaLogPdf(side === 'lo' ? t : 1 - t, p);
  return side === 'lo' ? betaLogPdfXY(t, 1 - t, p) : betaLogPdfXY(1 - t, t, p);
}

/** F(x) = I_x(a, b). */
export const betaCdf = (x: number, { a, b }: BetaParams): number => betaTails(x, a, b).lower;
/** 1 − F(x), accurate in the upper tail. */
export const betaSurvival = (x: number, { a, b }: BetaParams): number => betaTails(x, a, b).upper;

/** The quantile by bisection on F or 1 − F. */
export function betaQuantile(u: number, p: BetaParams): number {
  return invertContinuousCdf(
    u,
    (x) => betaCdf(x, p),
    (x) => betaSurvival(x, p),
    betaSupport(),
    betaMean(p),
    Math.sqrt(betaVariance(p)),
  );
}

export const betaMean = ({ a, b }: BetaParams): number => a / (a + b);
export const betaVariance = ({ a, b }: BetaParams): number =>
  (a / (a + b)) * (b / (a + b)) * (1 / (a + b + 1));
/**
 * Differential entropy ln B(a, b) − (a − 1)ψ(a) − (b − 1)ψ(b) + (a + b − 2)ψ(a + b) nats (≤ 0).
 * For a, b ≥ 10 the terms (≈ 10⁵ at a = b = 10⁴) cancel, so the Stirling forms are combined first
 * (s = a + b, R the Stirling remainder, S the digamma series tail):
 * ½ ln(2πab/s³) + ½ − 1/(2a) − 1/(2b) + 1/s + (a−1)S(a) + (b−1)S(b) − (s−2)S(s) + R(a) + R(b) − R(s).
 */
export function betaEntropy({ a, b }: BetaParams): number {
  if (a >= 10 && b >= 10) {
    const s = a + b;
    return (
      0.5 * (Math.log(2 * Math.PI) - Math.log1p(b / a) - Math.log1p(a / b) - Math.log(s)) +
      0.5 -
      0.5 / a -
      0.5 / b +
      1 / s +
      (a - 1) * digammaAsymptoticTail(a) +
      (b - 1) * digammaAsymptoticTail(b) -
      (s - 2) * digammaAsymptoticTail(s) +
      stirlingRemainder(a) +
      stirlingRemainder(b) -
      stirlingRemainder(s)
    );
  }
  return logBeta(a, b) - (a - 1) * digamma(a) - (b - 1) * digamma(b) + (a + b - 2) * digamma(a + b);
}

/**
 * X = G_a/(G_a + G_b) with independent standard Gamma draws (Marsaglia–Tsang). Rounding: for a
 * or b below 1 a true value within 1e-16 of an edge rounds to exactly 0 or 1 (for Beta(1, 0.1)
 * that is ≈ 2.5 % of draws), where {@link betaLogPdf} is ±Infinity; a Monte Carlo consumer must
 * treat those draws as the edge limit or keep a and b ≥ 1.
 */
export function betaSampler({ a, b }: BetaParams): Sampler {
  return (rng) => {
    const ga = standardGammaDraw(rng, a);
    const gb = standardGammaDraw(rng, b);
    return ga / (ga + gb);
  };
}

/**
 * KL(Beta(a₁, b₁)‖Beta(a₂, b₂)) = ln B(a₂, b₂) − ln B(a₁, b₁) + (a₁ − a₂)ψ(a₁) + (b₁ − b₂)ψ(b₁)
 * + (a₂ − a₁ + b₂ − b₁)ψ(a₁ + b₁), evaluated as G(a₁, a₂) + G(b₁, b₂) − G(a₁ + b₁, a₂ + b₂) with G
 * the Bregman divergence of ln Γ ({@link logGammaBregman}), which keeps large shapes exact
 * (6e-10 relative at a = b = 10⁴ by the textbook formula, 1e-15 this way).
 */
export function klBeta(p: BetaParams, q: BetaParams): MeasureValue {
  return exactOrBeyond(
    logGammaBregman(p.a, q.a) + logGammaBregman(p.b, q.b) - logGammaBregman(p.a + p.b, q.a + q.b),
  );
}

/**
 * H(P, Q) = ln B(a₂, b₂) − (a₂ − 1)(ψ(a₁) − ψ(a₁ + b₁)) − (b₂ − 1)(ψ(b₁) − ψ(a₁ + b₁)). With every
 * shape ≥ 10 it is evaluated as H(P) + KL(P‖Q) (both free of the large-shape cancellation); below,
 * directly (where H(P) + KL would cancel instead).
 */
export function betaCrossEntropy(p: BetaParams, q: BetaParams): MeasureValue {
  if (Math.min(p.a, p.b, q.a, q.b) >= 10) {
    return exactOrBeyond(betaEntropy(p) + klBeta(p, q).value);
  }
  const psiSum = digamma(p.a + p.b);
  return exactOrBeyond(
    logBeta(q.a, q.b) - (q.a - 1) * (digamma(p.a) - psiSum) - (q.b - 1) * (digamma(p.b) - psiSum),
  );
}
