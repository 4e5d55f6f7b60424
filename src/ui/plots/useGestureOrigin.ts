import { useCallback, useEffect, useRef } from 'react';
import { useAppStore } from '../../state/store';

/**
 * A stable getter of `value` as it was when the current drag or key gesture began (the store's
 * `interacting` flag), or as it is now when no gesture is under way. A handle whose meaning depends
 * on the shape it edits (an ellipse's "major" end is the end of its longer axis) must apply every
 * move of a gesture to the shape the gesture started from: applied frame by frame to the shape the
 * previous frame produced, the names swap as soon as the dragged axis passes the other one.
 */
export function useGestureOrigin<T>(value: T): () => T {
  const interacting = useAppStore((s) => s.interacting);
  const origin = useRef(value);
  const current = useRef(value);
  useEffect(() => {
    current.current = value;
    if (!interacting) origin.current = value;
  }, [interacting, value]);
  return useCallback(
    () => (useAppStore.getState().interacting ? origin.current : current.current),
    [],
  );
}
