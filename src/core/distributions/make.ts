import type { Mixture2, Normal, Normal2 } from './types';

/** N(μ, σ) as data, for code and tests that build specs by hand. No validation: see spec/parse.ts. */
export const normal = (mu: number, sigma: number): Normal => ({ family: 'normal', mu, sigma });

/** N2(mx, my, sx, sy, ρ) as data, for code and tests that build specs by hand. No validation. */
export const normal2 = (mx: number, my: number, sx: number, sy: number, rho: number): Normal2 => ({
  family: 'normal2',
  mx,
  my,
  sx,
  sy,
  rho,
});

/** A mixture of N2s from [weight, component] pairs, for code and tests that build specs by hand. */
export const mixture2 = (...parts: readonly (readonly [number, Normal2])[]): Mixture2 => ({
  family: 'mixture2',
  components: parts.map(([weight, component]) => ({ weight, component })),
});
