import type { PairAnalysis } from '../../core/analysis';
import type { Distribution } from '../../core/distributions/types';
import type { InformationUnit } from '../../core/units';
import {
  gaussian1KlTex,
  gaussian2KlTex,
  integralKlTex,
  type KlDirection,
} from '../continuous/continuousFormula';
import { categoricalKlTex } from '../discrete/categoricalFormula';
import { explainInfinity } from '../measures';
import { bernoulliKlTex } from './bernoulliFormula';

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
  if (view.kind === 'discrete') {
    const infinity = kl.reason ? explainInfinity(kl.reason, view.p.length) : undefined;
    return p.family === 'bernoulli' && q.family === 'bernoulli'
      ? {
          tex: bernoulliKlTex(view, kl, unit),
          label: 'Bernoulli KL formula with the current values',
          infinity,
        }
      : {
          tex: categoricalKlTex(view, kl, unit),
          label: 'Categorical KL formula with the current values',
          infinity,
        };
  }
  const shown = direction === 'pq' ? kl : measures.klQP;
  const name = direction === 'pq' ? 'KL(P‖Q)' : 'KL(Q‖P)';
  if (p.family === 'normal' && q.family === 'normal') {
    return {
      tex: gaussian1KlTex(p, q, shown, unit, direction),
      label: `Closed form of ${name} between two Gaussians, with the current values`,
    };
  }
  if (p.family === 'normal2' && q.family === 'normal2') {
    return {
      tex: gaussian2KlTex(p, q, shown, unit, direction),
      label: `Closed form of ${name} between two 2-D Gaussians, with the current values`,
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
