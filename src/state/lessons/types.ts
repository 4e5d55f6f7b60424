import type { MeasureKey } from '../../core/divergences/types';
import type { HideablePanel, LessonId } from '../share/shareScenario';

/**
 * Where a lesson's answer comes from: never a number written in the lesson, always one the app
 * computed for the scenario on screen. `measure` reads the explorer's analysis (core, via the worker);
 * `readout` reads another view's readout contract (`data-testid` and a data attribute, in nats).
 */
export type AnswerSource =
  | { readonly kind: 'measure'; readonly key: MeasureKey }
  | { readonly kind: 'readout'; readonly testId: string; readonly attribute: string };

export interface LessonQuestion {
  /** What to predict; names the quantity and the unit. */
  readonly prompt: string;
  readonly answer: AnswerSource;
  /** Shown with the answer: why it comes out this way. */
  readonly explanation: string;
  /** Panels hidden until the guess is committed, so the answer is not on screen already. */
  readonly conceal: readonly HideablePanel[];
  /** Only for `measure` answers: shown in the person's unit (nats or bits); readouts are in nats. */
}

export interface LessonStep {
  /** A "try this" prompt. */
  readonly text: string;
  /** Query parameters applied over the lesson's start when this step opens (none: the start). */
  readonly query?: string;
}

export interface Lesson {
  readonly id: LessonId;
  readonly title: string;
  /** Two to four sentences. */
  readonly sentences: readonly string[];
  /** The starting scenario, as a link query (`view=…&p=…&q=…`). */
  readonly start: string;
  /** The "try this" prompts, one step each after the introduction. */
  readonly tryThis: readonly LessonStep[];
  /** The last step's predict-then-reveal question (asked on the start scenario unless `query`). */
  readonly question: LessonQuestion & { readonly query?: string };
}
