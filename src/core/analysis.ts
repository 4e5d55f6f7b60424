import { discreteDistribution, discreteFamily } from './families/registry';
import { formatSpec } from './spec/format';
import {
  isContinuous1,
  isContinuous2,
  isDiscrete,
  isInteger,
  sampleSpaceOf,
  type Distribution,
  type SampleSpace,
} from './distributions/types';
import {
  continuous1Measures,
  integrand1Grid,
  type Integrand1Grid,
} from './divergences/continuous1';
import {
  continuous2Measures,
  continuous2Problem,
  integrand2Grid,
  type Integrand2Grid,
  type QuadraturePrecision,
} from './divergences/continuous2';
import { discreteMeasures, klContributionsDiscrete } from './divergences/discrete';
import { integerPairAnalysis, type IntegerWindow } from './divergences/integers';
import type { MeasureSet } from './divergences/types';
import { RENYI_DEFAULT_ORDER } from './measures/renyiOrder';

/** Per-outcome data for bar charts of a discrete pair. */
export interface DiscreteView {
  readonly kind: 'discrete';
  readonly p: Float64Array;
  readonly q: Float64Array;
  /** p_k·log(p_k/q_k): sums to KL(P‖Q). */
  readonly contributionsPQ: Float64Array;
  /** q_k·log(q_k/p_k): sums to KL(Q‖P). */
  readonly contributionsQP: Float64Array;
  /**
   * For counts (Pois, Bin): bar k is outcome `first + k`, and the bars stop where both P and Q have
   * all but 1e-6 of their mass (at most {@link INTEGER_BARS} of them), while the measures' sums run
   * on to their proven tail bound. Absent for Bern/Cat, whose bars are every outcome.
   */
  /** For counts: the outcomes the bars stand for (their window, one or two runs). */
  readonly integers?: IntegerWindow;
}

/** The most bars a pair of counts shows. */
export const INTEGER_BARS = 300;

/** Densities and both KL integrands of a 1-D pair on a grid covering both (for density plots). */
export interface Continuous1View extends Integrand1Grid {
  readonly kind: 'continuous1';
}

/**
 * Points per axis of a 2-D pair's plot grid. Plotly's contour cost grows with n², and a redraw over
 * 50 ms makes dragging stutter (scripts/longtasks.mjs measured 86 ms at 80×80); 60×60 still draws
 * smooth contours at the densities' scale.
 */
export const CONTINUOUS2_GRID = 60;
/**
 * The same during a drag's coarse pass (see analysePair's `precision`): Plotly's contours of a
 * 40 × 40 grid cost less than half of 60 × 60's, and the refined answer brings the finer grid back.
 */
export const CONTINUOUS2_GRID_COARSE = 40;

/** Densities and both KL integrands of a 2-D pair on an n×n grid (for contours and heatmaps). */
export interface Continuous2View extends Integrand2Grid {
  readonly kind: 'continuous2';
}

export type PairView = DiscreteView | Continuous1View | Continuous2View;

/** Something the person should know about how their input was read. */
export interface AnalysisNote {
  readonly code: 'normalised';
  readonly which: 'P' | 'Q';
  /** The sum of the weights as given, which the core divided by. */
  readonly total: number;
}

export interface AnalysisProblem {
  readonly code: 'incompatible' | 'unsupported';
  readonly message: string;
}

export type PairAnalysis =
  | {
      readonly ok: true;
      readonly measures: MeasureSet;
      /** The Rényi order the measures' D_α was computed at (the readout's label shows it). */
      readonly order: number;
      readonly view: PairView;
      readonly notes: readonly AnalysisNote[];
    }
  | { readonly ok: false; readonly problem: AnalysisProblem };

const describeSpace = (s: SampleSpace) =>
  s.kind === 'discrete'
    ? `${s.size} outcomes`
    : s.kind === 'integers'
      ? 'the counts 0, 1, 2, …'
      : s.dimension === 1
        ? 'the real line'
        : 'the plane';

/**
 * Why P and Q cannot be compared, or null if they can: both discrete with the same number of
 * outcomes, both 1-D continuous, or both 2-D continuous.
 */
export function incompatibility(p: Distribution, q: Distribution): AnalysisProblem | null {
  const sp = sampleSpaceOf(p);
  const sq = sampleSpaceOf(q);
  const same =
    sp.kind === sq.kind &&
    (sp.kind === 'discrete'
      ? sq.kind === 'discrete' && sp.size === sq.size
      : sp.kind === 'integers' || (sq.kind === 'real' && sp.dimension === sq.dimension));
  if (same) return null;
  return {
    code: 'incompatible',
    message: `P = ${truncate(formatSpec(p))} lives on ${describeSpace(sp)} but Q = ${truncate(formatSpec(q))} lives on ${describeSpace(sq)}: both must be on the same sample space.`,
  };
}

const truncate = (s: string) => (s.length > 40 ? `${s.slice(0, 39)}…` : s);

/**
 * Everything the explorer shows for a pair: every measure, the data behind the plots, and notes
 * on how the input was read. Never throws for inputs the spec parser accepts; never returns NaN.
 * `precision: 'coarse'` is a drag's first pass: 2-D pairs that need quadrature are integrated with
 * looser tolerances (their measures marked `coarse`, with larger, still honest, error estimates) on
 * a coarser plot grid; every other pair is computed exactly as with `'fine'`. `order` is the Rényi
 * divergence's α (core/measures/renyiOrder.ts; the caller validates it).
 */
export function analysePair(
  p: Distribution,
  q: Distribution,
  precision: QuadraturePrecision = 'fine',
  order: number = RENYI_DEFAULT_ORDER,
): PairAnalysis {
  const problem = incompatibility(p, q);
  if (problem) return { ok: false, problem };
  if (isDiscrete(p) && isDiscrete(q)) {
    const dp = discreteDistribution(p);
    const dq = discreteDistribution(q);
    const { pq, qp } = klContributionsDiscrete(dp, dq);
    const notes: AnalysisNote[] = [];
    for (const [which, d] of [
      ['P', p],
      ['Q', q],
    ] as const) {
      const normaliser = discreteFamily(d).normaliser?.(d);
      if (!normaliser) continue;
      const { total, wasNormalised } = normaliser;
      if (wasNormalised) notes.push({ code: 'normalised', which, total });
    }
    return {
      ok: true,
      measures: discreteMeasures(dp, dq, order),
      order,
      view: {
        kind: 'discrete',
        p: dp.probs,
        q: dq.probs,
        contributionsPQ: pq,
        contributionsQP: qp,
      },
      notes,
    };
  }
  if (isInteger(p) && isInteger(q)) {
    const { measures, view } = integerPairAnalysis(p, q, INTEGER_BARS, order);
    return { ok: true, measures, order, view: { kind: 'discrete', ...view }, notes: [] };
  }
  if (isContinuous1(p) && isContinuous1(q)) {
    return {
      ok: true,
      measures: continuous1Measures(p, q, order),
      order,
      view: { kind: 'continuous1', ...integrand1Grid(p, q) },
      notes: [],
    };
  }
  if (isContinuous2(p) && isContinuous2(q)) {
    const unsupported = continuous2Problem(p, q, order);
    if (unsupported) return { ok: false, problem: { code: 'unsupported', message: unsupported } };
    return {
      ok: true,
      measures: continuous2Measures(p, q, precision, order),
      order,
      view: {
        kind: 'continuous2',
        ...integrand2Grid(
          p,
          q,
          precision === 'coarse' ? CONTINUOUS2_GRID_COARSE : CONTINUOUS2_GRID,
        ),
      },
      notes: [],
    };
  }
  // incompatibility() has ruled out every other combination.
  throw new Error('unreachable: compatible pair of unknown kind');
}
