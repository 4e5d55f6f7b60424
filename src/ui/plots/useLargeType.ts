import { useAppStore } from '../../state/store';

/**
 * Whether charts draw with large type: `large=1`, or `present=1`, which implies it. Every chart
 * (Plotly or with drag handles) reads this one hook, so no chart ignores presentation mode.
 */
export function useLargeType(): boolean {
  return useAppStore((s) => s.largeType || s.present);
}
