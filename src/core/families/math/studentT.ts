import { normalDraw } from '../../random/normal';
import { digamma, digammaAsymptoticTail } from '../../special/digamma';
import { logBeta } from '../../special/logBeta';
import { studentTCdf } from '../../special/studentT';
import {
  firstError,
  invertContinuousCdf,
  locationError,
  rangeError,
  scaleError,
  type Interval,
  type Sampler,
} from './common';
import { standardGammaDraw } from './gamma';

/** T(ν, μ, s): Student's t with ν degrees of freedom, location μ, scale s; μ + sT for standard T. */
export interface StudentTParams {
  readonly nu: number;
  readonly mu: number;
  readonly s: number;
}

/** ν from 0.1 (tails like |x|^(−1.1)) to 1e6 (indistinguishable from N at double precision). */
export const STUDENT_T_NU_RANGE = { lo: 0.1, hi: 1e6 } as const;

/** Why T(ν, μ, s) is invalid: ν from 0.1 to 1e6, μ finite, s from 2.2e-308 to 1.8e308. */
export function studentTParamError({ nu, mu, s }: StudentTParams): string | undefined {
  return firstError(
    rangeError(
      'T(nu, mu, s)',
      'nu',
      nu,
      STUDENT_T_NU_RANGE.lo,
      STUDENT_T_NU_RANGE.hi,
      '0.1',
      '1e6',
    ),
    locationError('T(nu, mu, s)', 'mu', mu),
    scaleError('T(nu, mu, s)', 's', s),
  );
}

export const studentTSupport = (): Interval => ({ lo: -Infinity, hi: Infinity });

/**
 * ln p(x) = −½ ln ν − ln B(ν/2, ½) − ln s − ((ν + 1)/2)·ln(1 + z²/ν), z = (x − μ)/s
 * (Γ((ν+1)/2)/(Γ(ν/2)√(νπ)) = 1/(√ν B(ν/2, ½)), which avoids two large ln Γ for big ν).
 * For z² beyond 1e300, ln(1 + z²/ν) is taken as 2 ln|z| − ln ν (+ ν/z², negligible). ±Infinity: −Infinity.
 */
export function studentTLogPdf(x: number, { nu, mu, s }: StudentTParams): number {
  const z = (x - mu) / s;
  if (!Number.isFinite(z)) return -Infinity;
  const az = Math.abs(z);
  const logKernel = az > 1e150 ? 2 * Math.log(az) - Math.log(nu) : Math.log1p((z * z) / nu);
  return -0.5 * Math.log(nu) - logBeta(nu / 2, 0.5) - Math.log(s) - ((nu + 1) / 2) * logKernel;
}

/** F(x) = F_ν((x − μ)/s), accurate in both tails (src/core/special/studentT.ts). */
export const studentTCdfAt = (x: number, { nu, mu, s }: StudentTParams): number =>
  studentTCdf((x - mu) / s, nu);

/** 1 − F(x) = F_ν(−(x − μ)/s). */
export const studentTSurvival = (x: number, { nu, mu, s }: StudentTParams): number =>
  studentTCdf(-(x - mu) / s, nu);

/** The quantile by bisection on the tail that u lies in; for ν ≤ 1 the tails are wide, so it brackets geometrically. */
export function studentTQuantile(u: number, p: StudentTParams): number {
  return invertContinuousCdf(
    u,
    (x) => studentTCdfAt(x, p),
    (x) => studentTSurvival(x, p),
    studentTSupport(),
    p.mu,
    p.s,
  );
}

/** The mean μ for ν > 1; undefined for ν ≤ 1 (E|X| = ∞: the mean does not exist). */
export const studentTMean = ({ nu, mu }: StudentTParams): number | undefined =>
  nu > 1 ? mu : undefined;

/**
 * The variance s²ν/(ν − 2) for ν > 2; +Infinity for 1 < ν ≤ 2 (the mean exists, E[X²] = ∞);
 * undefined for ν ≤ 1, where not even the mean exists. Never NaN.
 */
export function studentTVariance({ nu, s }: StudentTParams): number | undefined {
  if (nu <= 1) return undefined;
  if (nu <= 2) return Infinity;
  return (s * s * nu) / (nu - 2);
}

/**
 * ψ(a + ½) − ψ(a): for a ≥ 10 as ln(1 + 1/(2a)) + 1/(2a(2a + 1)) + S(a) − S(a + ½) (S the digamma
 * series tail), which is ≈ 1/a without subtracting two ψ ≈ ln a (that loses ≈ a·ε once multiplied
 * by ν + 1 in the entropy).
 */
function digammaHalfStep(a: number): number {
  if (a < 10) return digamma(a + 0.5) - digamma(a);
  return (
    Math.log1p(0.5 / a) +
    1 / (2 * a * (2 * a + 1)) +
    digammaAsymptoticTail(a) -
    digammaAsymptoticTail(a + 0.5)
  );
}

/**
 * Differential entropy ((ν + 1)/2)[ψ((ν + 1)/2) − ψ(ν/2)] + ln(√ν B(ν/2, ½)) + ln s nats, finite for
 * every ν > 0; → ½ ln(2πe s²) as ν → ∞.
 */
export function studentTEntropy({ nu, s }: StudentTParams): number {
  return (
    ((nu + 1) / 2) * digammaHalfStep(nu / 2) +
    0.5 * Math.log(nu) +
    logBeta(nu / 2, 0.5) +
    Math.log(s)
  );
}

/**
 * μ + s·Z/√(V/ν) with Z ~ N(0, 1) (ziggurat) and V ~ χ²_ν = 2·Gamma(ν/2, 1) (Marsaglia–Tsang): exact
 * for every ν, where inversion of the CDF would cost a bisection per draw.
 */
export function studentTSampler({ nu, mu, s }: StudentTParams): Sampler {
  const halfNu = nu / 2;
  return (rng) => {
    const z = normalDraw(rng);
    const v = 2 * standardGammaDraw(rng, halfNu);
    return mu + s * z * Math.sqrt(nu / v);
  };
}
