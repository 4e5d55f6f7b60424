/**
 * The pointwise integrands of every continuous measure, from the two log-densities at one point,
 * in this order: KL(P‖Q), KL(Q‖P), JS, H(P, Q), H(P), H(Q). Working from log p and log q keeps them
 * finite where a density underflows: there p = 0 and the term p·(…) is 0.
 */
import { BEYOND_DOUBLE, type MeasureSet, type MeasureValue } from '../divergences/types';
import {
  INTEGRATED_KEYS,
  MEASURE_BY_KEY,
  MEASURE_KEYS,
  type IntegratedKey,
  type MeasureKey,
} from '../measures/table';
import { nats } from '../units';

/** The integrated measures of the table (`core/measures/table.ts`), in table order. */
export const MEASURE_INTEGRAND_DIM = INTEGRATED_KEYS.length;
/** Each integrated measure's index in the integrand vector (klPQ 0, klQP 1, js 2, cePQ 3, hP 4, hQ 5). */
export const INTEGRAND = Object.fromEntries(INTEGRATED_KEYS.map((k, i) => [k, i])) as {
  readonly [K in IntegratedKey]: number;
};

/** Measures given in closed form, which the quadrature need not integrate. */
export type ClosedValues = Partial<Record<IntegratedKey, MeasureValue>>;

/**
 * Which integrands the quadrature must compute: every integrated measure not in `closed`, in
 * integrand order (the `active` mask of the Gauss–Kronrod rule).
 */
export const activeIntegrands = (closed: ClosedValues): boolean[] =>
  INTEGRATED_KEYS.map((k) => !closed[k]);

/**
 * The writer below is the table's integrands inlined at their fixed indices, because it is the
 * quadrature's innermost loop (a call per measure per point measured slower); `measureIntegrands.test`
 * checks that the derived `INTEGRAND` indices are the ones written here.
 *
 * JS uses p·log(2p/(p + q)) = p·(log p − logaddexp(log p, log q) + ln 2), whose log term is bounded
 * by ln 2 whatever the ratio p/q, so the JS integrand never sees a catastrophic log(p/q).
 */
export function writeMeasureIntegrands(lp: number, lq: number, out: Float64Array, o = 0): void {
  writeMeasureIntegrandsWithDensities(
    lp,
    lp === -Infinity ? 0 : Math.exp(lp),
    lq,
    lq === -Infinity ? 0 : Math.exp(lq),
    out,
    o,
  );
}

/**
 * {@link writeMeasureIntegrands} for a caller that already holds p = e^lp and q = e^lq (the 2-D
 * mixture tables form them while summing components), saving two exps per point.
 */
export function writeMeasureIntegrandsWithDensities(
  lp: number,
  p: number,
  lq: number,
  q: number,
  out: Float64Array,
  o = 0,
): void {
  // log(p + q) directly while the sum is a normal number (one log instead of exp + log1p);
  // logaddexp in log space once it would underflow.
  const sum = p + q;
  const max = lp > lq ? lp : lq;
  const lm =
    sum > 1e-300
      ? Math.log(sum)
      : max === -Infinity
        ? max
        : max + Math.log1p(Math.exp(-Math.abs(lp - lq)));
  out[o + 0] = p === 0 ? 0 : p * (lp - lq);
  out[o + 1] = q === 0 ? 0 : q * (lq - lp);
  out[o + 2] =
    0.5 * ((p === 0 ? 0 : p * (lp - lm + Math.LN2)) + (q === 0 ? 0 : q * (lq - lm + Math.LN2)));
  out[o + 3] = p === 0 ? 0 : -p * lq;
  out[o + 4] = p === 0 ? 0 : -p * lp;
  out[o + 5] = q === 0 ? 0 : -q * lq;
}

/** +Infinity (an integral whose true value exceeds the largest double) carries its reason. */
/**
 * KL(P‖Q) + KL(Q‖P): infinite for the reason of the first infinite term, or 'beyond-double' if
 * only the sum overflows (two finite KLs of 1e308 each).
 */
function symmetricSum(
  a: MeasureValue,
  b: MeasureValue,
  method: MeasureValue['method'],
): MeasureValue {
  const value = a.value + b.value;
  if (value !== Infinity) return { value: nats(value), error: a.error + b.error, method };
  return { value: nats(value), error: 0, method, reason: a.reason ?? b.reason ?? BEYOND_DOUBLE };
}

const numeric = (value: number, error: number): MeasureValue =>
  value === Infinity
    ? { value: nats(value), error: 0, method: 'quadrature', reason: BEYOND_DOUBLE }
    : { value: nats(value), error, method: 'quadrature' };

/**
 * A MeasureSet from quadrature results (in {@link INTEGRAND} order), with closed forms substituted
 * where available. KL and JS are clamped into their ranges ([0, ∞) and [0, ln 2]): a value outside
 * is quadrature error, already covered by the error estimate.
 */
export function measureSetFromQuadrature(
  values: ArrayLike<number>,
  errors: ArrayLike<number>,
  closed: ClosedValues,
): MeasureSet {
  const pick = (key: IntegratedKey): MeasureValue => {
    const c = closed[key];
    if (c) return c;
    const i = INTEGRAND[key];
    const { min, max } = MEASURE_BY_KEY[key].integrated;
    return numeric(Math.min(max, Math.max(min, values[i]!)), errors[i]!);
  };
  const out: Partial<Record<MeasureKey, MeasureValue>> = {};
  for (const key of INTEGRATED_KEYS) out[key] = pick(key);
  const klPQ = out.klPQ!;
  const klQP = out.klQP!;
  const symMethod =
    klPQ.method === 'closed-form' && klQP.method === 'closed-form' ? 'closed-form' : 'quadrature';
  // The one derived measure: the sum of the two KLs.
  out.symKl = symmetricSum(klPQ, klQP, symMethod);
  return Object.fromEntries(MEASURE_KEYS.map((k) => [k, out[k]!])) as MeasureSet;
}
