import { useEffect } from 'react';
import { LESSON_LIST, lessonStepCount, LESSONS } from '../../state/lessons/catalogue';
import { openLessonStep } from '../../state/lessons/openLesson';
import { useAppStore } from '../../state/store';

/**
 * Classroom modes on the document: `present-mode` and `embed-mode` classes, and the teacher's
 * hidden panels and locked editors as data attributes that classroom.css reads. In presentation
 * mode ← and → step through the lesson's steps, then on to the next lesson (or through the gallery).
 */
export function useClassroomModes(): void {
  const present = useAppStore((s) => s.present);
  const embed = useAppStore((s) => s.embed);
  const hide = useAppStore((s) => s.hide);
  const lock = useAppStore((s) => s.lock);
  useEffect(() => {
    const root = document.documentElement;
    root.classList.toggle('present-mode', present);
    root.classList.toggle('embed-mode', embed);
    root.dataset.hide = hide.join(' ');
    root.dataset.lock = lock.join(' ');
  }, [present, embed, hide, lock]);

  useEffect(() => {
    if (!present) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight') return;
      const t = e.target as HTMLElement | null;
      if (t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName))) return;
      e.preventDefault();
      stepBy(e.key === 'ArrowRight' ? 1 : -1);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [present]);
}

/** One step forward or back: within a lesson, across lessons at its ends, from the gallery into the first. */
export function stepBy(delta: 1 | -1): void {
  const { lesson, step } = useAppStore.getState();
  if (lesson === '') {
    const first = delta > 0 ? LESSON_LIST[0]! : LESSON_LIST[LESSON_LIST.length - 1]!;
    openLessonStep(useAppStore, first.id, delta > 0 ? 1 : lessonStepCount(first));
    return;
  }
  const n = lessonStepCount(LESSONS[lesson]);
  const next = step + delta;
  if (next >= 1 && next <= n) return openLessonStep(useAppStore, lesson, next);
  const i = LESSON_LIST.findIndex((l) => l.id === lesson) + delta;
  if (i < 0 || i >= LESSON_LIST.length) {
    useAppStore.getState().applyScenario({ view: 'lessons', lesson: '', step: 1 });
    return;
  }
  const other = LESSON_LIST[i]!;
  openLessonStep(useAppStore, other.id, delta > 0 ? 1 : lessonStepCount(other));
}
