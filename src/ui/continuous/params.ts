import { ellipseAxes, scalesFromAxes } from '../../core/distributions/ellipse';
import { real1Family } from '../../core/families/registry';
import type {
  Component1Spec,
  Mixture1,
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

/**
 * A new component beside the last one of a 1-D mixture: a Normal after a Normal as before
 * ({@link nextNormal}); after another family a Normal two standard deviations right of its mean
 * with its spread (N(0, 1) beside a component of infinite variance).
 */
export function nextComponent1(last: Component1Spec): Component1Spec {
  if (last.family === 'normal') return nextNormal(last);
  const { mean, variance } = real1Family(last).moments(last);
  const sd = Math.sqrt(variance);
  return Number.isFinite(mean) && Number.isFinite(sd) && sd > 0
    ? { family: 'normal', mu: roundTo(mean + 2 * sd, 2), sigma: positiveSigma(sd) }
    : { family: 'normal', mu: 0, sigma: 1 };
}

/** "Add a component" on a single 1-D distribution: it becomes a mixture of itself and the next. */
export const mixtureWithNext1 = (d: Component1Spec): Mixture1 => ({
  family: 'mixture',
  components: addComponent([{ weight: 1, component: d }], nextComponent1(d)),
});

/** A new component beside the last one, so it is visible and does not hide another. */
export function nextNormal(last: Normal): Normal {
  return { family: 'normal', mu: roundTo(last.mu + 2 * last.sigma, 2), sigma: last.sigma };
}

export function nextNormal2(last: Normal2): Normal2 {
  return { ...last, mx: roundTo(last.mx + 2 * last.sx, 2), rho: 0 };
}

/** An ellipse's handles, in drawing order: the centre last, on top of a short axis's ends. */
export const ELLIPSE_HANDLES = [
  'major',
  'major-opposite',
  'minor',
  'minor-opposite',
  'centre',
] as const;
export type EllipseHandle = (typeof ELLIPSE_HANDLES)[number];
export const isEllipseHandle = (s: string): s is EllipseHandle =>
  (ELLIPSE_HANDLES as readonly string[]).includes(s);

/**
 * Where the handles of a 2-D Gaussian's 1σ ellipse sit: its centre and both ends of its semi-axes
 * (see ellipseAxes), m ± a·(cos θ, sin θ) and m ± b·(−sin θ, cos θ). Both ends, because the
 * canonical end jumps to the other side when ρ changes sign on an upright ellipse: with both drawn,
 * a handle stays under the pointer.
 */
export function ellipseHandles(d: Normal2): { readonly [K in EllipseHandle]: [number, number] } {
  const { major: a, minor: b, angle } = ellipseAxes(d);
  const [cos, sin] = [Math.cos(angle), Math.sin(angle)];
  return {
    centre: [d.mx, d.my],
    major: [d.mx + a * cos, d.my + a * sin],
    'major-opposite': [d.mx - a * cos, d.my - a * sin],
    minor: [d.mx - b * sin, d.my + b * cos],
    'minor-opposite': [d.mx + b * sin, d.my - b * cos],
  };
}

const clampRho = (r: number) => Math.min(RHO_RANGE.max, Math.max(RHO_RANGE.min, r));
const positiveSigma = (s: number) => Math.max(SIGMA_RANGE.min, roundSignificant(Math.abs(s), 3));

/** The 2-D Gaussian with these semi-axes (scalesFromAxes), on the sliders' steps and within ±0.99. */
export function normal2FromAxes(
  mx: number,
  my: number,
  a: number,
  b: number,
  angle: number,
): Normal2 {
  const { sx, sy, rho } = scalesFromAxes(a, b, angle);
  return {
    family: 'normal2',
    mx,
    my,
    sx: positiveSigma(sx),
    sy: positiveSigma(sy),
    rho: roundTo(clampRho(rho), 2) + 0, // + 0: no −0 in the fields
  };
}

/**
 * The inverse of {@link ellipseHandles} for one handle moved to (x, y): the centre moves the mean;
 * an end of the major axis sets that semi-axis's length and turns the ellipse to point at (x, y),
 * keeping the minor one; an end of the minor axis does the same for the minor semi-axis.
 */
export function moveEllipseHandle(
  d: Normal2,
  handle: EllipseHandle,
  x: number,
  y: number,
): Normal2 {
  if (handle === 'centre') return { ...d, mx: roundTo(x, 2), my: roundTo(y, 2) };
  const { major, minor } = ellipseAxes(d);
  const length = Math.hypot(x - d.mx, y - d.my);
  const towards = Math.atan2(y - d.my, x - d.mx);
  // Either end of an axis sets it: the ellipse is symmetric about its centre.
  return handle.startsWith('major')
    ? normal2FromAxes(d.mx, d.my, length, minor, towards)
    : normal2FromAxes(d.mx, d.my, major, length, towards - Math.PI / 2);
}

/** A 1-D Gaussian with its peak or its shoulder (inflection point μ ± σ) moved to x. */
export function moveNormalHandle(d: Normal, handle: 'peak' | 'shoulder', x: number): Normal {
  return handle === 'peak' ? { ...d, mu: roundTo(x, 2) } : { ...d, sigma: positiveSigma(x - d.mu) };
}
