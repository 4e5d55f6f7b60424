import fc from 'fast-check';
import type { Mixture2 } from '../core/distributions/types';
import { mixture2, normal2 } from '../core/distributions/make';

/** Ranges of the random 2-D mixtures' components (weights are in [0.1, 1]). */
export interface Mixture2Ranges {
  /** |mx|, |my| at most this. */
  readonly mean: number;
  readonly sigma: readonly [number, number];
  /** |ρ| at most this. */
  readonly rho: number;
  readonly maxComponents: number;
}

/** Random mixtures of 1 to `maxComponents` N2s within `ranges`, for property tests. */
export function mixture2Arbitrary(ranges: Mixture2Ranges): fc.Arbitrary<Mixture2> {
  const d = (min: number, max: number) => fc.double({ min, max, noNaN: true });
  const [s0, s1] = ranges.sigma;
  const component = fc.tuple(
    d(0.1, 1),
    d(-ranges.mean, ranges.mean),
    d(-ranges.mean, ranges.mean),
    d(s0, s1),
    d(s0, s1),
    d(-ranges.rho, ranges.rho),
  );
  return fc
    .array(component, { minLength: 1, maxLength: ranges.maxComponents })
    .map((cs) =>
      mixture2(...cs.map(([w, mx, my, sx, sy, rho]) => [w, normal2(mx, my, sx, sy, rho)] as const)),
    );
}
