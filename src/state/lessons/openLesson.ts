import type { LessonId } from '../share/shareScenario';
import type { Scenario } from '../slices/scenario';
import type { AppStore } from '../store';
import { decodeScenario } from '../urlCodec';
import { LESSONS, lessonStep } from './catalogue';

/** The classroom settings a lesson step keeps: the teacher chose them, the lesson does not. */
const KEPT: readonly (keyof Scenario)[] = ['present', 'embed', 'hide', 'lock', 'largeType'];

/**
 * The scenario of a lesson's step: its query decoded through the URL codec (so a lesson is exactly
 * the link it names), with the classroom settings of `current` kept and the lesson and step set.
 */
export function lessonScenario(current: Scenario, id: LessonId, step: number): Scenario {
  const s = lessonStep(LESSONS[id], step);
  const { scenario } = decodeScenario(s.query);
  const kept = Object.fromEntries(KEPT.map((k) => [k, current[k]]));
  return { ...scenario, ...kept, lesson: id, step: s.step } as Scenario;
}

/** Opens step `step` of a lesson in the store (Next, Back, the gallery, ← and →). */
export function openLessonStep(store: AppStore, id: LessonId, step: number): void {
  store.getState().applyScenario(lessonScenario(store.getState(), id, step));
}

/** Closes the lesson panel, keeping the scenario on screen. */
export function closeLesson(store: AppStore): void {
  store.getState().applyScenario({ lesson: '', step: 1 });
}

/**
 * At start: a lesson link (`?lesson=vae&step=2`, no `p`) opens that step's scenario. A link that also
 * carries `p` is a scenario someone changed during the lesson: it is restored as it is.
 */
export function installLessonLinks(store: AppStore, win: Window = window): void {
  const params = new URLSearchParams(win.location.search);
  const { lesson, step } = store.getState();
  if (lesson !== '' && !params.has('p')) openLessonStep(store, lesson, step);
}
