import type { AnswerSource } from '../../state/lessons/types';
import { useAppStore } from '../../state/store';

/**
 * The current value (nats) of a lesson question's answer, as the app computed it for the scenario on
 * screen, or null while it is not there yet. A `measure` comes from the explorer's analysis; a
 * `readout` from the readouts another view publishes in the store (usePublishedReadout), under the
 * same test id and attribute as its readout contract in the DOM.
 */
export function useAnswer(source: AnswerSource): number | null {
  return useAppStore((s) => {
    if (source.kind === 'measure')
      return s.analysis?.ok ? s.analysis.measures[source.key].value : null;
    const raw = s.readouts[source.testId]?.[source.attribute];
    const x = raw === undefined || raw === '' ? NaN : Number(raw);
    return Number.isNaN(x) ? null : x;
  });
}
