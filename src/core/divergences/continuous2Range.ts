/**
 * What the 2-D nested quadrature can integrate in double precision, a frame that brings more pairs
 * into that range, and the Jensen–Shannon value of pairs too far apart to need integrating.
 *
 * The nested rule works in the plane's own coordinates, so a component must be resolvable where it
 * lies: a double spaced 2e84 apart near 1e100 cannot place nodes across a σ = 1 component there.
 * KL and JS are unchanged by an affine map applied to both P and Q, and entropies shift by its
 * log-determinant, so a pair is first moved and scaled to put its narrowest component (smallest
 * √det Σ) at the origin with √det Σ = 1; what is still out of range after that (two narrow components
 * far apart relative to their widths, or widths beyond 1e70 of each other) is refused with a message.
 */
import { gaussianComponents2 } from '../families/registry';
import { mixtureLogWeights } from '../distributions/density';
import type { Continuous2Spec, Mixture2, Normal2 } from '../distributions/types';
import { halfSquare, standardisedDifference } from '../numeric/scaled';

/** Each component's extent (|mean| + 10σ per axis) must be within this of its finest width. */
const RESOLUTION = 1e8;
/** The largest extent must be within this of the finest width over all components. */
const SPREAD = 1e70;
/** Peak densities above e^345 ≈ 1e150 times a log-ratio could overflow the integrands. */
const LOG_PEAK = 345;
/** Below this Bhattacharyya bound JS is ln 2 to double precision (ln 2 − JS ≤ BC). */
const DISJOINT_BC = 1e-17;
const LOG_2PI = Math.log(2 * Math.PI);

const componentsOf = (d: Continuous2Spec): Normal2[] =>
  gaussianComponents2(d).map((c) => c.component);

const logWeightsOf = (d: Continuous2Spec): Float64Array =>
  mixtureLogWeights(gaussianComponents2(d));

/** log √det Σ = log sx + log sy + ½ log(1 − ρ²). */
const logRootDet = (c: Normal2) =>
  Math.log(c.sx) + Math.log(c.sy) + 0.5 * Math.log((1 - c.rho) * (1 + c.rho));

/** True if the nested quadrature resolves every component of both specs where it lies. */
export function inQuadratureRange(p: Continuous2Spec, q: Continuous2Spec): boolean {
  const comps = [...componentsOf(p), ...componentsOf(q)];
  let maxExtent = 0;
  let minWidth = Infinity;
  for (const c of comps) {
    const k = Math.sqrt((1 - c.rho) * (1 + c.rho));
    const width = Math.min(c.sx * k, c.sy * k);
    const extent = Math.max(Math.abs(c.mx) + 10 * c.sx, Math.abs(c.my) + 10 * c.sy);
    if (!Number.isFinite(extent) || !(width > 0)) return false;
    if (extent > RESOLUTION * width) return false;
    if (-LOG_2PI - logRootDet(c) > LOG_PEAK) return false;
    maxExtent = Math.max(maxExtent, extent);
    minWidth = Math.min(minWidth, width);
  }
  return maxExtent <= SPREAD * minWidth;
}

/** A pair mapped by x ↦ (x − c)/s, and log s (entropies of the originals are those + 2·log s). */
export interface Frame2 {
  readonly p: Continuous2Spec;
  readonly q: Continuous2Spec;
  readonly logScale: number;
}

function mapComponent(c: Normal2, cx: number, cy: number, s: number): Normal2 {
  return {
    family: 'normal2',
    mx: standardisedDifference(c.mx, cx, s),
    my: standardisedDifference(c.my, cy, s),
    sx: c.sx / s,
    sy: c.sy / s,
    rho: c.rho,
  };
}

function mapSpec(d: Continuous2Spec, cx: number, cy: number, s: number): Continuous2Spec {
  // Maps a spec into the frame keeping its own shape (every 2-D family is a Gaussian mixture).
  if (d.family === 'normal2') return mapComponent(d, cx, cy, s);
  const m: Mixture2 = {
    family: 'mixture2',
    components: d.components.map((c) => ({
      weight: c.weight,
      component: mapComponent(c.component, cx, cy, s),
    })),
  };
  return m;
}

/**
 * The pair in the frame of its narrowest component (moved to the origin, scaled to √det Σ = 1), or
 * null when even that frame is out of the quadrature's range (see {@link inQuadratureRange}).
 */
export function quadratureFrame(p: Continuous2Spec, q: Continuous2Spec): Frame2 | null {
  let ref: Normal2 | undefined;
  for (const c of [...componentsOf(p), ...componentsOf(q)])
    if (!ref || logRootDet(c) < logRootDet(ref)) ref = c;
  const logScale = 0.5 * logRootDet(ref!);
  const s = Math.exp(logScale);
  const frame = {
    p: mapSpec(p, ref!.mx, ref!.my, s),
    q: mapSpec(q, ref!.mx, ref!.my, s),
    logScale,
  };
  return inQuadratureRange(frame.p, frame.q) ? frame : null;
}

/**
 * log BC of two 1-D Gaussians, BC = ∫√(pq) = √(2σ₁σ₂/(σ₁² + σ₂²))·exp(−(μ₁ − μ₂)²/(4(σ₁² + σ₂²))),
 * in terms of t = σmin/σmax and Δ = (μ₁ − μ₂)/σmax so that nothing overflows (−∞ if Δ does).
 */
function logBc1(m1: number, s1: number, m2: number, s2: number): number {
  const big = Math.max(s1, s2);
  const t = Math.min(s1, s2) / big;
  const d = standardisedDifference(m1, m2, big);
  const onePlusT2 = 1 + t * t;
  return 0.5 * (Math.LN2 + Math.log(t) - Math.log(onePlusT2)) - (0.5 * halfSquare(d)) / onePlusT2;
}

/**
 * An upper bound on the Bhattacharyya coefficient BC(P, Q) = ∫√(pq) of two 2-D specs:
 * √ is subadditive, so BC ≤ Σᵢⱼ √(wᵢvⱼ)·BC(Pᵢ, Qⱼ), and a component pair's BC is at most that of
 * either marginal (BC only grows when both are mapped by the same function), for which 1-D closed
 * forms exist. Returned as a logarithm (−∞ when every pair is numerically disjoint).
 */
export function logBhattacharyyaBound(p: Continuous2Spec, q: Continuous2Spec): number {
  const cp = componentsOf(p);
  const cq = componentsOf(q);
  const wp = logWeightsOf(p);
  const wq = logWeightsOf(q);
  const terms: number[] = [];
  cp.forEach((a, i) => {
    cq.forEach((b, j) => {
      const bc = Math.min(logBc1(a.mx, a.sx, b.mx, b.sx), logBc1(a.my, a.sy, b.my, b.sy));
      terms.push(0.5 * (wp[i]! + wq[j]!) + bc);
    });
  });
  let max = -Infinity;
  for (const t of terms) max = Math.max(max, t);
  if (max === -Infinity) return max;
  let sum = 0;
  for (const t of terms) sum += Math.exp(t - max);
  return max + Math.log(sum);
}

/**
 * JS(P, Q) = ln 2 − ½∫[p log(1 + q/p) + q log(1 + p/q)], and log(1 + t) ≤ √t makes the bracket at
 * most 2√(pq): so ln 2 − BC ≤ JS ≤ ln 2. Returns the bound BC when it is below 1e-17 (JS is then
 * ln 2 to double precision, with BC as its error), else null.
 */
export function disjointJsError(p: Continuous2Spec, q: Continuous2Spec): number | null {
  const logBc = logBhattacharyyaBound(p, q);
  return logBc < Math.log(DISJOINT_BC) ? Math.exp(logBc) : null;
}

/** The message for a pair outside the 2-D quadrature's range. */
export const OUT_OF_2D_RANGE =
  'These 2-D distributions overlap but are too far apart or too different in width to integrate in double precision. Supported: after moving the narrowest component to the origin and scaling it to unit size, every component must lie within 10⁸ of its own narrowest width (sx·√(1 − ρ²), sy·√(1 − ρ²)) and within 10⁷⁰ of the narrowest width of all.';
