import { useMemo } from 'react';
import type { Continuous1Spec } from '../../core/distributions/types';
import { isGaussianMixture1, logDensity1 } from '../../core/families/registry';
import {
  forwardFit1,
  forwardKl1,
  mixture1Summary,
  snapToStep,
  startRanges1,
  type Gaussian1,
} from '../../core/fit';
import { fitTarget1Of } from '../../state/fitBridge';
import { formatNumber } from '../format';

const SQRT_2PI = Math.sqrt(2 * Math.PI);

/** What every 1-D fit panel derives from P, computed once per P. */
export function useFit1Model(p: Continuous1Spec) {
  return useMemo(() => {
    const target = fitTarget1Of(p);
    const { table, entropy, reverse: objective } = target;
    const summary = mixture1Summary(table);
    /** The moment match, or null where KL(P‖Q) = ∞ for every Gaussian (Var P = ∞). */
    const forward = target.forwardInfinite ? null : forwardFit1(p);
    const sd = Math.sqrt(summary.variance);
    const range: [number, number] = [summary.lo - 1.5 * sd, summary.hi + 1.5 * sd];
    /** The start sliders' round ranges and steps; drags snap to the same steps. */
    const ranges = startRanges1(table);
    const snapStart = (g: Gaussian1): Gaussian1 => ({
      mu: Math.min(ranges.mu.max, Math.max(ranges.mu.min, snapToStep(g.mu, ranges.mu.step))),
      sigma: Math.min(
        ranges.sigma.max,
        Math.max(ranges.sigma.min, snapToStep(g.sigma, ranges.sigma.step)),
      ),
    });
    const peak = Math.max(
      forward ? 1 / (forward.sigma * SQRT_2PI) : 0,
      ...(isGaussianMixture1(p)
        ? Array.from(table.mu, (_, i) => table.weight[i]! / (table.sigma[i]! * SQRT_2PI))
        : [densityPeak(p, range)]),
    );
    /** KL(P‖Q), nats, exact given H(P) (Infinity for every Q when Var P = ∞). */
    const klPQ = (g: Gaussian1) =>
      target.forwardInfinite
        ? Infinity
        : forwardKl1(entropy, target.mean, target.variance, g.mu, g.sigma);
    /** KL(Q‖P), nats, by the accurate quadrature (Infinity for every Q when P is bounded). */
    const klQP = (g: Gaussian1) => (objective ? objective.evaluate(g.mu, g.sigma).kl : Infinity);
    /** "captured the mode at 3" or "covered the modes". */
    const describe = (g: Gaussian1) => {
      let nearest = -1;
      for (let i = 0; i < table.n; i++)
        if (Math.abs(g.mu - table.mu[i]!) < 0.5 * table.sigma[i]! + 0.1 * g.sigma) nearest = i;
      if (table.n > 1 && nearest >= 0 && g.sigma < 1.5 * table.sigma[nearest]!)
        return `captured the mode at ${formatNumber(table.mu[nearest]!, 3)}`;
      return 'covered the modes';
    };
    return {
      target,
      table,
      summary,
      forward,
      range,
      ranges,
      snapStart,
      peak,
      klPQ,
      klQP,
      describe,
    };
  }, [p]);
}

export type Fit1Model = ReturnType<typeof useFit1Model>;

/**
 * The highest finite density of a P drawn from its log-density (not a Gaussian mixture) over the
 * chart's 400 points; a density that is infinite at an edge (Beta with a < 1) is capped by the grid.
 */
function densityPeak(p: Continuous1Spec, [lo, hi]: [number, number]): number {
  const lp = logDensity1(p);
  let peak = 0;
  for (let i = 0; i < 400; i++) {
    const v = Math.exp(lp(lo + ((hi - lo) * i) / 399));
    if (Number.isFinite(v) && v > peak) peak = v;
  }
  return peak;
}

/**
 * The y-axis top shared by both density panels, so forward and reverse Q compare by eye: above P's
 * peak, both optima's and the start's (a narrow start drawn whole, not cut off at the top).
 */
export function densityYMax(
  model: Fit1Model,
  best: Gaussian1 | undefined,
  start: Gaussian1,
): number {
  const peak = (g: Gaussian1 | undefined) => (g ? 1 / (g.sigma * SQRT_2PI) : 0);
  return 1.15 * Math.max(model.peak, peak(best), peak(start));
}
