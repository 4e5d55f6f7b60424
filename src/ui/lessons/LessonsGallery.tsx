import { LESSON_LIST, lessonStepCount } from '../../state/lessons/catalogue';
import { openLessonStep } from '../../state/lessons/openLesson';
import { useAppStore } from '../../state/store';
import { lessonLink } from './lessonLink';

// The registry imports this view, so its labels are not imported from there (no import cycle).
const VIEW_LABELS: Record<string, string> = {
  explore: 'Explore',
  fit: 'Fit',
  mc: 'Monte Carlo',
  distill: 'Distillation',
  vae: 'VAE',
  torch: 'KLDivLoss',
};

/** The lessons gallery (`?view=lessons`): one card per guided scenario. */
export function LessonsGallery() {
  return (
    <main className="lessons-gallery" id="main" data-testid="view-lessons">
      <h2 className="lessons-heading">Lessons</h2>
      <p className="lessons-intro">
        Guided scenarios for a class: each sets up P and Q, suggests what to try, and ends with a
        question to predict before the app reveals the answer. Each has its own link.
      </p>
      <ol className="lessons-grid">
        {LESSON_LIST.map((lesson, i) => {
          const viewId = new URLSearchParams(lesson.start).get('view');
          const viewLabel = VIEW_LABELS[viewId ?? 'explore'] ?? viewId;
          return (
            <li
              key={lesson.id}
              className="card lesson-card"
              data-testid={`lesson.card.${lesson.id}`}
            >
              <p className="lesson-kicker">
                {i + 1} · {viewLabel} · {lessonStepCount(lesson)} steps
              </p>
              <h3>{lesson.title}</h3>
              <p>{lesson.sentences[0]}</p>
              <p className="lesson-card-actions">
                <button
                  type="button"
                  data-testid={`lesson.open.${lesson.id}`}
                  onClick={() => openLessonStep(useAppStore, lesson.id, 1)}
                >
                  Start lesson
                </button>
                <a href={lessonLink(lesson.id)}>Link</a>
              </p>
            </li>
          );
        })}
      </ol>
    </main>
  );
}
