import { useEffect, useState, type RefObject } from 'react';
import type { MeasureSet } from '../../core/divergences/types';
import type { InformationUnit } from '../../core/units';
import { formatAmount } from '../format';

/**
 * The two KLs in a compact bar fixed to the bottom of the screen while the readouts card is
 * scrolled out of view, so that a person dragging a chart's handle on a phone still sees the numbers
 * move. A visual copy of the readouts (which keep the test ids and the accessible text), so it is
 * hidden from assistive technology.
 */
export function HeadlineBar({
  watched,
  measures,
  unit,
}: {
  watched: RefObject<HTMLElement | null>;
  measures: MeasureSet | null;
  unit: InformationUnit;
}) {
  const offscreen = useOffscreen(watched);
  if (!offscreen || !measures) return null;
  return (
    <div className="headline-bar" aria-hidden="true" data-testid="headline-bar">
      <span className="headline headline-pq">
        KL(P‖Q) <b>{formatAmount(measures.klPQ.value, unit)}</b>
      </span>
      <span className="headline headline-qp">
        KL(Q‖P) <b>{formatAmount(measures.klQP.value, unit)}</b>
      </span>
      <span className="headline-unit">{unit}</span>
    </div>
  );
}

/** Whether the element is entirely outside the viewport (false until first observed). */
function useOffscreen(ref: RefObject<HTMLElement | null>): boolean {
  const [offscreen, setOffscreen] = useState(false);
  useEffect(() => {
    const el = ref.current;
    if (!el || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver(([entry]) => {
      if (entry) setOffscreen(!entry.isIntersecting);
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref]);
  return offscreen;
}
