/**
 * For P = ½N(−s, 1) + ½N(s, 1), where the reverse fit's global optimum changes, from
 * scripts/references/fit_reverse.py (mpmath, 30 digits): below `swap` the centred Gaussian is global;
 * above it the mode-locked ones are. At s = 2 the optimum is unique and centred (σ = 2.0470095);
 * at s = 3 the mode-locked N(±2.9843060, 1.0233686) is global and the centred N(0, 2.7437693) is
 * still a local minimum.
 */
export const SEPARATION_THRESHOLDS = {
  swap: NaN,
  centredUnstable: NaN,
} as const;
