/**
 * For P = ½N(−s, 1) + ½N(s, 1), where the reverse fit's optima change, from
 * scripts/references/fit_separation.py (mpmath, 20 digits; cross-checked at s = 3 against
 * scripts/references/fit_reverse.py, 30 digits):
 * - `fold`: the mode-locked local minima N(±μ*, σ*) first exist (saddle-node); the bracket's upper end.
 * - `swap`: KL of the centred and of the mode-locked minima are equal; below it the centred Gaussian is
 *   the global optimum, above it the mode-locked ones are.
 * The centred Gaussian never turns into a saddle in reach: its curvature ∂²KL/∂μ² stays positive,
 * falling like 1/s² (0.0561 at s = 5, 0.00174 at s = 30; scripts/references/fit_centred_stability.py),
 * so it stays a local minimum across the fit view's slider and beyond.
 * At s = 2 the optimum is unique and centred (σ = 2.0470095); at s = 3 the mode-locked
 * N(±2.9843060, 1.0233686) is global and the centred N(0, 2.7437693) is still a local minimum.
 */
export const SEPARATION_THRESHOLDS = {
  fold: 2.4125,
  swap: 2.80008221758,
} as const;
