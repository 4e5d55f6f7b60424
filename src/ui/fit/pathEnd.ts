import type { Reverse1Result } from '../../state/slices/fit';
import type { ShownPath1 } from './useShownPath1';

/**
 * Whether the reverse path from the current start stopped in a local minimum worse than the global
 * one found: its last KL above the best by more than the optimiser's accuracy (KL is flat to
 * second order at a minimum, so 1e-7 relative is far above the gradient tolerance's effect, and
 * far below the gap between distinct minima). The mirror mode of a symmetric P ties: not local.
 */
export function endsInLocalMinimum(result: Reverse1Result | null, path: ShownPath1): boolean {
  const best = result?.minima[0];
  const end = result?.path[result.path.length - 1];
  if (!result || !best || !end || !path.fresh) return false;
  return end.kl - best.kl > 1e-7 * (1 + Math.abs(best.kl));
}
