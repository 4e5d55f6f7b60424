import { useEffect, useRef, useState } from 'react';

/**
 * `value`, but changing at most once per `intervalMs`: a change inside the interval is shown when it
 * ends (the latest value then, never a stale one). `intervalMs` = 0 passes every change at once.
 * For charts whose data grows faster than a redraw is worth its main-thread time.
 */
export function useThrottledValue<T>(value: T, intervalMs: number): T {
  const [shown, setShown] = useState(value);
  const shownAt = useRef(-Infinity);
  useEffect(() => {
    if (Object.is(value, shown)) return;
    const wait = intervalMs > 0 ? shownAt.current + intervalMs - performance.now() : 0;
    const show = () => {
      shownAt.current = performance.now();
      setShown(value);
    };
    if (wait <= 0) {
      show();
      return;
    }
    const timer = setTimeout(show, wait);
    return () => clearTimeout(timer);
  }, [value, shown, intervalMs]);
  return Object.is(value, shown) || intervalMs > 0 ? shown : value;
}
