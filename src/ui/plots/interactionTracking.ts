import type { AppStore } from '../../state/store';

/** What a person drags or steps with keys: every range slider, and the plot handles. */
const CONTROL = 'input[type="range"], [data-drag-handle]';
const STEP_KEYS = new Set([
  'ArrowLeft',
  'ArrowRight',
  'ArrowUp',
  'ArrowDown',
  'PageUp',
  'PageDown',
  'Home',
  'End',
]);
/**
 * Key presses closer together than this are one interaction (key repeat is ~33 ms apart). Generous:
 * on a loaded machine an update can take longer than a short rest, and each end of an interaction
 * costs a full redraw of every chart.
 */
const KEY_REST_MS = 500;

/**
 * Sets the store's `interacting` while a slider or a handle is held, or while keys step one, from
 * capturing listeners on the document: one place for every view's controls, none of which need to
 * know. Returns the uninstaller.
 */
export function installInteractionTracking(store: AppStore, doc: Document = document): () => void {
  let keyTimer: ReturnType<typeof setTimeout> | null = null;
  let pointer = false;
  const set = (on: boolean) => {
    if (store.getState().interacting === on) return;
    store.getState().setInteracting(on);
    // On the root element too, for whatever waits on the page's state from outside (the e2e
    // helpers): while it is set, charts show pinned axes and their release redraw is still to come.
    doc.documentElement.toggleAttribute('data-interacting', on);
  };
  const isControl = (t: EventTarget | null) => t instanceof Element && t.closest(CONTROL) !== null;
  const down = (e: PointerEvent) => {
    if (!isControl(e.target)) return;
    pointer = true;
    set(true);
  };
  const up = () => {
    if (!pointer) return;
    pointer = false;
    if (keyTimer === null) set(false);
  };
  const key = (e: KeyboardEvent) => {
    if (!STEP_KEYS.has(e.key) || !isControl(e.target)) return;
    set(true);
    if (keyTimer !== null) clearTimeout(keyTimer);
    keyTimer = setTimeout(() => {
      keyTimer = null;
      if (!pointer) set(false);
    }, KEY_REST_MS);
  };
  const opts = { capture: true } as const;
  doc.addEventListener('pointerdown', down, opts);
  doc.addEventListener('pointerup', up, opts);
  doc.addEventListener('pointercancel', up, opts);
  doc.addEventListener('keydown', key, opts);
  return () => {
    doc.removeEventListener('pointerdown', down, opts);
    doc.removeEventListener('pointerup', up, opts);
    doc.removeEventListener('pointercancel', up, opts);
    doc.removeEventListener('keydown', key, opts);
    if (keyTimer !== null) clearTimeout(keyTimer);
  };
}
