import { useEffect, useState } from 'react';

/**
 * Whether `element` is on screen or within half a screen's height of it, as the page scrolls:
 * work only a reader can see (typesetting a formula) waits while this is false. True until the
 * first observation, so what mounts on screen is drawn at once, and true where the browser has no
 * IntersectionObserver.
 */
export function useNearViewport(element: Element | null): boolean {
  const [near, setNear] = useState(true);
  useEffect(() => {
    if (!element || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver(
      (entries) => setNear(entries.some((e) => e.isIntersecting)),
      { rootMargin: '50% 0px' },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [element]);
  return near;
}
