import { useDeferredValue, useRef } from 'react';
import { useAppStore, type AppState } from '../state/store';

/**
 * `selector(state)` at rest; while a person drags a slider or a handle (the store's `interacting`),
 * the value it had when the drag began, and no re-render. For panels that are costly to redraw and
 * not what the drag is about (the typeset formula, the code snippets): they catch up once, on
 * release, instead of on every frame of the drag. Selecting through the hold (rather than holding a
 * selected value) is what spares the renders: the bench's 1-D mixture drag rendered the closed code
 * panel three times per frame.
 *
 * The catch-up itself is deferred (useDeferredValue): the release's own task renders what the drag
 * is about (readouts, handles) and these panels render in a low-priority task after it. On a 2-D
 * mixture's release the formula's typesetting and the layout it measures (KaTeX 15–40 ms, a forced
 * layout 13 ms) made the pointerup task 47–57 ms, over the 50 ms budget for a task.
 *
 * `selector` must return a value held in the store (`s.p`, `s.analysis`), not a new object or array
 * built on each call: the result is compared by identity, and a fresh one at rest sends React's
 * useSyncExternalStore into a render loop ("the result of getSnapshot should be cached").
 */
export function useSettled<T>(selector: (s: AppState) => T): T {
  const held = useRef<{ value: T } | null>(null);
  const settled = useAppStore((s) => {
    if (!s.interacting || !held.current) held.current = { value: selector(s) };
    return held.current.value;
  });
  return useDeferredValue(settled);
}
