import { useEffect, useState } from 'react';
import type { AnswerSource } from '../../state/lessons/types';
import { useAppStore } from '../../state/store';

/**
 * The current value (nats) of a lesson question's answer, as the app computed it for the scenario on
 * screen, or null while it is not there yet. A `measure` comes from the explorer's analysis; a
 * `readout` from another view's readout contract, watched until its attribute holds a number.
 */
export function useAnswer(source: AnswerSource): number | null {
  const measure = useAppStore((s) =>
    source.kind === 'measure' && s.analysis?.ok ? s.analysis.measures[source.key].value : null,
  );
  const [readout, setReadout] = useState<number | null>(null);
  const testId = source.kind === 'readout' ? source.testId : null;
  const attribute = source.kind === 'readout' ? source.attribute : null;
  useEffect(() => {
    if (testId === null || attribute === null) return;
    const read = () => {
      const raw = document.querySelector(`[data-testid="${testId}"]`)?.getAttribute(attribute);
      const x = raw === null || raw === undefined || raw === '' ? NaN : Number(raw);
      setReadout(Number.isNaN(x) ? null : x);
    };
    read();
    // Views compute asynchronously (worker, Monte Carlo pool, fits): watch their readout appear.
    const observer = new MutationObserver(read);
    observer.observe(document.body, {
      subtree: true,
      childList: true,
      attributes: true,
      attributeFilter: [attribute],
    });
    return () => observer.disconnect();
  }, [testId, attribute]);
  return source.kind === 'measure' ? measure : readout;
}
