/**
 * Adaptive Gauss–Kronrod quadrature (G7–K15, QUADPACK's QK15 rule) for vector-valued integrands on a
 * finite interval split at given breakpoints. All components share the function evaluations: the
 * measures of a pair (KL both ways, JS, cross-entropy, entropies) need the same log-densities.
 *
 * Global strategy (QUADPACK QAG style): keep every subinterval with its per-component error estimate,
 * and bisect the one with the largest error relative to its component's tolerance until every active
 * component meets max(absTol, relTol·|I|), or the interval budget runs out.
 */

/** Kronrod nodes on [−1, 1] (non-negative half, descending); odd indices are the Gauss nodes. */
const XGK = [
  0.9914553711208126, 0.9491079123427585, 0.8648644233597691, 0.7415311855993945,
  0.5860872354676911, 0.4058451513773972, 0.20778495500789848, 0,
];
const WGK = [
  0.022935322010529224, 0.06309209262997856, 0.10479001032225019, 0.14065325971552592,
  0.1690047266392679, 0.19035057806478542, 0.20443294007529889, 0.20948214108472782,
];
/** Gauss weights for XGK[1], XGK[3], XGK[5], XGK[7]. */
const WG = [0.1294849661688697, 0.27970539148927664, 0.3818300505051189, 0.4179591836734694];

/** Exported for tests: the 15 nodes on [−1, 1] and their Kronrod and Gauss weights (0 where not a Gauss node). */
export const GK15 = (() => {
  const nodes: number[] = [];
  const kronrod: number[] = [];
  const gauss: number[] = [];
  for (let i = 0; i < 15; i++) {
    const j = i < 8 ? i : 14 - i;
    nodes.push(i < 8 ? -XGK[j]! : XGK[j]!);
    kronrod.push(WGK[j]!);
    gauss.push(j % 2 === 1 ? WG[(j - 1) / 2]! : j === 7 ? WG[3]! : 0);
  }
  return { nodes, kronrod, gauss } as const;
})();

const NODES = Float64Array.from(GK15.nodes);
const WK = Float64Array.from(GK15.kronrod);
const WGAUSS = Float64Array.from(GK15.gauss);
const EPS = Number.EPSILON;

/** Writes the integrand's `dim` components at x into out[offset…offset + dim − 1]; finite numbers only. */
export type VectorIntegrand = (x: number, out: Float64Array, offset: number) => void;

/**
 * The same integrand evaluated at all 15 nodes of one rule at once: writes component k at xs[i] into
 * out[i·dim + k]. For hot integrands (the 2-D inner integral): one call per rule instead of 15 lets
 * the integrand keep its per-component constants in registers across the nodes, and V8 does not
 * spill registers around a call per point (with mixtureLogDensity2Rows: 2-D mixture bench ≈ 19.2 →
 * 15.1 ms, results bit for bit the same).
 */
export type BatchIntegrand = (xs: Float64Array, out: Float64Array) => void;

export interface QuadratureOptions {
  /** Relative tolerance on each active component's total (default 1e-10). */
  readonly relTol?: number;
  /** Absolute tolerance, in the integrand's units × length (default 1e-14). */
  readonly absTol?: number;
  /** Maximum number of subintervals kept (default 2000). */
  readonly maxIntervals?: number;
  /**
   * Which components drive the refinement (default all); the others are integrated along on the same
   * subintervals, with their error estimates still reported.
   */
  readonly active?: ArrayLike<boolean>;
  /**
   * A factor on each component's tolerance (default 1 for all): a component whose error estimate
   * is far above its true error (a kinked integrand's, see continuous2's coarse pass) can be held
   * to a looser tolerance without the others' being loosened. Its error is still reported.
   */
  readonly toleranceFactors?: ArrayLike<number>;
  /**
   * What relTol is relative to: 'value' |∫f| (default), or 'magnitude' ∫|f|, which stops an inner
   * integral of a nested rule from chasing digits of a row whose positive and negative parts cancel.
   */
  readonly relativeTo?: 'value' | 'magnitude';
}

export interface VectorQuadratureResult {
  /** The integrals (views into the integrator's buffers: copy before the next call). */
  readonly values: Float64Array;
  /** Absolute error estimates, QUADPACK's heuristic, summed over subintervals. */
  readonly errors: Float64Array;
  readonly intervals: number;
  /** False if the interval budget ran out before every tolerance was met. */
  readonly converged: boolean;
}

/**
 * A reusable integrator with preallocated buffers for `dim` components. Not re-entrant: nested
 * integrals (2-D) use one instance per level.
 */
export class AdaptiveGK15 {
  private readonly dim: number;
  private readonly capacity: number;
  private readonly lo: Float64Array;
  private readonly hi: Float64Array;
  private readonly res: Float64Array;
  private readonly err: Float64Array;
  private readonly mag: Float64Array;
  private readonly totalMagnitudes: Float64Array;
  private readonly fv: Float64Array;
  /** The current rule's 15 nodes, for a {@link BatchIntegrand}. */
  private readonly xs = new Float64Array(15);
  private readonly totals: Float64Array;
  private readonly totalErrors: Float64Array;
  private readonly tol: Float64Array;

  constructor(dim: number, capacity = 2000) {
    this.dim = dim;
    this.capacity = capacity;
    this.lo = new Float64Array(capacity);
    this.hi = new Float64Array(capacity);
    this.res = new Float64Array(capacity * dim);
    this.err = new Float64Array(capacity * dim);
    this.mag = new Float64Array(capacity * dim);
    this.totalMagnitudes = new Float64Array(dim);
    this.fv = new Float64Array(15 * dim);
    this.totals = new Float64Array(dim);
    this.totalErrors = new Float64Array(dim);
    this.tol = new Float64Array(dim);
  }

  /**
   * Applies the 15-point rule on [a, b] and stores its results in slot `slot`. Inactive components
   * get their Kronrod value only: their error is never compared with a tolerance (they are closed
   * forms computed elsewhere, or an outer rule's running error totals).
   */
  private rule(
    f: VectorIntegrand | undefined,
    batch: BatchIntegrand | undefined,
    a: number,
    b: number,
    slot: number,
    active?: ArrayLike<boolean>,
  ): void {
    const dim = this.dim;
    const c = 0.5 * (a + b);
    const h = 0.5 * (b - a);
    const fv = this.fv;
    if (batch) {
      const xs = this.xs;
      for (let i = 0; i < 15; i++) xs[i] = c + h * NODES[i]!;
      batch(xs, fv);
    } else {
      for (let i = 0; i < 15; i++) f!(c + h * NODES[i]!, fv, i * dim);
    }
    this.lo[slot] = a;
    this.hi[slot] = b;
    const base = slot * dim;
    const ah = Math.abs(h);
    // Module-level tables and instance buffers read into locals once, as docs/BENCHMARKS.md advises
    // for hot loops (measured gain small, ~0.1 ms of 15 on the 2-D mixture bench, within noise).
    const wk = WK;
    const wg = WGAUSS;
    const res = this.res;
    const err = this.err;
    const mag = this.mag;
    const dim2 = 2 * dim;
    for (let k = 0; k < dim; k++) {
      if (active && !active[k]) {
        let value = 0;
        for (let i = 0, j = k; i < 15; i++, j += dim) value += wk[i]! * fv[j]!;
        res[base + k] = value * h;
        err[base + k] = 0;
        mag[base + k] = Math.abs(value * h);
        continue;
      }
      let rk = 0;
      let rabs = 0;
      for (let i = 0, j = k; i < 15; i++, j += dim) {
        const v = fv[j]!;
        const w = wk[i]!;
        rk += w * v;
        rabs += w * Math.abs(v);
      }
      // The Gauss nodes are the odd indices; the even ones have weight 0 and would add exact zeros.
      let rg = 0;
      for (let i = 1, j = k + dim; i < 15; i += 2, j += dim2) rg += wg[i]! * fv[j]!;
      const mean = rk * 0.5;
      let rasc = 0;
      for (let i = 0, j = k; i < 15; i++, j += dim) rasc += wk[i]! * Math.abs(fv[j]! - mean);
      rk *= h;
      rasc *= ah;
      rabs *= ah;
      // QUADPACK's estimate: |K − G| is far larger than the Kronrod error for smooth integrands,
      // so it is rescaled by (200|K − G|/resasc)^1.5, with a floor at the rounding level 50ε·resabs.
      let e = Math.abs(rk - rg * h);
      if (rasc !== 0 && e !== 0) {
        const r = (200 * e) / rasc;
        e = r >= 1 ? rasc : rasc * r * Math.sqrt(r);
      }
      if (rabs > 1e-290) e = Math.max(50 * EPS * rabs, e);
      res[base + k] = rk;
      err[base + k] = e;
      mag[base + k] = rabs;
    }
  }

  /**
   * ∫ f over [breakpoints[0], breakpoints[last]], starting from the subintervals between consecutive
   * breakpoints (which must be increasing). Returns zeros for fewer than two breakpoints.
   */
  integrate(
    f: VectorIntegrand,
    breakpoints: ArrayLike<number>,
    options: QuadratureOptions = {},
  ): VectorQuadratureResult {
    return this.adapt(f, undefined, breakpoints, options);
  }

  /** {@link integrate} for an integrand that evaluates a rule's 15 nodes in one call. */
  integrateBatch(
    f: BatchIntegrand,
    breakpoints: ArrayLike<number>,
    options: QuadratureOptions = {},
  ): VectorQuadratureResult {
    return this.adapt(undefined, f, breakpoints, options);
  }

  private adapt(
    f: VectorIntegrand | undefined,
    batch: BatchIntegrand | undefined,
    breakpoints: ArrayLike<number>,
    options: QuadratureOptions,
  ): VectorQuadratureResult {
    const dim = this.dim;
    const relTol = options.relTol ?? 1e-10;
    const absTol = options.absTol ?? 1e-14;
    const active = options.active;
    const factors = options.toleranceFactors;
    const cap = Math.min(options.maxIntervals ?? this.capacity, this.capacity);
    const { res, err, mag, totals, totalErrors, totalMagnitudes, tol } = this;
    const byMagnitude = options.relativeTo === 'magnitude';
    let n = 0;
    for (let i = 0; i + 1 < breakpoints.length && n < cap; i++) {
      const a = breakpoints[i]!;
      const b = breakpoints[i + 1]!;
      if (b > a) this.rule(f, batch, a, b, n++, active);
    }
    let converged: boolean;
    for (;;) {
      totals.fill(0);
      totalErrors.fill(0);
      totalMagnitudes.fill(0);
      for (let s = 0; s < n; s++) {
        for (let k = 0; k < dim; k++) {
          totals[k] = totals[k]! + res[s * dim + k]!;
          totalErrors[k] = totalErrors[k]! + err[s * dim + k]!;
          totalMagnitudes[k] = totalMagnitudes[k]! + mag[s * dim + k]!;
        }
      }
      converged = true;
      for (let k = 0; k < dim; k++) {
        // An inactive component gets an infinite tolerance, so it never asks for a bisection.
        const scale = byMagnitude ? totalMagnitudes[k]! : Math.abs(totals[k]!);
        tol[k] =
          active && !active[k]
            ? Infinity
            : Math.max(absTol, relTol * scale) * (factors ? factors[k]! : 1);
        if (totalErrors[k]! > tol[k]!) converged = false;
      }
      if (converged || n + 1 > cap) break;
      // Bisect the subinterval whose error is the largest fraction of its component's tolerance.
      let worst = -1;
      let worstScore = 0;
      for (let s = 0; s < n; s++) {
        const a = this.lo[s]!;
        const b = this.hi[s]!;
        const mid = 0.5 * (a + b);
        if (!(mid > a && mid < b)) continue; // too narrow to split
        let score = 0;
        for (let k = 0; k < dim; k++) {
          const r = err[s * dim + k]! / tol[k]!;
          if (r > score) score = r;
        }
        if (score > worstScore) {
          worstScore = score;
          worst = s;
        }
      }
      if (worst < 0) break;
      const a = this.lo[worst]!;
      const b = this.hi[worst]!;
      const mid = 0.5 * (a + b);
      this.rule(f, batch, a, mid, worst, active);
      this.rule(f, batch, mid, b, n++, active);
    }
    return {
      values: totals,
      errors: totalErrors,
      intervals: n,
      converged,
    };
  }
}
