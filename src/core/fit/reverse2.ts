import { gaussianComponents2 } from '../families/registry';
import { mixtureLogWeights } from '../distributions/density';
import type { Continuous2Spec, Normal2 } from '../distributions/types';
import { AdaptiveGK15 } from '../quadrature/gaussKronrod';
import { xoshiro128FromSeed } from '../random/xoshiro128';
import type { ReverseFitOptions } from './reverse1';
import type { Gaussian2, LocalMinimum, PathPoint, ReverseFitResult, RunResult } from './types';

const LOG_2PI = Math.log(2 * Math.PI);
const LOG_SQRT_2PI = 0.5 * LOG_2PI;
const T_MAX = 10;
/**
 * A lean first partition: the nested rule costs (outer nodes) × (inner nodes), so every initial
 * subinterval counts twice. Spacing 2.5–4.5 in t is enough for the 15-point rule on φ(t)·(smooth), and
 * each component adds only its centre and ±2 widths; adaptivity refines where a mode boundary curves.
 */
const BASE_T = Float64Array.from([-10, -5.5, -2.5, 0, 2.5, 5.5, 10]);
const OFFSETS = [-2, 0, 2];
/**
 * Absolute floor of each expectation's tolerance; the tolerance proper is relative to ∫|f|
 * (`relativeTo: 'magnitude'`), because components that vanish by symmetry (E[g₂] for a P symmetric in
 * y) cannot get below the rounding floor 50ε·∫|f| and would otherwise bisect to the interval budget.
 */
const ABS_TOL = 1e-14;

/** Base ∪ extra, dropping points closer than `merge` to the previous kept one (ends kept). */
function leanBreakpoints(extra: readonly number[], minWidth: number): Float64Array {
  const merge = Math.min(0.6, 0.5 * minWidth);
  const all = Float64Array.from([
    ...BASE_T,
    ...extra.filter((x) => x > -T_MAX && x < T_MAX),
  ]).sort();
  const out: number[] = [all[0]!];
  for (let i = 1; i < all.length; i++)
    if (all[i]! - out[out.length - 1]! > merge) out.push(all[i]!);
  out[out.length - 1] = T_MAX;
  return Float64Array.from(out);
}
/** Stop when ‖∇KL‖∞ in θ = (m₁, m₂, log L₁₁, L₂₁, log L₂₂) is below this. */
export const GRADIENT_TOLERANCE_2 = 1e-6;

/** A 2-D mixture as precision matrices Λᵢ = Σᵢ⁻¹ and log-coefficients log wᵢ − log 2π − ½log|Σᵢ|. */
interface Table2 {
  readonly n: number;
  readonly comps: readonly Normal2[];
  readonly mx: Float64Array;
  readonly my: Float64Array;
  readonly l11: Float64Array;
  readonly l12: Float64Array;
  readonly l22: Float64Array;
  readonly logCoef: Float64Array;
  readonly s: Float64Array;
}

function table2(p: Continuous2Spec): Table2 {
  const parts = gaussianComponents2(p);
  const comps = parts.map((c) => c.component);
  const logW = mixtureLogWeights(parts);
  const n = comps.length;
  const f = () => new Float64Array(n);
  const t = { n, comps, mx: f(), my: f(), l11: f(), l12: f(), l22: f(), logCoef: f(), s: f() };
  comps.forEach((c, i) => {
    const omr = (1 - c.rho) * (1 + c.rho);
    t.mx[i] = c.mx;
    t.my[i] = c.my;
    t.l11[i] = 1 / (c.sx * c.sx * omr);
    t.l22[i] = 1 / (c.sy * c.sy * omr);
    t.l12[i] = -c.rho / (c.sx * c.sy * omr);
    t.logCoef[i] = logW[i]! - LOG_2PI - Math.log(c.sx) - Math.log(c.sy) - 0.5 * Math.log(omr);
  });
  return t;
}

/**
 * log p(x) and ∇log p(x) = Σrᵢ·(−Λᵢ(x − mᵢ)) (responsibilities rᵢ by logsumexp) into out[0..2].
 */
function logpGrad(t: Table2, x: number, y: number, out: Float64Array): void {
  let max = -Infinity;
  for (let i = 0; i < t.n; i++) {
    const dx = x - t.mx[i]!;
    const dy = y - t.my[i]!;
    const v =
      t.logCoef[i]! - 0.5 * (t.l11[i]! * dx * dx + 2 * t.l12[i]! * dx * dy + t.l22[i]! * dy * dy);
    t.s[i] = v;
    if (v > max) max = v;
  }
  let sum = 0;
  let g1 = 0;
  let g2 = 0;
  for (let i = 0; i < t.n; i++) {
    const e = Math.exp(t.s[i]! - max);
    sum += e;
    const dx = x - t.mx[i]!;
    const dy = y - t.my[i]!;
    g1 -= e * (t.l11[i]! * dx + t.l12[i]! * dy);
    g2 -= e * (t.l12[i]! * dx + t.l22[i]! * dy);
  }
  out[0] = max + Math.log(sum);
  out[1] = g1 / sum;
  out[2] = g2 / sum;
}

/** θ = (m₁, m₂, a, b, c) ↦ Q = N(m, LLᵀ) with L = [[eᵃ, 0], [b, eᶜ]]. */
export function gaussian2FromTheta(th: ArrayLike<number>): Gaussian2 {
  const l11 = Math.exp(th[2]!);
  const l21 = th[3]!;
  const l22 = Math.exp(th[4]!);
  return {
    mean: [th[0]!, th[1]!],
    cov: [
      [l11 * l11, l11 * l21],
      [l11 * l21, l21 * l21 + l22 * l22],
    ],
  };
}

/** The inverse of {@link gaussian2FromTheta}; throws if cov is not positive definite. */
export function thetaFromGaussian2(q: Gaussian2): number[] {
  const l11 = Math.sqrt(q.cov[0][0]);
  const l21 = q.cov[0][1] / l11;
  const v = q.cov[1][1] - l21 * l21;
  if (!(l11 > 0) || !(v > 0)) throw new RangeError('covariance is not positive definite');
  return [q.mean[0], q.mean[1], Math.log(l11), l21, 0.5 * Math.log(v)];
}

/**
 * KL(Q‖P) for Q = N(m, LLᵀ) and its gradient in θ, by x = m + Lt, t ~ N(0, I₂):
 *   KL = −log(2πe) − a − c − E[log p(x)];  ∇_m = −E[g];  ∂a = −1 − eᵃE[g₁t₁];  ∂b = −E[g₂t₁];
 *   ∂c = −1 − eᶜE[g₂t₂]   (g = ∇log p).
 * Nested adaptive Gauss–Kronrod over t₂ (outer) and t₁ (inner), each split where P's components sit
 * as seen along that axis (their centres and ±1.5, ±3 widths), so broad and narrow Q are both accurate.
 */
export class Reverse2Objective {
  private readonly t: Table2;
  private readonly outer = new AdaptiveGK15(6, 2000);
  private readonly inner = new AdaptiveGK15(6, 2000);
  private readonly d = new Float64Array(3);
  private th = new Float64Array(5);
  private l11 = 1;
  private l21 = 0;
  private l22 = 1;
  private t2 = 0;
  private relTol = 1e-10;
  private readonly innerF = (t1: number, out: Float64Array, o: number) => {
    const x = this.th[0]! + this.l11 * t1;
    const y = this.th[1]! + this.l21 * t1 + this.l22 * this.t2;
    logpGrad(this.t, x, y, this.d);
    const phi = Math.exp(-0.5 * t1 * t1 - LOG_SQRT_2PI);
    const g1 = phi * this.d[1]!;
    const g2 = phi * this.d[2]!;
    out[o] = phi * this.d[0]!;
    out[o + 1] = g1;
    out[o + 2] = g2;
    out[o + 3] = t1 * g1;
    out[o + 4] = t1 * g2;
    out[o + 5] = g2;
  };
  private readonly outerF = (t2: number, out: Float64Array, o: number) => {
    this.t2 = t2;
    const r = this.inner.integrate(this.innerF, this.innerBreakpoints(t2), {
      relTol: this.relTol,
      absTol: ABS_TOL,
      relativeTo: 'magnitude',
      maxIntervals: 300,
    });
    const phi = Math.exp(-0.5 * t2 * t2 - LOG_SQRT_2PI);
    for (let k = 0; k < 5; k++) out[o + k] = phi * r.values[k]!;
    out[o + 5] = phi * t2 * r.values[5]!;
  };

  constructor(p: Continuous2Spec) {
    this.t = table2(p);
  }

  /** Along t₁ at fixed t₂, component i's log-density is a parabola with centre −ℓᵀΛd₀/ℓᵀΛℓ, width (ℓᵀΛℓ)^−½. */
  private innerBreakpoints(t2: number): Float64Array {
    const t = this.t;
    const extra: number[] = [];
    const a = this.l11;
    const b = this.l21;
    let minW = Infinity;
    for (let i = 0; i < t.n; i++) {
      const d1 = this.th[0]! - t.mx[i]!;
      const d2 = this.th[1]! + this.l22 * t2 - t.my[i]!;
      const A = t.l11[i]! * a * a + 2 * t.l12[i]! * a * b + t.l22[i]! * b * b;
      const B = a * (t.l11[i]! * d1 + t.l12[i]! * d2) + b * (t.l12[i]! * d1 + t.l22[i]! * d2);
      const c = -B / A;
      const w = 1 / Math.sqrt(A);
      minW = Math.min(minW, w);
      for (const k of OFFSETS) extra.push(c + k * w);
    }
    return leanBreakpoints(extra, minW);
  }

  /** Component i seen in t-space is N(L⁻¹(mᵢ − m), L⁻¹ΣᵢL⁻ᵀ); split t₂ at its marginal centre ± widths. */
  private outerBreakpoints(): Float64Array {
    const extra: number[] = [];
    let minW = Infinity;
    for (const c of this.t.comps) {
      // Row 2 of L⁻¹ is (−l21/(l11 l22), 1/l22).
      const r1 = -this.l21 / (this.l11 * this.l22);
      const r2 = 1 / this.l22;
      const centre = r1 * (c.mx - this.th[0]!) + r2 * (c.my - this.th[1]!);
      const v = r1 * r1 * c.sx * c.sx + 2 * r1 * r2 * c.rho * c.sx * c.sy + r2 * r2 * c.sy * c.sy;
      const w = Math.sqrt(v);
      minW = Math.min(minW, w);
      for (const k of OFFSETS) extra.push(centre + k * w);
    }
    return leanBreakpoints(extra, minW);
  }

  /** KL(Q‖P) (nats) and its gradient in θ; `relTol` is the inner and outer quadrature tolerance. */
  evaluate(theta: ArrayLike<number>, relTol = 1e-10): { kl: number; grad: number[] } {
    this.th = Float64Array.from(theta);
    this.l11 = Math.exp(theta[2]!);
    this.l21 = theta[3]!;
    this.l22 = Math.exp(theta[4]!);
    this.relTol = relTol;
    const r = this.outer.integrate(this.outerF, this.outerBreakpoints(), {
      relTol,
      absTol: ABS_TOL,
      relativeTo: 'magnitude',
      maxIntervals: 300,
    });
    const v = r.values;
    const kl = -LOG_2PI - 1 - theta[2]! - theta[4]! - v[0]!;
    return {
      kl,
      grad: [-v[1]!, -v[2]!, -1 - this.l11 * v[3]!, -v[4]!, -1 - this.l22 * v[5]!],
    };
  }
}

const dot = (a: number[], b: number[]) => a.reduce((s, x, i) => s + x * b[i]!, 0);

/** A run that is this close (‖Δθ‖∞) to a known minimum with ‖∇‖∞ below {@link SNAP_GRADIENT} ends there. */
const SNAP_DISTANCE = 1e-2;
const SNAP_GRADIENT = 1e-3;

/**
 * BFGS on θ from `start` (Armijo backtracking; the update skipped when sᵀy ≤ 0; steps capped at 1 in
 * θ's ∞-norm), recording every iterate. Converged when ‖∇‖∞ < {@link GRADIENT_TOLERANCE_2}.
 * `known`: converged runs from earlier restarts; once an iterate is within 1e-2 of one's θ (∞-norm) with
 * ‖∇‖∞ < 1e-3 it is in that basin, near enough that BFGS cannot leave it, so the run ends on that
 * minimum instead of paying for the last, most accurate iterations again.
 */
export function reverseFit2Run(
  objective: Reverse2Objective,
  start: Gaussian2,
  maxIterations = 80,
  known: readonly RunResult<Gaussian2>[] = [],
): RunResult<Gaussian2> {
  let th = thetaFromGaussian2(start);
  const knownTheta = known
    .filter((k) => k.converged)
    .map((k) => ({ k, th: thetaFromGaussian2(k.end) }));
  // The quadrature tolerance follows the gradient: far from a minimum 1e-7 is plenty, and it
  // tightens to 1e-8 as ‖∇‖ falls, so the final iterates are as accurate as the 1-D ones.
  const tolFor = (g: number[]) =>
    Math.min(1e-6, Math.max(1e-8, 1e-3 * Math.max(...g.map(Math.abs))));
  let cur = objective.evaluate(th, 1e-7);
  const path: PathPoint<Gaussian2>[] = [{ q: gaussian2FromTheta(th), kl: cur.kl }];
  const n = 5;
  let H: number[][] = Array.from({ length: n }, (_, i) =>
    Array.from({ length: n }, (_, j) => (i === j ? 1 : 0)),
  );
  let first = true;
  for (let it = 0; it < maxIterations; it++) {
    const gNorm = Math.max(...cur.grad.map(Math.abs));
    if (gNorm < SNAP_GRADIENT) {
      const near = knownTheta.find((m) =>
        m.th.every((x, i) => Math.abs(x - th[i]!) < SNAP_DISTANCE),
      );
      if (near) {
        path.push({ q: near.k.end, kl: near.k.kl });
        return { ...near.k, path };
      }
    }
    if (gNorm < GRADIENT_TOLERANCE_2) {
      // Confirm at full accuracy before stopping.
      cur = objective.evaluate(th, 1e-9);
      break;
    }
    let d = H.map((row) => -dot(row, cur.grad));
    let slope = dot(d, cur.grad);
    if (!(slope < 0)) {
      H = H.map((row, i) => row.map((_, j) => (i === j ? 1 : 0)));
      d = cur.grad.map((g) => -g);
      slope = dot(d, cur.grad);
    }
    const dmax = Math.max(...d.map(Math.abs));
    if (dmax > 1) {
      d = d.map((x) => x / dmax);
      slope /= dmax;
    }
    let step = 1;
    let next: { kl: number; grad: number[] } | null = null;
    let trialTh = th;
    for (let k = 0; k < 40; k++) {
      trialTh = th.map((x, i) => x + step * d[i]!);
      const trial = objective.evaluate(trialTh, tolFor(cur.grad));
      if (trial.kl <= cur.kl + 1e-4 * step * slope) {
        next = trial;
        break;
      }
      step *= 0.5;
    }
    if (!next) break;
    const s = trialTh.map((x, i) => x - th[i]!);
    const y = next.grad.map((g, i) => g - cur.grad[i]!);
    const sy = dot(s, y);
    if (sy > 1e-14) {
      if (first) {
        const yy = dot(y, y);
        H = H.map((row, i) => row.map((_, j) => (i === j ? sy / yy : 0)));
        first = false;
      }
      const rho = 1 / sy;
      const Hy = H.map((row) => dot(row, y));
      const yHy = dot(y, Hy);
      H = H.map((row, i) =>
        row.map(
          (h, j) =>
            h - rho * (Hy[i]! * s[j]! + s[i]! * Hy[j]!) + (rho * rho * yHy + rho) * s[i]! * s[j]!,
        ),
      );
    }
    th = trialTh;
    cur = next;
    path.push({ q: gaussian2FromTheta(th), kl: cur.kl });
  }
  const gradNorm = Math.max(...cur.grad.map(Math.abs));
  return {
    path,
    end: gaussian2FromTheta(th),
    kl: cur.kl,
    gradNorm,
    converged: gradNorm < GRADIENT_TOLERANCE_2,
  };
}

/**
 * Seeded starts for 2-D: the mean stratified along the longer side of P's box (components' means
 * ± σ) and uniform along the other, axis-aligned covariance with each sd log-uniform between
 * ½·min σ and 1.2·(P's marginal sd).
 */
export function reverseFitStarts2(p: Continuous2Spec, seed: number, count: number): Gaussian2[] {
  const comps = gaussianComponents2(p).map((c) => c.component);
  const lo = [Infinity, Infinity];
  const hi = [-Infinity, -Infinity];
  let minS = Infinity;
  let maxS = 0;
  for (const c of comps) {
    lo[0] = Math.min(lo[0]!, c.mx - c.sx);
    hi[0] = Math.max(hi[0]!, c.mx + c.sx);
    lo[1] = Math.min(lo[1]!, c.my - c.sy);
    hi[1] = Math.max(hi[1]!, c.my + c.sy);
    minS = Math.min(minS, c.sx, c.sy);
    maxS = Math.max(maxS, c.sx, c.sy);
  }
  const spread = Math.max(hi[0]! - lo[0]!, hi[1]! - lo[1]!, maxS);
  const long = hi[0]! - lo[0]! >= hi[1]! - lo[1]! ? 0 : 1;
  const rng = xoshiro128FromSeed(seed);
  const ls0 = Math.log(0.5 * minS);
  const ls1 = Math.log(0.6 * spread);
  const out: Gaussian2[] = [];
  for (let k = 0; k < count; k++) {
    const m = [0, 0];
    m[long] = lo[long]! + ((hi[long]! - lo[long]!) * (k + rng.nextUniform())) / count;
    m[1 - long] = lo[1 - long]! + (hi[1 - long]! - lo[1 - long]!) * rng.nextUniform();
    const sx = Math.exp(ls0 + (ls1 - ls0) * rng.nextUniform());
    const sy = Math.exp(ls0 + (ls1 - ls0) * rng.nextUniform());
    out.push({
      mean: [m[0]!, m[1]!],
      cov: [
        [sx * sx, 0],
        [0, sy * sy],
      ],
    });
  }
  return out;
}

/** Same minimum when means differ by < 1e-4·(1 + scale) and covariances by < 1e-4 relative. */
export function distinctMinima2(
  runs: readonly RunResult<Gaussian2>[],
  scale: number,
): LocalMinimum<Gaussian2>[] {
  const out: { q: Gaussian2; kl: number; restarts: number[] }[] = [];
  const tol = 1e-4 * (1 + scale);
  runs.forEach((r, i) => {
    const same = out.find((m) => {
      const c = m.q.cov;
      const e = r.end.cov;
      const cs = Math.max(c[0][0], c[1][1]);
      return (
        Math.abs(m.q.mean[0] - r.end.mean[0]) < tol &&
        Math.abs(m.q.mean[1] - r.end.mean[1]) < tol &&
        Math.abs(c[0][0] - e[0][0]) < 1e-4 * cs &&
        Math.abs(c[0][1] - e[0][1]) < 1e-4 * cs &&
        Math.abs(c[1][1] - e[1][1]) < 1e-4 * cs
      );
    });
    if (same) {
      same.restarts.push(i);
      if (r.kl < same.kl) {
        same.kl = r.kl;
        same.q = r.end;
      }
    } else out.push({ q: r.end, kl: r.kl, restarts: [i] });
  });
  return out.sort((a, b) => a.kl - b.kl).map((m) => ({ ...m, count: m.restarts.length }));
}

/** The 2-D reverse fit: {@link reverseFit1}'s procedure with {@link reverseFit2Run}. Deterministic for a seed. */
export function reverseFit2(
  p: Continuous2Spec,
  options: ReverseFitOptions = {},
): ReverseFitResult<Gaussian2> {
  const objective = new Reverse2Objective(p);
  const starts = reverseFitStarts2(p, options.seed ?? 1, options.restarts ?? 12);
  const runs: RunResult<Gaussian2>[] = [];
  for (const s of starts) runs.push(reverseFit2Run(objective, s, undefined, runs));
  return {
    minima: distinctMinima2(runs, pScale2(p)),
    restarts: runs.length,
    unconverged: runs.filter((r) => !r.converged).length,
  };
}

/** Largest |coordinate| of P's component means (a length scale for tolerances). */
export function pScale2(p: Continuous2Spec): number {
  const comps = gaussianComponents2(p).map((c) => c.component);
  return Math.max(...comps.map((c) => Math.max(Math.abs(c.mx), Math.abs(c.my))));
}
export { T_MAX as T_MAX_2 };
