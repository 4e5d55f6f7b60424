/**
 * The one table of measures. Each entry is everything the app knows about a measure apart from
 * the closed forms of particular family pairs: its key in a `MeasureSet`, its names, the readout's
 * test id, its unit (nats, or none for a bounded distance), the colour role of its bar, its
 * pointwise term with the range its value is clamped into, how its tail is bounded in an infinite
 * sum, where it is infinite, and the line the code export prints. `MEASURE_KEYS`, the quadrature's
 * integrand indices and `active` arrays, the categorical and integer sums, the Gaussian frames'
 * fallback, the measures chart's order and colours, the readouts and the snippets' print lines are
 * all derived from it (in this order). The Rényi divergence is not `integrated` as such: every
 * producer sums or integrates two auxiliary terms for it (divergences/renyiTerms.ts), since its
 * order changes the integrand; KL(P‖Q) + KL(Q‖P) is derived from the two KLs
 * (`completeMeasureSet`).
 */
import { klTermNonNegative } from './klTerm';

/**
 * A measure's term at one point (a density's) or one outcome (a probability's), from both logs and
 * both values: lp = ln p, p = e^lp (0 where lp = −∞), the same for q, and lpq = ln(p + q) (−∞ only
 * where both are 0). Its integral or sum over the sample space is the measure. It must be 0 where
 * both p and q are 0, and finite wherever the measure is not known to be infinite. A density may be
 * as large as 1e300 (a 2-D spike), so order the arithmetic so that no intermediate overflows (see
 * H²'s); `divergences/extremes.test.ts` finds a term that does (NaN on a readout).
 */
export type PointTerm = (lp: number, p: number, lq: number, q: number, lpq: number) => number;

/**
 * How a term's tail is bounded beyond the last summed outcome of a log-concave distribution
 * (families/math/integerSums.ts):
 * - 'log': the term is w·(a·ln p + b·ln q) with w = p or q (`weight`) and (a, b) = (`lp`, `lq`);
 * - 'mass': |term| ≤ c·(p + q).
 */
export type TailShape =
  | { readonly kind: 'log'; readonly weight: 'p' | 'q'; readonly lp: number; readonly lq: number }
  | { readonly kind: 'mass'; readonly c: number };

/** How a measure is integrated or summed pointwise (see {@link MeasureDefinition.integrated}). */
export interface PointwiseMeasure {
  /** Its value is clamped into [min, max]: a value outside is quadrature error, already in the error estimate. */
  readonly min: number;
  readonly max: number;
  readonly term: PointTerm;
  /**
   * For sums over outcomes whose probabilities each sum to 1: an equivalent term whose sum is the
   * same, chosen to keep digits (non-negative terms, so nothing cancels when P ≈ Q). Absent: `term`.
   */
  readonly sumTerm?: PointTerm;
  /**
   * 'f-divergence': the term is q·f(p/q), so term(λ·p, λ·q) = λ·term(p, q) and the measure is the
   * same in any coordinates (quadrature/frames1.ts integrates such a term from the ratio alone).
   * 'entropy': an expectation of −ln(density), which shifts by ln|det J| under a map x ↦ Jx + b.
   */
  readonly kind: 'f-divergence' | 'entropy';
  /**
   * Infinite wherever KL(P‖Q) is ('P-beyond-Q': P has mass where Q has none, or a tail too heavy
   * for Q's), or wherever KL(Q‖P) is ('Q-beyond-P'). Absent: finite for every pair.
   */
  readonly infiniteWhere?: 'P-beyond-Q' | 'Q-beyond-P';
  readonly tail: TailShape;
}

export interface MeasureDefinition {
  readonly key: string;
  /** The readout's label, e.g. 'KL(P‖Q)'. */
  readonly label: string;
  /** The chart's axis label. */
  readonly short: string;
  /** The readout's `data-testid` (README's readout contract). */
  readonly testId: string;
  readonly description: string;
  /** 'nats' for information measures (shown in the chosen unit), 'none' for bounded distances. */
  readonly unit: 'nats' | 'none';
  /** The colour of its bar: P's, Q's, or neutral for a symmetric measure. */
  readonly colour: 'p' | 'q' | 'neutral';
  /**
   * Integrated (or summed) pointwise by every producer. Absent for a measure derived from others
   * (KL(P‖Q) + KL(Q‖P)) and for the Rényi divergence, whose terms depend on its order.
   */
  readonly integrated?: PointwiseMeasure;
  /** The code export's print line: the label and the Python expression of the value. */
  readonly code: { readonly label: string; readonly expr: string };
  /**
   * A measure with an order α (Rényi): its label shows the order (`Dα` becomes `D₀.₅`), and every
   * producer takes the order (`core/measures/renyiOrder.ts`, URL `order=`).
   */
  readonly ordered?: true;
}

export const MEASURES = [
  {
    key: 'klPQ',
    label: 'KL(P‖Q)',
    short: 'KL(P‖Q)',
    testId: 'kl-pq',
    description: 'Forward KL: expected extra nats when coding P with a code built for Q',
    unit: 'nats',
    colour: 'p',
    integrated: {
      min: 0,
      max: Infinity,
      term: (lp, p, lq) => (p === 0 ? 0 : p * (lp - lq)),
      sumTerm: (lp, p, lq, q) => klTermNonNegative(p, q, lp, lq),
      kind: 'f-divergence',
      infiniteWhere: 'P-beyond-Q',
      tail: { kind: 'log', weight: 'p', lp: 1, lq: -1 },
    },
    code: { label: 'KL(P||Q)', expr: 'kl_pq' },
  },
  {
    key: 'klQP',
    label: 'KL(Q‖P)',
    short: 'KL(Q‖P)',
    testId: 'kl-qp',
    description: 'Reverse KL: the same with the roles swapped',
    unit: 'nats',
    colour: 'q',
    integrated: {
      min: 0,
      max: Infinity,
      term: (lp, _p, lq, q) => (q === 0 ? 0 : q * (lq - lp)),
      sumTerm: (lp, p, lq, q) => klTermNonNegative(q, p, lq, lp),
      kind: 'f-divergence',
      infiniteWhere: 'Q-beyond-P',
      tail: { kind: 'log', weight: 'q', lp: -1, lq: 1 },
    },
    code: { label: 'KL(Q||P)', expr: 'kl_qp' },
  },
  {
    key: 'js',
    label: 'JS(P‖Q)',
    short: 'JS',
    testId: 'js',
    description: 'Jensen–Shannon divergence: symmetric, at most ln 2',
    unit: 'nats',
    colour: 'neutral',
    // p·log(2p/(p + q)): its log term is bounded by ln 2 whatever the ratio p/q.
    integrated: {
      min: 0,
      max: Math.LN2,
      term: (lp, p, lq, q, lpq) =>
        0.5 *
        ((p === 0 ? 0 : p * (lp - lpq + Math.LN2)) + (q === 0 ? 0 : q * (lq - lpq + Math.LN2))),
      // ½KL(P‖M) + ½KL(Q‖M), M = ½(P + Q), each in its non-negative form.
      sumTerm: (lp, p, lq, q, lpq) => {
        const m = 0.5 * (p + q);
        const lm = lpq - Math.LN2;
        return 0.5 * klTermNonNegative(p, m, lp, lm) + 0.5 * klTermNonNegative(q, m, lq, lm);
      },
      kind: 'f-divergence',
      tail: { kind: 'mass', c: Math.LN2 / 2 },
    },
    code: { label: 'JS(P||Q)', expr: 'js' },
  },
  {
    key: 'symKl',
    label: 'KL(P‖Q) + KL(Q‖P)',
    short: 'sym KL',
    testId: 'sym-kl',
    description: 'Symmetric KL',
    unit: 'nats',
    colour: 'neutral',
    code: { label: 'KL(P||Q) + KL(Q||P)', expr: 'kl_pq + kl_qp' },
  },
  {
    key: 'cePQ',
    label: 'H(P, Q)',
    short: 'H(P,Q)',
    testId: 'ce-pq',
    description: 'Cross-entropy: H(P) + KL(P‖Q)',
    unit: 'nats',
    colour: 'p',
    integrated: {
      min: -Infinity,
      max: Infinity,
      term: (_lp, p, lq) => (p === 0 ? 0 : -p * lq),
      // −p ln p plus KL's non-negative term: H(P) + KL(P‖Q) in sum, which keeps KL's digits where
      // ln q is itself rounded (log-probabilities of 1 − 1e-16 from large weights).
      sumTerm: (lp, p, lq, q) => (p === 0 ? q : -p * lp + klTermNonNegative(p, q, lp, lq)),
      kind: 'entropy',
      infiniteWhere: 'P-beyond-Q',
      tail: { kind: 'log', weight: 'p', lp: 0, lq: -1 },
    },
    code: { label: 'H(P,Q)', expr: 'ce_pq' },
  },
  {
    key: 'hP',
    label: 'H(P)',
    short: 'H(P)',
    testId: 'h-p',
    description: 'Entropy of P',
    unit: 'nats',
    colour: 'p',
    integrated: {
      min: -Infinity,
      max: Infinity,
      term: (lp, p) => (p === 0 ? 0 : -p * lp),
      kind: 'entropy',
      tail: { kind: 'log', weight: 'p', lp: -1, lq: 0 },
    },
    code: { label: 'H(P)', expr: 'h_p' },
  },
  {
    key: 'hQ',
    label: 'H(Q)',
    short: 'H(Q)',
    testId: 'h-q',
    description: 'Entropy of Q',
    unit: 'nats',
    colour: 'q',
    integrated: {
      min: -Infinity,
      max: Infinity,
      term: (_lp, _p, lq, q) => (q === 0 ? 0 : -q * lq),
      kind: 'entropy',
      tail: { kind: 'log', weight: 'q', lp: 0, lq: -1 },
    },
    code: { label: 'H(Q)', expr: 'h_q' },
  },
  {
    key: 'tv',
    label: 'TV(P, Q)',
    short: 'TV',
    testId: 'tv',
    description:
      'Total variation distance ½∫|p − q|: the largest difference in probability P and Q give one event, in [0, 1]',
    unit: 'none',
    colour: 'neutral',
    integrated: {
      min: 0,
      max: 1,
      term: (_lp, p, _lq, q) => 0.5 * Math.abs(p - q),
      kind: 'f-divergence',
      tail: { kind: 'mass', c: 0.5 },
    },
    code: { label: 'TV(P,Q)', expr: 'tv' },
  },
  {
    key: 'hellinger',
    label: 'H²(P, Q)',
    short: 'H²',
    testId: 'hellinger',
    description: 'Squared Hellinger distance 1 − ∫√(pq) = ½∫(√p − √q)², in [0, 1]',
    unit: 'none',
    colour: 'neutral',
    // ½(√p − √q)² = ½(p − q)²/(√p + √q)², ordered so that neither (p − q)² nor (√p + √q)² is
    // formed (a 2-D spike's density may be 1e300).
    integrated: {
      min: 0,
      max: 1,
      term: (_lp, p, _lq, q) => {
        const s = Math.sqrt(p) + Math.sqrt(q);
        const d = p - q;
        return s === 0 ? 0 : 0.5 * (d / s) * (d / s);
      },
      kind: 'f-divergence',
      tail: { kind: 'mass', c: 0.5 },
    },
    code: { label: 'H^2(P,Q)', expr: 'hellinger' },
  },
  {
    key: 'renyi',
    label: 'Dα(P‖Q)',
    short: 'Dα',
    testId: 'renyi',
    description: 'Rényi divergence of order α: ln(∫p^α q^(1−α))/(α − 1); α → 1 is KL(P‖Q)',
    unit: 'nats',
    colour: 'p',
    code: { label: 'D_alpha(P||Q)', expr: 'renyi' },
    ordered: true,
  },
] as const satisfies readonly MeasureDefinition[];

export type MeasureKey = (typeof MEASURES)[number]['key'];

/** The keys of the readout contract, in display order. */
export const MEASURE_KEYS: readonly MeasureKey[] = MEASURES.map((m) => m.key);

/** Each measure's definition by key. */
export const MEASURE_BY_KEY = Object.fromEntries(MEASURES.map((m) => [m.key, m])) as {
  readonly [K in MeasureKey]: Extract<(typeof MEASURES)[number], { key: K }>;
};

/** The measures the continuous quadrature integrates pointwise, in integrand order. */
export type IntegratedKey = Extract<(typeof MEASURES)[number], { integrated: object }>['key'];
export const INTEGRATED_KEYS = MEASURES.flatMap((m) =>
  'integrated' in m ? [m.key] : [],
) as readonly IntegratedKey[];

/** The pointwise measures with their keys, in table order: what every producer loops over. */
export const POINTWISE: readonly (PointwiseMeasure & { readonly key: IntegratedKey })[] =
  INTEGRATED_KEYS.map((key) => ({ ...MEASURE_BY_KEY[key].integrated, key }));
