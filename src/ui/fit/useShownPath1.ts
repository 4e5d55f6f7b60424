import type { Continuous1Spec } from '../../core/distributions/types';
import type { Gaussian1 } from '../../core/fit';
import { defaultStart1 } from '../../state/fitBridge';
import { useAppStore } from '../../state/store';

/** The animated path (or just the start before a fit) and the Gaussian at the current frame. */
export function useShownPath1(p: Continuous1Spec) {
  const start = useAppStore((s) => s.fit.start1) ?? defaultStart1(p);
  const result = useAppStore((s) => s.fit.reverse1);
  const frame = useAppStore((s) => s.fit.frame);
  const path: Gaussian1[] = result ? result.path.map((x) => x.q) : [start];
  const index = Math.min(frame, path.length - 1);
  return { start, path, index, shown: path[index] ?? start };
}
