/**
 * The 2-D coarse pass on a fixed grid: every measure's integrand summed over one tensor grid of the
 * trapezoid rule, with the error estimated by the same sum over every other node (step 2h).
 *
 * Why it is honest for Gaussian mixtures: the trapezoid rule on the whole plane integrates a smooth,
 * rapidly decaying function with an error set by its Fourier transform at the dual lattice's
 * points, here at most of the order of exp(−2π²λ/h²) for a Gaussian of covariance eigenvalues ≥ λ.
 * With h at most σ⊥/1.5 (σ⊥ = √λ_min of the narrowest component, whatever its orientation) that is
 * e^(−44) of the integrand at step h, and e^(−11) at step 2h, so |T_h − T_2h| is the coarse sum's
 * own error and bounds the fine one's by far. The integrands carry products and powers of the
 * densities (p^α q^(1−α) is narrower by up to √α), so h shrinks with √α for α > 1. TV's ½|p − q|
 * has a kink along p = q, where the rule's error is O(h²) and the halving estimate no guide: its
 * error is bounded from the kinks themselves, along rows and columns ({@link kinkTerm}). That bound ignores the
 * cancellation along the curve (the kink's place between nodes varies, and B₂ averages to 0),
 * so TV's stated error is 10–30× its true one: honest, and refined at rest like the rest. Every
 * other integrand of the table is smooth where p, q > 0; a measure with a kink of its own would
 * need the same treatment.
 *
 * The grid spans every component's mean ± 10σ per axis (as the adaptive rule's partition does), so
 * the mass outside is below e^(−50). A pair that needs more than {@link GRID_MAX_NODES} nodes at that
 * step (very thin ridges, or widths far apart) returns null: the adaptive coarse pass answers it.
 */
import type { Continuous2Spec } from '../distributions/types';
import { gaussianComponents2 } from '../families/registry';
import {
  mixtureLogDensity2Rows,
  mixtureTable2,
  mixtureTable2AtY,
} from '../quadrature/mixtureTable';
import {
  INTEGRAND,
  MEASURE_INTEGRAND_DIM,
  writeMeasureIntegrandsWithDensities,
} from '../quadrature/measureIntegrands';
import type { RenyiOrder } from './renyiTerms';

/** 62,500 nodes: about 5 ms of evaluation in a browser; beyond it the adaptive pass is cheaper. */
export const GRID_MAX_NODES = 250 * 250;
/** The step is at most the narrowest component's σ⊥ divided by this. */
const NODES_PER_SIGMA = 1.5;
const TAIL = 10;
/** |T_h − T_2h| times this is the stated error. */
const SAFETY = 10;
const TV_SAFETY = 2;
const DIM = MEASURE_INTEGRAND_DIM;
const TV = INTEGRAND.tv;

/**
 * A bound on the trapezoid rule's error at a kink of TV's ½|p − q| between two neighbouring nodes
 * where d = p − q is d_a and d_b, in units of the sum (per cell). Where d changes sign, ½|d| has a
 * jump of J = |∂d/∂s| in its slope along that line of nodes, and the Euler–Maclaurin formula puts
 * the rule's error there at −J·h²·B₂(θ)/2 plus terms of higher order (θ the kink's place between
 * the nodes; |B₂| ≤ 1/6; checked against SciPy's quad on |x − a|·e^(−x²/4)): at most
 * |d_b − d_a|/12, with J·h ≈ |d_b − d_a|. A node exactly on the kink (d = 0) counts with both of
 * its neighbours. Summed along the rows and along the columns: a curve p = q that runs along a
 * row (two pairs shifted in y only) has its kinks between rows, not within them.
 */
function kinkTerm(da: number, db: number): number {
  return (da <= 0 && db > 0) || (da >= 0 && db < 0) || (da !== 0 && db === 0)
    ? Math.abs(db - da) / 12
    : 0;
}

/** √(smallest eigenvalue) of a component's covariance, formed without cancellation at ρ → ±1. */
function narrowestWidth(sx: number, sy: number, rho: number): number {
  const a = sx * sx;
  const b = sy * sy;
  const det = a * b * (1 - rho) * (1 + rho);
  const largest = 0.5 * (a + b + Math.sqrt((a - b) * (a - b) + 4 * rho * rho * a * b));
  return Math.sqrt(det / largest);
}

/** Nodes from lo to hi with step ≤ `step`, an odd count so that every other node spans it too. */
function axisNodes(lo: number, hi: number, step: number): Float64Array {
  let intervals = Math.max(2, Math.ceil((hi - lo) / step));
  if (intervals % 2 === 1) intervals++;
  const nodes = new Float64Array(intervals + 1);
  const h = (hi - lo) / intervals;
  for (let i = 0; i <= intervals; i++) nodes[i] = lo + i * h;
  return nodes;
}

/** What {@link gridIntegrate2} returns: per integrand slot (INTEGRAND order), value and error. */
export interface GridIntegrals {
  readonly values: Float64Array;
  readonly errors: Float64Array;
  /** Nodes evaluated (for tests and benchmarks). */
  readonly nodes: number;
}

/**
 * ∬ of every measure integrand (MEASURE_INTEGRAND_DIM slots, INTEGRAND order) for two 2-D specs
 * by the tensor trapezoid rule described in the file comment, with the order `r`'s Rényi terms;
 * null when the pair needs more than {@link GRID_MAX_NODES} nodes. The specs must already be in
 * the quadrature's range (continuous2Range.ts: the caller moves them into their narrowest
 * component's frame first). An integrand that is infinite somewhere (p > 0 = q) gives an infinite
 * value: the callers decide such cases before integrating.
 */
export function gridIntegrate2(
  p: Continuous2Spec,
  q: Continuous2Spec,
  r: RenyiOrder,
): GridIntegrals | null {
  const comps = [...gaussianComponents2(p), ...gaussianComponents2(q)].map((c) => c.component);
  let width = Infinity;
  let x0 = Infinity;
  let x1 = -Infinity;
  let y0 = Infinity;
  let y1 = -Infinity;
  for (const c of comps) {
    width = Math.min(width, narrowestWidth(c.sx, c.sy, c.rho));
    x0 = Math.min(x0, c.mx - TAIL * c.sx);
    x1 = Math.max(x1, c.mx + TAIL * c.sx);
    y0 = Math.min(y0, c.my - TAIL * c.sy);
    y1 = Math.max(y1, c.my + TAIL * c.sy);
  }
  const step = width / (NODES_PER_SIGMA * Math.sqrt(Math.max(1, r.alpha)));
  if (!(step > 0)) return null;
  const cells = ((x1 - x0) / step + 2) * ((y1 - y0) / step + 2);
  if (!(cells <= GRID_MAX_NODES)) return null;
  const xs = axisNodes(x0, x1, step);
  const ys = axisNodes(y0, y1, step);
  const nx = xs.length;
  const tp = mixtureTable2(p);
  const tq = mixtureTable2(q);
  const lp = new Float64Array(nx);
  const pd = new Float64Array(nx);
  const lq = new Float64Array(nx);
  const qd = new Float64Array(nx);
  const point = new Float64Array(DIM);
  // Per slot: the sum over all nodes, over every other node, and of magnitudes (for rounding).
  const fine = new Float64Array(DIM);
  const coarse = new Float64Array(DIM);
  const magnitude = new Float64Array(DIM);
  // p − q along the row just done: the columns' kinks lie between it and the next.
  const rowD = new Float64Array(nx);
  let kinks = 0;
  for (let j = 0; j < ys.length; j++) {
    mixtureTable2AtY(tp, ys[j]!);
    mixtureTable2AtY(tq, ys[j]!);
    mixtureLogDensity2Rows(tp, xs, nx, lp, pd);
    mixtureLogDensity2Rows(tq, xs, nx, lq, qd);
    const evenRow = j % 2 === 0;
    for (let i = 0; i < nx; i++) {
      const d = pd[i]! - qd[i]!;
      if (i > 0) kinks += kinkTerm(rowD[i - 1]!, d);
      if (j > 0) kinks += kinkTerm(rowD[i]!, d);
      rowD[i] = d;
    }
    for (let i = 0; i < nx; i++) {
      writeMeasureIntegrandsWithDensities(lp[i]!, pd[i]!, lq[i]!, qd[i]!, point, 0, r);
      const onCoarse = evenRow && i % 2 === 0;
      for (let k = 0; k < DIM; k++) {
        const v = point[k]!;
        fine[k] = fine[k]! + v;
        magnitude[k] = magnitude[k]! + Math.abs(v);
        if (onCoarse) coarse[k] = coarse[k]! + v;
      }
    }
  }
  const cell = (xs[1]! - xs[0]!) * (ys[1]! - ys[0]!);
  const nodes = nx * ys.length;
  const values = new Float64Array(DIM);
  const errors = new Float64Array(DIM);
  // Summation error of `nodes` terms, bounded by n·ε of the magnitudes' sum.
  const rounding = nodes * Number.EPSILON;
  for (let k = 0; k < DIM; k++) {
    const v = cell * fine[k]!;
    const halved = 4 * cell * coarse[k]!;
    values[k] = v;
    // TV's sum at 2h carries its kinks' error at 2h, no guide to the sum at h: TV's error is the
    // kinks' bound instead, doubled for the terms of higher order.
    const estimate = k === TV ? TV_SAFETY * cell * kinks : SAFETY * Math.abs(v - halved);
    errors[k] = estimate + rounding * cell * magnitude[k]!;
  }
  return { values, errors, nodes };
}
