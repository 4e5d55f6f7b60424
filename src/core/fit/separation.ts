/**
 * For P = ½N(−s, 1) + ½N(s, 1), where the reverse fit's optima change, from
 * scripts/references/fit_separation.py (mpmath, 20 digits; cross-checked at s = 3 against
 * scripts/references/fit_reverse.py, 30 digits):
 * - `fold`: the mode-locked local minima N(±μ*, σ*) first exist (saddle-node); the bracket's upper end.
 * - `swap`: KL of the centred and of the mode-locked minima are equal; below it the centred Gaussian is
 *   the global optimum, above it the mode-locked ones are.
 * - `centredUnstable`: ∂²KL/∂μ² = 0 on the centred branch; beyond it N(0, σ) is a saddle.
 * At s = 2 the optimum is unique and centred (σ = 2.0470095); at s = 3 the mode-locked
 * N(±2.9843060, 1.0233686) is global and the centred N(0, 2.7437693) is still a local minimum.
 */
export const SEPARATION_THRESHOLDS = {
  fold: 2.4125,
  swap: 2.80008221758,
  centredUnstable: NaN,
} as const;
