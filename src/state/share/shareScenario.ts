/**
 * Sharing and classroom keys of the scenario (issue 7): the link version, the open lesson and its
 * step, presentation and embed modes, and the teacher's hidden panels and locked editors. Kept in
 * one file so the shared scenario and URL tables only spread it.
 */
import { LESSON_IDS } from '../lessons/lessonIds';

/** The version this app writes in every link (`v=1`) and scenario file; older links would migrate from it. */
export const LINK_VERSION = 1;

/**
 * Panels a teacher can hide with `hide=…` (comma-separated). Each name maps to CSS selectors in
 * src/ui/share/classroom.css, so hiding needs no change in the panels themselves.
 */
export const HIDEABLE_PANELS = [
  'p',
  'q',
  'family',
  'formula',
  'readouts',
  'measures',
  'charts',
  'tools',
  'tabs',
  'lesson',
] as const;
export type HideablePanel = (typeof HIDEABLE_PANELS)[number];

/** Editors a teacher can lock with `lock=…`: shown read-only with a lock note. */
export const LOCKABLE_EDITORS = ['p', 'q'] as const;
export type LockableEditor = (typeof LOCKABLE_EDITORS)[number];

export type LessonId = (typeof LESSON_IDS)[number];

export interface ShareScenario {
  /** The link format's version; always {@link LINK_VERSION} once read. */
  readonly version: number;
  /** The open lesson, or '' for none. */
  readonly lesson: LessonId | '';
  /** The lesson's step, 1-based. */
  readonly step: number;
  /** Presentation mode: large type, high contrast, few controls. */
  readonly present: boolean;
  /** Embed mode: plots and the chosen controls only, no header. */
  readonly embed: boolean;
  readonly hide: readonly HideablePanel[];
  readonly lock: readonly LockableEditor[];
}

export const DEFAULT_SHARE_SCENARIO: ShareScenario = {
  version: LINK_VERSION,
  lesson: '',
  step: 1,
  present: false,
  embed: false,
  hide: [],
  lock: [],
};

/** The most steps a lesson has; `step` beyond a lesson's own count is clamped when it opens. */
export const MAX_LESSON_STEPS = 12;

type Parsed<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly message: string };

const flag = {
  decode: (raw: string): Parsed<boolean> =>
    raw === '1' || raw === 'true'
      ? { ok: true, value: true }
      : raw === '0' || raw === 'false'
        ? { ok: true, value: false }
        : { ok: false, message: "expected '1' or '0'" },
  encode: (v: boolean) => (v ? '1' : '0'),
};

/** A comma-separated set of names; any unknown name refuses the whole list (and names the culprit). */
const nameList = <T extends string>(names: readonly T[]) => ({
  decode: (raw: string): Parsed<readonly T[]> => {
    if (raw.trim() === '') return { ok: true, value: [] };
    const out: T[] = [];
    for (const part of raw.split(',')) {
      const name = part.trim();
      if (!(names as readonly string[]).includes(name))
        return {
          ok: false,
          message: `'${name}' is not one of ${names.join(', ')}`,
        };
      if (!out.includes(name as T)) out.push(name as T);
    }
    return { ok: true, value: out };
  },
  encode: (xs: readonly T[]) => xs.join(','),
});

/** The sharing rows of the URL table (spread into URL_PARAMETERS). */
export const SHARE_URL_PARAMETERS: {
  readonly [K in keyof ShareScenario]: {
    readonly name: string;
    readonly alwaysWritten?: boolean;
    readonly codec: {
      decode(raw: string): Parsed<ShareScenario[K]>;
      encode(value: ShareScenario[K]): string;
    };
  };
} = {
  version: {
    name: 'v',
    alwaysWritten: true,
    codec: {
      decode: (raw) =>
        raw.trim() === String(LINK_VERSION)
          ? { ok: true, value: LINK_VERSION }
          : {
              ok: false,
              message: `is a link version this app does not know (it reads and writes v=${LINK_VERSION}); what could be read was restored`,
            },
      encode: (v) => String(v),
    },
  },
  lesson: {
    name: 'lesson',
    codec: {
      decode: (raw) =>
        (LESSON_IDS as readonly string[]).includes(raw) || raw === ''
          ? { ok: true, value: raw as LessonId | '' }
          : { ok: false, message: 'is not a lesson this app has' },
      encode: (id) => id,
    },
  },
  step: {
    name: 'step',
    codec: {
      decode: (raw) => {
        const x = Number(raw);
        return /^\d+$/.test(raw.trim()) && x >= 1 && x <= MAX_LESSON_STEPS
          ? { ok: true, value: x }
          : { ok: false, message: `expected a whole number from 1 to ${MAX_LESSON_STEPS}` };
      },
      encode: (n) => String(n),
    },
  },
  present: { name: 'present', codec: flag },
  embed: { name: 'embed', codec: flag },
  hide: { name: 'hide', codec: nameList(HIDEABLE_PANELS) },
  lock: { name: 'lock', codec: nameList(LOCKABLE_EDITORS) },
};
