import { LINK_VERSION, type LessonId } from '../../state/share/shareScenario';

/** A lesson step's own link: the lesson opens its scenario from it (`?v=1&lesson=vae&step=2`). */
export const lessonLink = (id: LessonId, step = 1): string =>
  `?v=${LINK_VERSION}&lesson=${id}&step=${step}`;
