import type { Continuous2Spec, Normal2 } from '../distributions/types';
import { gaussianComponents2 } from '../families/registry';
import { forwardFit2 } from './forward';
import { gaussian2FromNormal2 } from './gaussian2';
import { roundStep, snapToStep } from './start1';
import type { Gaussian2 } from './types';

/**
 * Where the 2-D reverse fit's path starts before the person moves it, the 2-D form of
 * {@link defaultStart1}: P's heaviest component k (the first of equals) with its own covariance Σₖ,
 * its mean moved 1.5 standard deviations of Σₖ along the direction away from P's mean, so the path
 * walks onto that mode and locks there. The moment match (P's mean and covariance) is a poor start:
 * it is the forward fit itself, so the two ellipses coincide, and for a symmetric P it sits on the
 * saddle between the modes. When μₖ is within half a standard deviation of P's mean (one Gaussian,
 * a central mode) the start lies to the left (−x). The mean is snapped to a round step, about 1/100
 * of P's spread.
 */
export function defaultStart2(p: Continuous2Spec): Gaussian2 {
  const parts: readonly { weight: number; component: Normal2 }[] = gaussianComponents2(p);
  let k = 0;
  for (let i = 1; i < parts.length; i++)
    if (parts[i]!.weight > parts[k]!.weight * (1 + 1e-12)) k = i;
  const heaviest = gaussian2FromNormal2(parts[k]!.component);
  const moments = forwardFit2(p);
  const [mx, my] = heaviest.mean;
  const cov = heaviest.cov;
  let dx = mx - moments.mean[0];
  let dy = my - moments.mean[1];
  const length = Math.hypot(dx, dy);
  // σ of Σₖ along the unit direction d: √(dᵀΣₖd).
  const sdAlong = (ux: number, uy: number) =>
    Math.sqrt(cov[0][0] * ux * ux + 2 * cov[0][1] * ux * uy + cov[1][1] * uy * uy);
  if (!(length > 0) || length < 0.5 * sdAlong(dx / length, dy / length)) {
    dx = -1;
    dy = 0;
  } else {
    dx /= length;
    dy /= length;
  }
  const shift = 1.5 * sdAlong(dx, dy);
  const step = roundStep(Math.sqrt(moments.cov[0][0] + moments.cov[1][1]) / 100);
  return {
    mean: [snapToStep(mx + shift * dx, step), snapToStep(my + shift * dy, step)],
    cov,
  };
}
