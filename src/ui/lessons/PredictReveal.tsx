import { useEffect, useId, useState } from 'react';
import type { LessonQuestion } from '../../state/lessons/types';
import { useAppStore } from '../../state/store';
import { formatNumber, unitLabel } from '../format';
import { hasUnit } from '../measures';
import { useAnswer } from './useAnswer';

/**
 * Predict, then reveal: the answer stays hidden (and the panels that show it are concealed) until
 * the student commits a guess; then guess and answer stand side by side. Keyed by lesson and step
 * in its parent, so a new question starts with no guess.
 */
export function PredictReveal({ question }: { question: LessonQuestion }) {
  const unit = useAppStore((s) => s.units);
  // Only explorer measures follow the unit toggle; other views' readouts are in nats.
  const shownUnit = question.answer.kind === 'measure' ? unit : 'nats';
  // TV and H² are plain numbers in [0, 1], whatever the toggle says.
  const unitless = question.answer.kind === 'measure' && !hasUnit(question.answer.key);
  const answer = useAnswer(question.answer);
  const [text, setText] = useState('');
  const [guess, setGuess] = useState<number | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const id = useId();

  // Conceal the panels that would give the answer away, until the guess is in.
  useEffect(() => {
    const root = document.documentElement;
    if (guess === null) root.dataset.conceal = question.conceal.join(' ');
    else delete root.dataset.conceal;
    return () => {
      delete root.dataset.conceal;
    };
  }, [guess, question.conceal]);

  const commit = () => {
    const t = text.trim().replace('−', '-');
    const x = t === '' ? NaN : t === '∞' || /^inf(inity)?$/i.test(t) ? Infinity : Number(t);
    if (Number.isNaN(x)) {
      setProblem(`'${text}' is not a number: type your guess, e.g. 0.5`);
      return;
    }
    setProblem(null);
    setGuess(x);
  };

  const shown =
    answer === null
      ? null
      : shownUnit === 'bits' && !unitless && Number.isFinite(answer)
        ? answer / Math.LN2
        : answer;
  return (
    <div className="lesson-question" data-testid="lesson.question">
      <p className="lesson-prompt">
        <strong>Predict: </strong>
        {question.prompt}
      </p>
      {guess === null ? (
        <form
          className="lesson-guess"
          onSubmit={(e) => {
            e.preventDefault();
            commit();
          }}
        >
          <label htmlFor={id}>Your guess ({unitless ? 'no unit' : unitLabel(shownUnit)})</label>
          <input
            id={id}
            type="text"
            inputMode="decimal"
            data-testid="lesson.guess"
            value={text}
            aria-invalid={problem !== null}
            onChange={(e) => setText(e.target.value)}
          />
          <button type="submit" data-testid="lesson.reveal">
            Commit guess and reveal
          </button>
          {problem && (
            <p className="problem" role="alert">
              {problem}
            </p>
          )}
        </form>
      ) : (
        <>
          <dl className="lesson-compare" data-testid="lesson.compare">
            <div>
              <dt>Your guess</dt>
              <dd data-testid="lesson.guessValue">{formatNumber(guess)}</dd>
            </div>
            <div>
              <dt>The app computes</dt>
              <dd data-testid="lesson.answer" data-value={answer === null ? '' : String(answer)}>
                {shown === null
                  ? 'computing…'
                  : unitless
                    ? formatNumber(shown)
                    : `${formatNumber(shown)} ${unitLabel(shownUnit)}`}
              </dd>
            </div>
          </dl>
          <p className="lesson-explanation">{question.explanation}</p>
          <button type="button" className="link-button" onClick={() => setGuess(null)}>
            Guess again
          </button>
        </>
      )}
    </div>
  );
}
