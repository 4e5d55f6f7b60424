import { categoricalNormaliser, discreteDistribution } from './distributions/discrete';
import { formatSpec } from './spec/format';
import {
  isContinuous1,
  isContinuous2,
  isDiscrete,
  sampleSpaceOf,
  type Distribution,
  type SampleSpace,
} from './distributions/types';
import { discreteMeasures, klContributionsDiscrete } from './divergences/discrete';
import type { MeasureSet } from './divergences/types';

/** Per-outcome data for bar charts of a discrete pair. */
export interface DiscreteView {
  readonly kind: 'discrete';
  readonly p: Float64Array;
  readonly q: Float64Array;
  /** p_k·log(p_k/q_k): sums to KL(P‖Q). */
  readonly contributionsPQ: Float64Array;
  /** q_k·log(q_k/p_k): sums to KL(Q‖P). */
  readonly contributionsQP: Float64Array;
}

export type PairView = DiscreteView;

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
      readonly view: PairView;
      readonly notes: readonly AnalysisNote[];
    }
  | { readonly ok: false; readonly problem: AnalysisProblem };

const describeSpace = (s: SampleSpace) =>
  s.kind === 'discrete' ? `${s.size} outcomes` : s.dimension === 1 ? 'the real line' : 'the plane';

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
      : sq.kind === 'real' && sp.dimension === sq.dimension);
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
 */
export function analysePair(p: Distribution, q: Distribution): PairAnalysis {
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
      if (d.family !== 'categorical') continue;
      const { total, wasNormalised } = categoricalNormaliser(d.weights);
      if (wasNormalised) notes.push({ code: 'normalised', which, total });
    }
    return {
      ok: true,
      measures: discreteMeasures(dp, dq),
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
  if (isContinuous1(p) || isContinuous2(p)) {
    return {
      ok: false,
      problem: {
        code: 'unsupported',
        message: `${p.family === 'normal' || p.family === 'normal2' ? 'Gaussians' : 'Mixtures'} are not supported yet.`,
      },
    };
  }
  return {
    ok: false,
    problem: { code: 'unsupported', message: 'This pair is not supported yet.' },
  };
}
