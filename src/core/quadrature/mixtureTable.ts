/**
 * Gaussian mixtures as flat typed arrays of per-component constants, so the quadrature's inner loop
 * evaluates log-densities without closures, object lookups or repeated logarithms.
 */
import { gaussianComponents1, gaussianComponents2 } from '../families/registry';
import { mixtureLogWeights } from '../distributions/density';
import type { Continuous1Spec, Continuous2Spec, Normal, Normal2 } from '../distributions/types';
import { expTable, FAST_EXP_LIMIT } from '../numeric/fastExp';

const LOG_SQRT_2PI = 0.5 * Math.log(2 * Math.PI);

/** Components of a 1-D spec: log N = logCoef − ½((x − μ)·invSigma)², logCoef = log w − log σ − ½log 2π. */
export interface MixtureTable1 {
  readonly n: number;
  readonly mu: Float64Array;
  readonly sigma: Float64Array;
  readonly invSigma: Float64Array;
  readonly logCoef: Float64Array;
  readonly scratch: Float64Array;
}

/** The spec's Gaussian components (the family must be a Gaussian mixture: `isGaussianMixture1`). */
function components1(d: Continuous1Spec): { logW: Float64Array; comps: Normal[] } {
  const parts = gaussianComponents1(d);
  return { logW: mixtureLogWeights(parts), comps: parts.map((c) => c.component) };
}

export function mixtureTable1(d: Continuous1Spec): MixtureTable1 {
  const { logW, comps } = components1(d);
  const n = comps.length;
  const t = {
    n,
    mu: new Float64Array(n),
    sigma: new Float64Array(n),
    invSigma: new Float64Array(n),
    logCoef: new Float64Array(n),
    scratch: new Float64Array(n),
  };
  comps.forEach((c, i) => {
    t.mu[i] = c.mu;
    t.sigma[i] = c.sigma;
    t.invSigma[i] = 1 / c.sigma;
    t.logCoef[i] = logW[i]! - Math.log(c.sigma) - LOG_SQRT_2PI;
  });
  return t;
}

/** log Σᵢ wᵢ N(x; μᵢ, σᵢ) by logsumexp; finite for finite x (unless every weight is 0). */
export function mixtureLogDensity1(t: MixtureTable1, x: number): number {
  const n = t.n;
  if (n === 1) {
    const z = (x - t.mu[0]!) * t.invSigma[0]!;
    return t.logCoef[0]! - 0.5 * z * z;
  }
  const s = t.scratch;
  let max = -Infinity;
  for (let i = 0; i < n; i++) {
    const z = (x - t.mu[i]!) * t.invSigma[i]!;
    const v = t.logCoef[i]! - 0.5 * z * z;
    s[i] = v;
    if (v > max) max = v;
  }
  if (max === -Infinity) return max;
  let sum = 0;
  for (let i = 0; i < n; i++) sum += Math.exp(s[i]! - max);
  return max + Math.log(sum);
}

/**
 * Components of a 2-D spec, factored as p(x, y) = p(y)·p(x | y): y ~ N(my, sy) and
 * x | y ~ N(mx + slope·(y − my), condSigma) with slope = ρ·sx/sy, condSigma = sx·√(1 − ρ²).
 * The nested quadrature integrates x for fixed y, where each component is a 1-D Gaussian in x.
 */
export interface MixtureTable2 {
  readonly n: number;
  readonly mx: Float64Array;
  readonly my: Float64Array;
  readonly sx: Float64Array;
  readonly sy: Float64Array;
  readonly invSy: Float64Array;
  readonly slope: Float64Array;
  /** ρ·sx, for the shift ρ·sx·(y − my)/sy where slope overflows. */
  readonly rhoSx: Float64Array;
  readonly condSigma: Float64Array;
  readonly invCondSigma: Float64Array;
  /** log w − log sy − log condSigma − log 2π. */
  readonly logCoef: Float64Array;
  /** Per-y working values (set by {@link mixtureTable2AtY}): log-offset and conditional mean in x. */
  readonly rowOffset: Float64Array;
  readonly rowMean: Float64Array;
  readonly scratch: Float64Array;
  /**
   * Side output of {@link mixtureLogDensity2Row}: the density itself, e^(log p), formed while summing
   * the components, so the integrands need no second exp.
   */
  readonly density: Float64Array;
}

export function mixtureTable2(d: Continuous2Spec): MixtureTable2 {
  const parts = gaussianComponents2(d);
  const comps: Normal2[] = parts.map((c) => c.component);
  const logW = mixtureLogWeights(parts);
  const n = comps.length;
  const f = () => new Float64Array(n);
  const t = {
    n,
    mx: f(),
    my: f(),
    sx: f(),
    sy: f(),
    invSy: f(),
    slope: f(),
    rhoSx: f(),
    condSigma: f(),
    invCondSigma: f(),
    logCoef: f(),
    rowOffset: f(),
    rowMean: f(),
    scratch: f(),
    density: new Float64Array(1),
  };
  comps.forEach((c, i) => {
    const cs = c.sx * Math.sqrt((1 - c.rho) * (1 + c.rho));
    t.mx[i] = c.mx;
    t.my[i] = c.my;
    t.sx[i] = c.sx;
    t.sy[i] = c.sy;
    t.invSy[i] = 1 / c.sy;
    t.slope[i] = (c.rho * c.sx) / c.sy;
    t.rhoSx[i] = c.rho * c.sx;
    t.condSigma[i] = cs;
    t.invCondSigma[i] = 1 / cs;
    t.logCoef[i] = logW[i]! - Math.log(c.sy) - Math.log(cs) - 2 * LOG_SQRT_2PI;
  });
  return t;
}

/** Fixes y: stores each component's log w + log N(y) + conditional constant, and its mean in x. */
export function mixtureTable2AtY(t: MixtureTable2, y: number): void {
  for (let i = 0; i < t.n; i++) {
    const dy = y - t.my[i]!;
    const zy = dy * t.invSy[i]!;
    t.rowOffset[i] = t.logCoef[i]! - 0.5 * zy * zy;
    let shift = t.slope[i]! * dy;
    // slope = ρ·sx/sy overflows for sx/sy beyond 1.8e308 (then Inf·0 = NaN at dy = 0): the same
    // shift as ρ·sx·(dy/sy), which is finite wherever the true one is.
    if (!Number.isFinite(t.slope[i]!)) shift = t.rhoSx[i]! * zy;
    t.rowMean[i] = t.mx[i]! + shift;
  }
}

/**
 * log p(x, y) for the y last passed to {@link mixtureTable2AtY}; also leaves p(x, y) itself in
 * `t.density[0]`. While every component's log-density is within ±700 the terms are exponentiated
 * directly and their sum is the density (no max shift needed, and no exp of the result later);
 * beyond that the sum is shifted by the largest term, as logsumexp does.
 */
export function mixtureLogDensity2Row(t: MixtureTable2, x: number): number {
  const n = t.n;
  if (n === 1) {
    const z = (x - t.rowMean[0]!) * t.invCondSigma[0]!;
    const v = t.rowOffset[0]! - 0.5 * z * z;
    t.density[0] = v > -FAST_EXP_LIMIT && v < FAST_EXP_LIMIT ? expTable(v) : Math.exp(v);
    return v;
  }
  const s = t.scratch;
  let max = -Infinity;
  let min = Infinity;
  for (let i = 0; i < n; i++) {
    const z = (x - t.rowMean[i]!) * t.invCondSigma[i]!;
    const v = t.rowOffset[i]! - 0.5 * z * z;
    s[i] = v;
    if (v > max) max = v;
    if (v < min) min = v;
  }
  if (max === -Infinity) {
    t.density[0] = 0;
    return max;
  }
  let sum = 0;
  if (max < 700 && min > -700) {
    // The table exp (≤ 2 ulp, engine-independent) is ~1.6× faster than Math.exp in V8; this loop is
    // most of a 2-D mixture's cost, and 2 ulp is far inside the 2-D tolerance of 1e-6.
    for (let i = 0; i < n; i++) sum += expTable(s[i]!);
    t.density[0] = sum;
    return Math.log(sum);
  }
  for (let i = 0; i < n; i++) sum += Math.exp(s[i]! - max);
  const lp = max + Math.log(sum);
  t.density[0] = Math.exp(lp);
  return lp;
}

/**
 * {@link mixtureLogDensity2Row} at xs[0…count − 1] at once: log p into logOut, p into densOut, with
 * the same results bit for bit (same terms, same order of summation). The 2-D inner integrand called
 * the scalar version twice per node; here components run in the outer loop, so each one's mean, 1/σ
 * and offset stay in registers across the nodes and the table exp inlines into a loop without calls
 * (with the rule's batch integrand: 2-D mixture bench 19.6 → ~15 ms). A node where some term leaves
 * ±700 is marked NaN while summing and then redone by the scalar function, which takes its logsumexp
 * path exactly as before; keeping that path out of the loop keeps Math.exp's call out of it.
 */
export function mixtureLogDensity2Rows(
  t: MixtureTable2,
  xs: Float64Array,
  count: number,
  logOut: Float64Array,
  densOut: Float64Array,
): void {
  const n = t.n;
  const rowMean = t.rowMean;
  const invCondSigma = t.invCondSigma;
  const rowOffset = t.rowOffset;
  if (n === 1) {
    const m = rowMean[0]!;
    const is = invCondSigma[0]!;
    const off = rowOffset[0]!;
    for (let j = 0; j < count; j++) {
      const z = (xs[j]! - m) * is;
      const v = off - 0.5 * z * z;
      logOut[j] = v;
      densOut[j] = v > -FAST_EXP_LIMIT && v < FAST_EXP_LIMIT ? expTable(v) : Math.exp(v);
    }
    return;
  }
  densOut.fill(0, 0, count);
  for (let i = 0; i < n; i++) {
    const m = rowMean[i]!;
    const is = invCondSigma[i]!;
    const off = rowOffset[i]!;
    for (let j = 0; j < count; j++) {
      const z = (xs[j]! - m) * is;
      const v = off - 0.5 * z * z;
      const sum = densOut[j]!;
      // Once NaN (a term out of range), the node's remaining exps would be wasted.
      if (sum === sum) densOut[j] = v > -700 && v < 700 ? sum + expTable(v) : NaN;
    }
  }
  for (let j = 0; j < count; j++) {
    const sum = densOut[j]!;
    if (sum === sum) {
      logOut[j] = Math.log(sum);
    } else {
      logOut[j] = mixtureLogDensity2Row(t, xs[j]!);
      densOut[j] = t.density[0]!;
    }
  }
}
