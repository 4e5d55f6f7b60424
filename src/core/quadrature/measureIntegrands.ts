/**
 * The pointwise integrands of every continuous measure, from the two log-densities at one point:
 * the table's pointwise terms (core/measures/table.ts) that the writer below has inlined, KL(P‖Q),
 * KL(Q‖P), JS, H(P, Q), H(P), H(Q), TV, H², then the Rényi divergence's two (its gap
 * αp + (1−α)q − p^α q^(1−α) and its shifted mass e^(α ln p + (1−α) ln q − shift), see
 * divergences/renyiTerms.ts), then any other pointwise measure of the table, through its `term`.
 * Working from log p and log q keeps them finite where a density underflows: there p = 0 and the
 * term p·(…) is 0.
 */
import {
  BEYOND_DOUBLE,
  DIVERGENT_INTEGRAL,
  type InfiniteReason,
  type MeasureSet,
  type MeasureValue,
} from '../divergences/types';
import { completeMeasureSet } from '../divergences/measureSet';
import { renyiFromGap, renyiGapTerm, type RenyiOrder } from '../divergences/renyiTerms';
import {
  INTEGRATED_KEYS,
  MEASURE_BY_KEY,
  POINTWISE,
  type IntegratedKey,
  type PointTerm,
} from '../measures/table';
import { nats } from '../units';
import { logAddExp } from '../numeric/logspace';

/** The pointwise measures the writer below has inlined, in the order it writes them. */
export const INLINED_KEYS = [
  'klPQ',
  'klQP',
  'js',
  'cePQ',
  'hP',
  'hQ',
  'tv',
  'hellinger',
] as const satisfies readonly IntegratedKey[];
/** The auxiliary integrands of the Rényi divergence, after the inlined measures. */
const RENYI_SLOTS = ['renyiGap', 'renyiMass'] as const;
const inlined: readonly IntegratedKey[] = INLINED_KEYS;
/** The table's other pointwise measures, written through their `term` after Rényi's two. */
const GENERIC = POINTWISE.filter((m) => !inlined.includes(m.key));
const GENERIC_TERMS: readonly PointTerm[] = GENERIC.map((m) => m.term);
type Slot = IntegratedKey | (typeof RENYI_SLOTS)[number];
const SLOTS: readonly Slot[] = [...INLINED_KEYS, ...RENYI_SLOTS, ...GENERIC.map((m) => m.key)];
const FIRST_GENERIC = INLINED_KEYS.length + RENYI_SLOTS.length;

/** The number of integrands: every pointwise measure of the table and Rényi's two. */
export const MEASURE_INTEGRAND_DIM = SLOTS.length;
/**
 * Each integrand's index (klPQ 0, klQP 1, js 2, cePQ 3, hP 4, hQ 5, tv 6, hellinger 7,
 * renyiGap 8, renyiMass 9, then the table's other pointwise measures).
 */
export const INTEGRAND = Object.fromEntries(SLOTS.map((k, i) => [k, i])) as {
  readonly [K in Slot]: number;
};

/** Measures given in closed form (or known infinite), which the quadrature need not integrate. */
export type ClosedValues = Partial<Record<IntegratedKey | 'renyi', MeasureValue>>;

/**
 * Which integrands the quadrature must compute: every integrated measure not in `closed`, in
 * integrand order (the `active` mask of the Gauss–Kronrod rule); Rényi's two unless it is closed.
 */
export const activeIntegrands = (closed: ClosedValues, alpha: number): boolean[] =>
  SLOTS.map((k) =>
    k === 'renyiGap' || k === 'renyiMass' ? renyiIntegrated(closed, alpha) : !closed[k],
  );

/** Whether D_α needs its integrals: not closed, and α ≠ 1 (where it is KL(P‖Q) itself). */
export const renyiIntegrated = (closed: ClosedValues, alpha: number): boolean =>
  !closed.renyi && alpha !== 1;

/**
 * Every integrated measure marked as not needed (placeholders of 0), except the Rényi divergence
 * and, for α ≥ 1, KL(P‖Q) (D₁ is KL, and D_α is infinite wherever KL is): for a caller that wants
 * D_α alone (the f-divergence panel's curve over many orders). The other values are meaningless.
 */
export const renyiOnly = (alpha: number): ClosedValues =>
  Object.fromEntries(
    INTEGRATED_KEYS.filter((k) => !(alpha >= 1 && k === 'klPQ')).map((k) => [
      k,
      { value: nats(0), error: 0, method: 'quadrature' },
    ]),
  ) as ClosedValues;

/**
 * The writer below is the table's terms inlined at their fixed indices, because it is the
 * quadrature's innermost loop (a call per measure per point measured slower); `table.test` checks
 * that it writes what the table's terms give. A measure added to the table needs nothing here: it
 * is written through its `term` (and may be inlined later, if a profile asks for it).
 */
export function writeMeasureIntegrands(
  lp: number,
  lq: number,
  out: Float64Array,
  o: number,
  r: RenyiOrder,
): void {
  writeMeasureIntegrandsWithDensities(
    lp,
    lp === -Infinity ? 0 : Math.exp(lp),
    lq,
    lq === -Infinity ? 0 : Math.exp(lq),
    out,
    o,
    r,
  );
}

function writeInlined(
  lp: number,
  p: number,
  lq: number,
  q: number,
  out: Float64Array,
  o: number,
  r: RenyiOrder,
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
  // TV ½|p − q| and H² ½(√p − √q)² = ½(p − q)²/(√p + √q)², the latter ordered so that neither
  // (p − q)² nor (√p + √q)² need be formed (a 2-D spike's density may be 1e300).
  const d = p - q;
  out[o + 6] = 0.5 * Math.abs(d);
  const s = Math.sqrt(p) + Math.sqrt(q);
  out[o + 7] = s === 0 ? 0 : 0.5 * (d / s) * (d / s);
  out[o + 8] = renyiGapTerm(lp, p, lq, q, r);
  out[o + 9] = p === 0 || (q === 0 && r.t > 0) ? 0 : Math.exp(r.alpha * lp + r.t * lq - r.shift);
}

const writeInlinedAndGeneric: typeof writeInlined = (lp, p, lq, q, out, o, r) => {
  writeInlined(lp, p, lq, q, out, o, r);
  const sum = p + q;
  const lpq = sum > 1e-300 ? Math.log(sum) : logAddExp(lp, lq);
  for (let i = 0; i < GENERIC_TERMS.length; i++)
    out[o + FIRST_GENERIC + i] = GENERIC_TERMS[i]!(lp, p, lq, q, lpq);
};

/**
 * {@link writeMeasureIntegrands} for a caller that already holds p = e^lp and q = e^lq (the 2-D
 * mixture tables form them while summing components), saving two exps per point. Without other
 * pointwise measures than the inlined ones, the inlined writer itself, so the innermost loop pays
 * nothing for a generic path it does not need.
 */
export const writeMeasureIntegrandsWithDensities =
  GENERIC_TERMS.length === 0 ? writeInlined : writeInlinedAndGeneric;

/** +Infinity (an integral whose true value exceeds the largest double) carries its reason. */
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
  r: RenyiOrder,
): MeasureSet {
  const pick = (key: IntegratedKey): MeasureValue => {
    const c = closed[key];
    if (c) return c;
    const i = INTEGRAND[key];
    const { min, max } = MEASURE_BY_KEY[key].integrated;
    return numeric(Math.min(max, Math.max(min, values[i]!)), errors[i]!);
  };
  const out = Object.fromEntries(INTEGRATED_KEYS.map((k) => [k, pick(k)])) as Record<
    IntegratedKey,
    MeasureValue
  >;
  const klPQ = out.klPQ;
  const renyi = r.t === 0 ? klPQ : (closed.renyi ?? renyiFromQuadrature(values, errors, klPQ, r));
  return completeMeasureSet(out, renyi);
}

/** No overlap: I = 0, so every order below 1 is infinite too (P's mass lies where Q has none). */
const NO_OVERLAP: InfiniteReason = { code: 'support-mismatch', zeroIn: 'Q' };

/**
 * D_α(P‖Q) from the two Rényi integrands (gap and shifted mass, see renyiTerms.ts). α = 1 is
 * KL(P‖Q) itself; α > 1 with KL(P‖Q) = ∞ is ∞ for the same reason (D_α is nondecreasing in α). A
 * mass integral that overflowed although the caller's divergence checks passed is reported as
 * 'divergent-integral'.
 */
function renyiFromQuadrature(
  values: ArrayLike<number>,
  errors: ArrayLike<number>,
  klPQ: MeasureValue,
  r: RenyiOrder,
): MeasureValue {
  if (r.t === 0) return klPQ;
  if (r.t < 0 && klPQ.reason) return klPQ;
  const gap = values[INTEGRAND.renyiGap]!;
  const mass = values[INTEGRAND.renyiMass]!;
  if (!Number.isFinite(gap) || !Number.isFinite(mass))
    return { value: nats(Infinity), error: 0, method: 'quadrature', reason: DIVERGENT_INTEGRAL };
  const massError = errors[INTEGRAND.renyiMass]!;
  return renyiFromGap(
    gap,
    errors[INTEGRAND.renyiGap]!,
    mass > 0 ? Math.log(mass) + r.shift : -Infinity,
    mass > 0 ? massError / mass : 0,
    r,
    'quadrature',
    NO_OVERLAP,
  );
}

/**
 * The shift for the Rényi mass integrand: the largest α ln p + (1−α) ln q over sample points (the
 * quadrature's breakpoints), so the integrand's peak is about 1 whatever the pair's overlap: two
 * Normals 40σ apart have I = e^(−200α(1−α)), which a tolerance of 1e-15 could not resolve unshifted.
 * 0 if no sample point has both densities positive.
 */
export function renyiShift(
  points: ArrayLike<number>,
  logP: (x: number) => number,
  logQ: (x: number) => number,
  alpha: number,
): number {
  let best = -Infinity;
  for (let i = 0; i < points.length; i++) {
    const x = points[i]!;
    const g = alpha * logP(x) + (1 - alpha) * logQ(x);
    if (Number.isFinite(g) && g > best) best = g;
  }
  return best === -Infinity ? 0 : best;
}
