import {
  discreteFamily,
  integerFamily,
  isContinuous1,
  isDiscrete,
  isInteger,
  real1Family,
} from './families/registry';
import type { Continuous1Spec, Distribution } from './distributions/types';
import { forwardFit1, forwardFit2 } from './fit/forward';
import { plotRange1Generic } from './divergences/continuous1Generic';
import { roundStep, snapToStep } from './fit/start1';
import { IQR_PER_SD, Z_995 } from './fit/target1';

/** A Gaussian where P's variance is infinite: from its quartiles, else its central 99 %. */
function spreadStandIn(p: Continuous1Spec): { mu: number; sigma: number } {
  const [q1, median, q3] = real1Family(p).quartiles?.(p) ?? [NaN, NaN, NaN];
  if (q3 - q1 > 0) return { mu: median, sigma: (q3 - q1) / IQR_PER_SD };
  const [lo, hi] = plotRange1Generic(p, p);
  return { mu: (lo + hi) / 2, sigma: (hi - lo) / (2 * Z_995) };
}

/** Two significant digits: a readable, round parameter for a Q the app picks itself. */
const twoDigits = (x: number) => Number(x.toPrecision(2));

/**
 * A Q on P's sample space, for a scenario that gives only P (or a Q that lives elsewhere): the
 * uniform distribution on P's outcomes (Bern(0.5), Cat(1,…,1)), the family's companion for counts
 * (Bin(n, p) → Pois(np), the Poisson approximation), or a Gaussian with P's mean and
 * 1.5 × its standard deviation per axis (uncorrelated in 2-D), rounded so the spec reads well:
 * the mean to a round step of about a tenth of P's sd, the sd to two significant digits. Broad,
 * so both KL directions stay finite and moderate.
 */
export function compatibleQ(p: Distribution): Distribution {
  if (isDiscrete(p)) return discreteFamily(p).uniform(p);
  if (isInteger(p)) return integerFamily(p).companion(p);
  if (isContinuous1(p)) {
    // Infinite variance (a t with ν ≤ 2, or a mixture with one): no moment match exists; the
    // Gaussian with P's quartiles stands in where the family has them (a Cauchy's central 99 %
    // gave N(0, 37), far wider than its bulk), else the one with P's central 99 % (its plot range).
    const moments = forwardFit1(p);
    const f =
      Number.isFinite(moments.mu) && Number.isFinite(moments.sigma) ? moments : spreadStandIn(p);
    return {
      family: 'normal',
      mu: snapToStep(f.mu, roundStep(f.sigma / 10)),
      sigma: twoDigits(1.5 * f.sigma),
    };
  }
  const f = forwardFit2(p);
  const sx = Math.sqrt(f.cov[0][0]);
  const sy = Math.sqrt(f.cov[1][1]);
  return {
    family: 'normal2',
    mx: snapToStep(f.mean[0], roundStep(sx / 10)),
    my: snapToStep(f.mean[1], roundStep(sy / 10)),
    sx: twoDigits(1.5 * sx),
    sy: twoDigits(1.5 * sy),
    rho: 0,
  };
}
