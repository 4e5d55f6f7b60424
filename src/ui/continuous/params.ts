import type {
  Mixture1,
  Mixture2,
  MixtureComponent,
  Normal,
  Normal2,
} from '../../core/distributions/types';

/** The most components a mixture editor offers (issue 4). */
export const MAX_COMPONENTS = 8;

/** Slider ranges. σ sliders move on a log scale: equal steps multiply σ by the same factor. */
export const MEAN_RANGE = { min: -10, max: 10, step: 0.01 } as const;
export const SIGMA_RANGE = { min: 0.05, max: 20 } as const;
export const RHO_RANGE = { min: -0.99, max: 0.99, step: 0.01 } as const;
/** Slider steps on log₁₀σ: 1000 steps across the range. */
export const LOG_SIGMA_STEP = 0.001;

/** The position of σ on a log slider (log₁₀σ, clamped to the slider's range). */
export const sigmaToSlider = (sigma: number): number =>
  Math.log10(Math.min(SIGMA_RANGE.max, Math.max(SIGMA_RANGE.min, sigma)));

/** σ from a log slider position, rounded to 4 significant digits (enough for one keyboard step of 0.001 in log₁₀σ to show). */
export const sliderToSigma = (t: number): number => roundSignificant(10 ** t, 4);

export function roundSignificant(x: number, digits: number): number {
  if (x === 0 || !Number.isFinite(x)) return x;
  const scale = 10 ** (digits - 1 - Math.floor(Math.log10(Math.abs(x))));
  return Math.round(x * scale) / scale;
}

/** Rounds to a multiple of 10^-decimals (for positions dragged on a chart). */
export const roundTo = (x: number, decimals: number): number =>
  Math.round(x * 10 ** decimals) / 10 ** decimals;

/** A 1-D or 2-D continuous spec as a list of weighted components (a single Gaussian has weight 1). */
export function componentsOf<D extends Normal | Normal2>(
  d: D | { readonly components: readonly MixtureComponent<D>[] },
): readonly MixtureComponent<D>[] {
  return 'components' in d ? d.components : [{ weight: 1, component: d }];
}

/** Weights normalised to sum to 1 (uniform if they are all 0). */
export function normalisedWeights(components: readonly { weight: number }[]): number[] {
  const total = components.reduce((s, c) => s + c.weight, 0);
  return components.map((c) => (total > 0 ? c.weight / total : 1 / components.length));
}

const tidy = (x: number) => Math.round(x * 1e6) / 1e6;

/**
 * Sets component k's weight to w ∈ [0, 1] and scales the others so that all sum to 1 and keep their
 * proportions (the same rule as the categorical bars). If the others are all 0 they share 1 − w.
 */
export function setComponentWeight<D>(
  components: readonly MixtureComponent<D>[],
  k: number,
  w: number,
): MixtureComponent<D>[] {
  const n = components.length;
  const value = Math.min(1, Math.max(0, w));
  if (n === 1) return [{ weight: 1, component: components[0]!.component }];
  const probs = normalisedWeights(components);
  const rest = probs.reduce((s, p, i) => (i === k ? s : s + p), 0);
  return components.map((c, i) => ({
    weight: tidy(
      i === k ? value : rest > 0 ? (probs[i]! * (1 - value)) / rest : (1 - value) / (n - 1),
    ),
    component: c.component,
  }));
}

/** Adds a component with weight 1/(n + 1); the others are scaled by n/(n + 1). */
export function addComponent<D>(
  components: readonly MixtureComponent<D>[],
  component: D,
): MixtureComponent<D>[] {
  const n = components.length;
  const probs = normalisedWeights(components);
  return [
    ...components.map((c, i) => ({
      weight: tidy((probs[i]! * n) / (n + 1)),
      component: c.component,
    })),
    { weight: tidy(1 / (n + 1)), component },
  ];
}

/** Removes component k (never the last one); the others are renormalised. */
export function removeComponent<D>(
  components: readonly MixtureComponent<D>[],
  k: number,
): MixtureComponent<D>[] {
  if (components.length <= 1) return [...components];
  const kept = components.filter((_, i) => i !== k);
  const probs = normalisedWeights(kept);
  return kept.map((c, i) => ({ weight: tidy(probs[i]!), component: c.component }));
}

/** A 1-D spec from components: one component of weight 1 stays a plain Gaussian. */
export function fromComponents1(
  components: readonly MixtureComponent<Normal>[],
): Normal | Mixture1 {
  return { family: 'mixture', components };
}

export function fromComponents2(
  components: readonly MixtureComponent<Normal2>[],
): Normal2 | Mixture2 {
  return { family: 'mixture2', components };
}

/** A new component beside the last one, so it is visible and does not hide another. */
export function nextNormal(last: Normal): Normal {
  return { family: 'normal', mu: roundTo(last.mu + 2 * last.sigma, 2), sigma: last.sigma };
}

export function nextNormal2(last: Normal2): Normal2 {
  return { ...last, mx: roundTo(last.mx + 2 * last.sx, 2), rho: 0 };
}

/**
 * The three handles of a 2-D Gaussian's 1σ ellipse {(x − m)ᵀΣ⁻¹(x − m) = 1}: its centre, and the
 * ellipse's rightmost and topmost points. The rightmost point is (mx + sx, my + ρ·sy) (maximise x on
 * the ellipse: the gradient Σ⁻¹(x − m) is parallel to (1, 0), so x − m ∝ Σ·(1, 0) = (sx², ρsxsy),
 * scaled to Mahalanobis length 1 by dividing by sx); by symmetry the topmost is (mx + ρ·sx, my + sy).
 */
export function ellipseHandles(d: Normal2): {
  centre: [number, number];
  right: [number, number];
  top: [number, number];
} {
  return {
    centre: [d.mx, d.my],
    right: [d.mx + d.sx, d.my + d.rho * d.sy],
    top: [d.mx + d.rho * d.sx, d.my + d.sy],
  };
}

const clampRho = (r: number) => Math.min(RHO_RANGE.max, Math.max(RHO_RANGE.min, r));
const positiveSigma = (s: number) => Math.max(SIGMA_RANGE.min, roundSignificant(Math.abs(s), 3));

/**
 * The inverse of {@link ellipseHandles} for one handle moved to (x, y): the centre moves the mean;
 * the rightmost point sets sx = |x − mx| and ρ = (y − my)/sy; the topmost sets sy and ρ likewise.
 */
export function moveEllipseHandle(
  d: Normal2,
  handle: 'centre' | 'right' | 'top',
  x: number,
  y: number,
): Normal2 {
  if (handle === 'centre') return { ...d, mx: roundTo(x, 2), my: roundTo(y, 2) };
  if (handle === 'right')
    return { ...d, sx: positiveSigma(x - d.mx), rho: roundTo(clampRho((y - d.my) / d.sy), 2) };
  return { ...d, sy: positiveSigma(y - d.my), rho: roundTo(clampRho((x - d.mx) / d.sx), 2) };
}

/** A 1-D Gaussian with its peak or its shoulder (inflection point μ ± σ) moved to x. */
export function moveNormalHandle(d: Normal, handle: 'peak' | 'shoulder', x: number): Normal {
  return handle === 'peak' ? { ...d, mu: roundTo(x, 2) } : { ...d, sigma: positiveSigma(x - d.mu) };
}

/** Points on the 1σ ellipse, for drawing it: m + L·(cos t, sin t) with L the Cholesky factor of Σ. */
export function ellipsePoints(d: Normal2, n = 64): { x: number[]; y: number[] } {
  const x: number[] = [];
  const y: number[] = [];
  const c = Math.sqrt(Math.max(0, 1 - d.rho * d.rho));
  for (let i = 0; i <= n; i++) {
    const t = (2 * Math.PI * i) / n;
    const [u, v] = [Math.cos(t), Math.sin(t)];
    x.push(d.mx + d.sx * u);
    y.push(d.my + d.sy * (d.rho * u + c * v));
  }
  return { x, y };
}
