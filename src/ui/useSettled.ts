import { useRef } from 'react';
import { useAppStore } from '../state/store';

/**
 * `value` at rest; while a person drags a slider or a handle (the store's `interacting`), the value
 * it had when the drag began. For panels that are costly to redraw and not what the drag is about
 * (the typeset formula, the code snippets): they catch up once, on release, instead of on every
 * frame of the drag.
 */
export function useSettled<T>(value: T): T {
  const interacting = useAppStore((s) => s.interacting);
  const settled = useRef(value);
  // Reading and writing the ref during render is the point: the held value is render output.
  // eslint-disable-next-line react-hooks/refs
  if (!interacting) settled.current = value;
  // eslint-disable-next-line react-hooks/refs
  return interacting ? settled.current : value;
}
