/**
 * The one table of measures. Each entry is everything the app knows about a measure apart from
 * how it is computed for a given pair: its key in a `MeasureSet`, its names, the readout's test id,
 * its unit (nats, or none for a bounded distance), the colour role of its bar, whether the
 * continuous quadrature integrates it pointwise (and in which range its value is clamped), and the
 * line the code export prints. `MEASURE_KEYS`, the quadrature's integrand indices and `active`
 * arrays, the measures chart's order and colours, the readouts and the snippets' print lines are all
 * derived from it (in this order). The Rényi divergence is not `integrated` as such: the quadrature
 * integrates two auxiliary integrands for it (`quadrature/measureIntegrands.ts`), since its order
 * changes the integrand.
 */

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
   * Integrated pointwise by the continuous quadrature, with the value clamped into this range (a
   * value outside it is quadrature error, already within the error estimate). Absent for a measure
   * derived from others (KL(P‖Q) + KL(Q‖P)).
   */
  readonly integrated?: { readonly min: number; readonly max: number };
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
    integrated: { min: 0, max: Infinity },
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
    integrated: { min: 0, max: Infinity },
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
    integrated: { min: 0, max: Math.LN2 },
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
    integrated: { min: -Infinity, max: Infinity },
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
    integrated: { min: -Infinity, max: Infinity },
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
    integrated: { min: -Infinity, max: Infinity },
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
    integrated: { min: 0, max: 1 },
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
    integrated: { min: 0, max: 1 },
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
