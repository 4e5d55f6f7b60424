import { useMemo } from 'react';
import type { Continuous1Spec } from '../../core/distributions/types';
import type { Gaussian1 } from '../../core/fit';
import { defaultStart1, pathIsFrom } from '../../state/fitBridge';
import { isStart1 } from '../../state/fitScenario';
import { useAppStore } from '../../state/store';

/** One fit's path as the animation shows it: every iterate, the index shown and its Gaussian. */
export interface ShownPath1 {
  readonly points: readonly Gaussian1[];
  readonly index: number;
  readonly shown: Gaussian1;
  /** Whether the path is from the current start (false: only the start is known yet). */
  readonly fresh: boolean;
}

const at = (points: readonly Gaussian1[], frame: number, fresh: boolean): ShownPath1 => {
  const index = Math.min(frame, points.length - 1);
  return { points, index, shown: points[index]!, fresh };
};

/**
 * The start in use and both animated paths from it (reverse from the worker, forward from the
 * bridge) at the shared frame; a path from an older start is replaced by the start alone.
 */
export function useShownPath1(p: Continuous1Spec) {
  const fitStart = useAppStore((s) => s.fitStart);
  const start = useMemo(() => (isStart1(fitStart) ? fitStart : defaultStart1(p)), [fitStart, p]);
  const result = useAppStore((s) => s.fit.reverse1);
  const forwardResult = useAppStore((s) => s.fit.forward1);
  const frame = useAppStore((s) => s.fit.frame);
  const reversePoints = useMemo(
    () => (result && pathIsFrom(result, start) ? result.path.map((x) => x.q) : null),
    [result, start],
  );
  const forwardPoints = useMemo(
    () =>
      forwardResult && pathIsFrom(forwardResult, start) ? forwardResult.path.map((x) => x.q) : null,
    [forwardResult, start],
  );
  const reverse = useMemo(
    () => at(reversePoints ?? [start], frame, reversePoints !== null),
    [reversePoints, start, frame],
  );
  const forward = useMemo(
    () => at(forwardPoints ?? [start], frame, forwardPoints !== null),
    [forwardPoints, start, frame],
  );
  return { start, reverse, forward };
}

/** Moves the 1-D start (it is part of the scenario, so of the link). */
export const setStart1 = (start: Gaussian1) =>
  useAppStore.getState().applyScenario({ fitStart: start });
