/**
 * The UI side of every family, one entry per `Family` (a mapped type: a family without an entry
 * fails `tsc`). Core modules carry a family's UI *data* (`ui` in core/families/types.ts: labels,
 * example pair, formula and code templates); this table holds what must be React or UI code: the
 * editor component, and where the family has one, the closed-form KL formula between two of it.
 */
import type { ComponentType } from 'react';
import type { DiscreteView, PairAnalysis } from '../../core/analysis';
import type { Distribution, Family } from '../../core/distributions/types';
import type { MeasureValue } from '../../core/divergences/types';
import type { SpecOf } from '../../core/families/types';
import type { InformationUnit } from '../../core/units';
import { ContinuousEditor } from '../continuous/ContinuousEditor';
import { Mixture1Editor } from '../continuous/Mixture1Editor';
import { gaussian1KlTex, gaussian2KlTex, type KlDirection } from '../continuous/continuousFormula';
import { CategoricalEditor } from '../discrete/CategoricalEditor';
import { BernoulliEditor } from '../editors/BernoulliEditor';
import { bernoulliKlTex } from '../formula/bernoulliFormula';

export interface EditorProps<D extends Distribution> {
  readonly which: 'p' | 'q';
  readonly value: D;
  readonly onChange: (d: Distribution) => void;
}

/** What a pair formula sees: the two specs, the analysis's view and the KL shown. */
export interface PairFormulaInput<F extends Family> {
  readonly p: SpecOf<F>;
  readonly q: SpecOf<F>;
  readonly view: Extract<PairAnalysis, { ok: true }>['view'];
  readonly kl: MeasureValue;
  readonly unit: InformationUnit;
  readonly direction: KlDirection;
}

export interface FamilyUiModule<F extends Family> {
  /** The family's own editor; without one, the generic `ParameterEditor` renders its schema. */
  readonly Editor?: ComponentType<EditorProps<SpecOf<F>>>;
  /** TeX and accessible label of KL between two specs of this family, with the live numbers. */
  readonly pairFormula?: (input: PairFormulaInput<F>) => { tex: string; label: string };
}

const klName = (d: KlDirection) => (d === 'pq' ? 'KL(P‖Q)' : 'KL(Q‖P)');

/**
 * Partial on purpose: a family whose editor is the generic schema editor and that has no formula
 * of its own needs no entry (every part of an entry is optional too).
 */
export const FAMILY_UI: { readonly [F in Family]?: FamilyUiModule<F> } = {
  bernoulli: {
    Editor: BernoulliEditor,
    pairFormula: ({ view, kl, unit }) => ({
      tex: bernoulliKlTex(view as DiscreteView, kl, unit),
      label: 'Bernoulli KL formula with the current values',
    }),
  },
  categorical: { Editor: CategoricalEditor },
  normal: {
    Editor: ContinuousEditor,
    pairFormula: ({ p, q, kl, unit, direction }) => ({
      tex: gaussian1KlTex(p, q, kl, unit, direction),
      label: `Closed form of ${klName(direction)} between two Gaussians, with the current values`,
    }),
  },
  mixture: { Editor: Mixture1Editor },
  normal2: {
    Editor: ContinuousEditor,
    pairFormula: ({ p, q, kl, unit, direction }) => ({
      tex: gaussian2KlTex(p, q, kl, unit, direction),
      label: `Closed form of ${klName(direction)} between two 2-D Gaussians, with the current values`,
    }),
  },
  mixture2: { Editor: ContinuousEditor },
};

/** The UI module of d's family, tied to d's own family (see core's `familyOf`). */
export const familyUiOf = <D extends Distribution>(d: D): FamilyUiModule<D['family']> =>
  FAMILY_UI[d.family as D['family']] ?? {};
