import type { Gaussian1 } from '../../core/fit';
import { useAppStore } from '../../state/store';
import { formatKl, formatNumber } from '../format';
import type { ShownPath1 } from './useShownPath1';

const n = (g: Gaussian1) =>
  `N(${formatNumber(roundZero(g.mu, g.sigma), 3)}, ${formatNumber(g.sigma, 3)})`;
/** μ within 1e-6·σ of 0 is 0 to the optimiser's accuracy (a symmetric P's centred minimum). */
const roundZero = (mu: number, sigma: number) => (Math.abs(mu) < 1e-6 * sigma ? 0 : mu);

/**
 * In words, beside the chart: where the optimiser's path from the start goes, and, when it stops in
 * a local minimum, that it does and how that differs from the optimum drawn solid.
 */
export function PathNote1({
  which,
  path,
  start,
  optimum,
  local,
  bestKl,
}: {
  which: 'forward' | 'reverse';
  path: ShownPath1;
  start: Gaussian1;
  optimum: Gaussian1 | null;
  /** The path end's KL when it is a local minimum (reverse only). */
  local?: number;
  bestKl?: number;
}) {
  const unit = useAppStore((s) => s.units);
  const steps = path.points.length - 1;
  const end = path.points[steps]!;
  let text: string;
  if (!path.fresh)
    text = `The dotted start is ${n(start)}: press Play to see the optimiser’s path from it.`;
  else if (local !== undefined && optimum && bestKl !== undefined)
    text = `From the dotted start ${n(start)}, the optimiser’s dashed path got stuck in a local minimum, ${n(end)} (KL ${formatKl(local, unit)}): not the global minimum drawn solid, ${n(optimum)} (KL ${formatKl(bestKl, unit)}).`;
  else
    text = `From the dotted start ${n(start)}, the optimiser’s dashed path reaches ${which === 'forward' ? 'the moment match' : 'the minimum'} ${n(end)} in ${steps} step${steps === 1 ? '' : 's'}.`;
  return (
    <p
      className={local !== undefined ? 'fit-path-note fit-path-note-local' : 'fit-path-note'}
      data-testid={`fit.pathNote.${which}`}
      data-local={local !== undefined ? 'true' : 'false'}
    >
      {text}
    </p>
  );
}
