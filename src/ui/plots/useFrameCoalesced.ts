import { useCallback, useEffect, useRef } from 'react';

/**
 * Wraps `apply` so that however many times the result is called within one animation frame, `apply`
 * runs once, in the next frame, with the latest arguments. Pointer events can arrive several times per
 * frame (coalesced or high-rate pens); this keeps a drag to at most one store update per frame, and so
 * at most one compute request and one chart update (issue 4, "dragging stays fluid").
 * `flush` runs a pending call at once (on pointerup, so the last position is never lost).
 */
export function useFrameCoalesced<A extends unknown[]>(
  apply: (...args: A) => void,
): { schedule: (...args: A) => void; flush: () => void } {
  const latest = useRef<A | null>(null);
  const frame = useRef<number | null>(null);
  const applyRef = useRef(apply);
  useEffect(() => {
    applyRef.current = apply;
  }, [apply]);

  const flush = useCallback(() => {
    if (frame.current !== null) cancelAnimationFrame(frame.current);
    frame.current = null;
    const args = latest.current;
    latest.current = null;
    if (args) applyRef.current(...args);
  }, []);

  const schedule = useCallback(
    (...args: A) => {
      latest.current = args;
      if (frame.current === null) frame.current = requestAnimationFrame(flush);
    },
    [flush],
  );

  useEffect(
    () => () => {
      if (frame.current !== null) cancelAnimationFrame(frame.current);
    },
    [],
  );
  return { schedule, flush };
}
