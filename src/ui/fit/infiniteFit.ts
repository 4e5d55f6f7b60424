import type { FitInfinity1 } from '../../core/fit';
import { formatNumber } from '../format';

const interval = (lo: number, hi: number) =>
  `[${Number.isFinite(lo) ? formatNumber(lo, 4) : '−∞'}, ${Number.isFinite(hi) ? formatNumber(hi, 4) : '∞'}]`;

/**
 * In words, for a teacher: why no Gaussian Q makes this direction finite, and what the view still
 * shows. `which` is the direction that is infinite.
 */
export function infiniteFitText(which: 'forward' | 'reverse', reason: FitInfinity1): string {
  if (reason.code === 'bounded-support') {
    const gaps = reason.gaps.map((g) => `(${formatNumber(g.lo, 4)}, ${formatNumber(g.hi, 4)})`);
    const where =
      gaps.length > 0
        ? `outside ${interval(reason.lo, reason.hi)} and in ${gaps.join(', ')}`
        : `outside ${interval(reason.lo, reason.hi)}`;
    return `KL(Q‖P) = ∞ for every Gaussian Q: P has no density ${where}, and every Gaussian puts some mass there, where log p = −∞. Reverse KL cannot choose a Gaussian for this P; the forward fit, which only needs P’s mean and variance, still can.`;
  }
  return which === 'forward'
    ? 'KL(P‖Q) = ∞ for every Gaussian Q: P’s tails are so heavy that its variance is infinite (a Student-t with ν ≤ 2), and KL(P‖Q) contains E_P[(x − μ)²]/(2σ²). There is no forward fit; the reverse fit, which averages over Q, still exists.'
    : 'KL(Q‖P) is infinite for every Gaussian Q.';
}
