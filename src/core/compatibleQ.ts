import {
  discreteFamily,
  integerFamily,
  isContinuous1,
  isDiscrete,
  isInteger,
} from './families/registry';
import type { Distribution } from './distributions/types';
import { forwardFit1, forwardFit2 } from './fit/forward';
import { roundStep, snapToStep } from './fit/start1';
import { spreadStandIn1 } from './fit/target1';

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
    // Infinite variance: no moment match exists; spreadStandIn1's Gaussian stands in (a Cauchy's
    // central 99 % alone gave N(0, 37), far wider than its bulk).
    const moments = forwardFit1(p);
    const f =
      Number.isFinite(moments.mu) && Number.isFinite(moments.sigma) ? moments : spreadStandIn1(p);
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
