import { useCallback, useEffect, useRef } from 'react';
import { afterNextPaint } from './afterNextPaint';

/**
 * Wraps `apply` so that however many times the result is called within one animation frame, `apply`
 * runs once, just after that frame is painted, with the latest arguments. Pointer events can arrive
 * several times per frame (coalesced or high-rate pens); this keeps a drag to at most one store
 * update per frame, and so at most one compute request and one chart update (issue 4, "dragging
 * stays fluid"). `flush` runs a pending call at once (on pointerup, so the last position is never
 * lost).
 *
 * After the paint, not in the frame's animation callbacks: what a move changes on screen comes in
 * two parts, the handle and the editors (rendered from the store at once) and the curves and
 * numbers (drawn when the worker has answered, 2–5 ms later, so in the next frame). Applied inside
 * the frame, each move cost two renderings of the page, the handle running a frame ahead of its
 * curve; applied after it, both parts are painted together in the next frame, one rendering per
 * move (issue 13: style, layout, paint and layerize were 6 ms of a 1-D mixture's 25 ms per move).
 */
export function useFrameCoalesced<A extends unknown[]>(
  apply: (...args: A) => void,
): { schedule: (...args: A) => void; flush: () => void } {
  const latest = useRef<A | null>(null);
  const cancel = useRef<(() => void) | null>(null);
  const applyRef = useRef(apply);
  useEffect(() => {
    applyRef.current = apply;
  }, [apply]);

  const flush = useCallback(() => {
    cancel.current?.();
    cancel.current = null;
    const args = latest.current;
    latest.current = null;
    if (args) applyRef.current(...args);
  }, []);

  const schedule = useCallback(
    (...args: A) => {
      latest.current = args;
      cancel.current ??= afterNextPaint(flush);
    },
    [flush],
  );

  useEffect(() => () => cancel.current?.(), []);
  return { schedule, flush };
}
