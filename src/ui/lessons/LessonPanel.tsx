import { LESSONS, lessonStep, lessonStepCount } from '../../state/lessons/catalogue';
import { closeLesson, openLessonStep } from '../../state/lessons/openLesson';
import { useAppStore } from '../../state/store';
import { lessonLink } from './lessonLink';
import { PredictReveal } from './PredictReveal';

/** The open lesson beside the view: its text, the step's "try this" prompt or its question. */
export function LessonPanel() {
  const id = useAppStore((s) => s.lesson);
  const step = useAppStore((s) => s.step);
  if (id === '') return null;
  const lesson = LESSONS[id];
  const n = lessonStepCount(lesson);
  const current = lessonStep(lesson, step);
  const go = (k: number) => openLessonStep(useAppStore, id, k);
  return (
    <aside
      className="card lesson-panel"
      aria-labelledby="lesson-title"
      data-testid="lesson.panel"
      data-lesson={id}
      data-step={current.step}
    >
      <p className="lesson-kicker">
        Lesson · step {current.step} of {n}
      </p>
      <h2 id="lesson-title">{lesson.title}</h2>
      {current.kind === 'intro' &&
        lesson.sentences.map((s, i) => (
          <p key={i} className="lesson-sentence">
            {s}
          </p>
        ))}
      {current.kind === 'try' && (
        <p className="lesson-try" data-testid="lesson.try">
          <strong>Try this: </strong>
          {current.text}
        </p>
      )}
      {current.kind === 'question' && (
        <PredictReveal key={`${id}:${current.step}`} question={lesson.question} />
      )}
      <ol className="lesson-steps" aria-label="Steps">
        {Array.from({ length: n }, (_, i) => (
          <li key={i}>
            <button
              type="button"
              aria-current={i + 1 === current.step ? 'step' : undefined}
              aria-label={`Step ${i + 1}${i + 1 === n ? ' (question)' : ''}`}
              onClick={() => go(i + 1)}
            >
              {i + 1 === n ? '?' : i + 1}
            </button>
          </li>
        ))}
      </ol>
      <div className="lesson-nav">
        <button
          type="button"
          data-testid="lesson.prev"
          disabled={current.step <= 1}
          onClick={() => go(current.step - 1)}
        >
          ← Back
        </button>
        <button
          type="button"
          data-testid="lesson.next"
          disabled={current.step >= n}
          onClick={() => go(current.step + 1)}
        >
          Next →
        </button>
      </div>
      <p className="lesson-links">
        <a href={lessonLink(id, current.step)} data-testid="lesson.link">
          Link to this step
        </a>
        {' · '}
        <button
          type="button"
          className="link-button"
          data-testid="lesson.close"
          onClick={() => closeLesson(useAppStore)}
        >
          Close lesson
        </button>
        {' · '}
        <button
          type="button"
          className="link-button"
          onClick={() =>
            useAppStore.getState().applyScenario({ view: 'lessons', lesson: '', step: 1 })
          }
        >
          All lessons
        </button>
      </p>
    </aside>
  );
}
