import type { PairAnalysis } from '../../core/analysis';
import type { Distribution } from '../../core/distributions/types';
import type { InformationUnit } from '../../core/units';
import { integralKlTex, type KlDirection } from '../continuous/continuousFormula';
import { categoricalKlTex, countsKlTex } from '../discrete/categoricalFormula';
import { explainInfinity } from '../measures';
import { familyUiOf } from '../families/registry';

export interface Formula {
  readonly tex: string;
  /** The formula's accessible name. */
  readonly label: string;
  /** Why the KL shown is infinite, when it is. */
  readonly infinity?: string;
}

/**
 * The KL formula to show for a pair, with the live numbers: the Bernoulli or categorical sum term by
 * term, the Gaussian closed forms, or the integral definition with "≈" and its error estimate.
 * A continuous pair's formula follows the integrand its chart shades (`direction`): KL(Q‖P) when
 * q·log(q/p) is shown. Null while there is no analysis of a compatible pair.
 */
export function formulaFor(
  p: Distribution,
  q: Distribution,
  analysis: PairAnalysis | null,
  unit: InformationUnit,
  direction: KlDirection = 'pq',
): Formula | null {
  if (!analysis?.ok) return null;
  const { view, measures } = analysis;
  const kl = measures.klPQ;
  // A discrete formula is always of KL(P‖Q) (the bars show both directions' terms).
  const shown = view.kind === 'discrete' || direction === 'pq' ? kl : measures.klQP;
  const infinity =
    view.kind === 'discrete' && kl.reason
      ? explainInfinity(kl.reason, view.integers ? undefined : view.p.length)
      : undefined;
  // Two specs of one family with a closed-form display (Bern, N, N2) show it.
  const own = p.family === q.family ? familyUiOf(p).pairFormula : undefined;
  if (own) {
    const f = own({ p, q: q as typeof p, view, kl: shown, unit, direction });
    return infinity ? { ...f, infinity } : f;
  }
  if (view.kind === 'discrete' && view.integers) {
    return {
      tex: countsKlTex(kl, unit),
      label: 'KL of two count distributions as a sum, with its value and tail bound',
      infinity,
    };
  }
  if (view.kind === 'discrete') {
    return {
      tex: categoricalKlTex(view, kl, unit),
      label: 'Categorical KL formula with the current values',
      infinity,
    };
  }
  return {
    tex: integralKlTex(
      { pq: kl, qp: measures.klQP },
      view.kind === 'continuous1' ? 1 : 2,
      unit,
      direction,
    ),
    label: 'KL as an integral, with its numerical value and error estimate',
  };
}
