import { useLayoutEffect, useState } from 'react';

/**
 * The content width (inside padding) of the element the returned callback ref is attached to,
 * kept current by a ResizeObserver; undefined until it has been measured (or while nothing is
 * attached). Figures that adapt to their width (bar labels that must fit their bars) read it
 * instead of measuring themselves on every redraw.
 */
export function useContentWidth<T extends HTMLElement>() {
  const [element, setElement] = useState<T | null>(null);
  const [width, setWidth] = useState<number | undefined>(undefined);
  useLayoutEffect(() => {
    if (!element) return;
    const observer = new ResizeObserver(([entry]) => {
      const w = Math.round(entry!.contentRect.width);
      setWidth((old) => (old === w ? old : w));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [element]);
  return [setElement, width] as const;
}
