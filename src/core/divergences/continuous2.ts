/**
 * Every measure between two 2-D specs (N2 or a mixture of N2), and the integrands on a grid for the
 * UI's heatmaps. Closed forms where both are single Gaussians; otherwise nested adaptive Gauss–Kronrod:
 * the outer integral runs over y, split at every component's my + k·sy; for each y the inner integral
 * runs over x, split at every nearby component's conditional mean mx + ρ(sx/sy)(y − my) + k·sx√(1 − ρ²).
 * Following the conditional means is what keeps a ρ = 0.999 ridge, which no axis-aligned grid resolves,
 * as cheap as an uncorrelated component; the outer integral is also split where two thin ridges cross
 * (see ridgeCrossings), where the row integral has a bump as narrow as the ridges.
 */
import { closedMeasures, withRenyiBracket } from './closedMeasures';
import type { Continuous2Spec } from '../distributions/types';
import { gaussianBreakpoints, mergeBreakpoints } from '../quadrature/breakpoints';
import { densityCrossings } from '../quadrature/densityCrossings';
import {
  AdaptiveGK15,
  type BatchIntegrand,
  type VectorIntegrand,
} from '../quadrature/gaussKronrod';
import {
  activeIntegrands,
  type ClosedValues,
  INTEGRAND,
  MEASURE_INTEGRAND_DIM,
  measureSetFromQuadrature,
  renyiIntegrated,
  writeMeasureIntegrandsWithDensities,
} from '../quadrature/measureIntegrands';
import { gaussianComponents2, logDensity2 } from '../families/registry';
import { RENYI_DEFAULT_ORDER } from '../measures/renyiOrder';
import { INTEGRATED_KEYS, POINTWISE } from '../measures/table';
import { gridIntegrate2 } from './continuous2Grid';
import { renyiDiverges2 } from './renyiTails';
import { renyiOrder, type RenyiOrder } from './renyiTerms';
import { DIVERGENT_INTEGRAL, exact } from './types';
import {
  mixtureLogDensity2Row,
  mixtureLogDensity2Rows,
  mixtureTable2,
  mixtureTable2AtY,
  type MixtureTable2,
} from '../quadrature/mixtureTable';
import {
  disjointJsError,
  inQuadratureRange,
  OUT_OF_2D_RANGE,
  quadratureFrame,
} from './continuous2Range';
import type { MeasureSet } from './types';

const OFFSETS = [-6, -3, 0, 3, 6];
/** Beyond 9σ (per axis) a component's density is below e^(−40) of its peak. */
const TAIL = 10;
const DIM = MEASURE_INTEGRAND_DIM;
const MERGE = 0.5;
const ERROR_SAFETY = 10;
// 1e-7 of each row's ∫|f|: with the outer 1e-7 and the ×10 safety below, the reported estimates stay
// under the 1e-6 contract, while 1e-8 cost 40 % more rows' refinements (ρ = ±0.999) for digits no
// test or readout uses.
const INNER = { relTol: 1e-7, absTol: 1e-13, maxIntervals: 600, relativeTo: 'magnitude' } as const;
const OUTER = { relTol: 1e-7, absTol: 1e-13, maxIntervals: 600 } as const;

/**
 * How hard the quadrature works. `fine` is the readouts' contract (≈ 1e-6 relative or better);
 * `coarse` is the first pass while a person drags a 2-D mixture (issue 13: an answer within the
 * frame, refined when the pointer rests), with tolerances 10,000× looser and the same error
 * accounting, so its reported error still bounds its distance from the fine value (tested against
 * it on seeded scenarios in continuous2Coarse.test.ts; on the bench's pairs the true distance was
 * under 1/1000 of the stated error).
 */
export type QuadraturePrecision = 'fine' | 'coarse';

/**
 * Per precision: the rules' tolerances, and the first partition (split points at each component's
 * mean + k·σ for k in `offsets`, merged when closer than `merge`·σ). The coarse pass starts from a
 * leaner partition and lets the adaptive rule refine where its error estimate asks for it, so the
 * estimate, not the partition, decides the accuracy.
 *
 * `tvFactor` loosens TV's tolerance alone. Its row integral has a (y − y₀)^(3/2) term where the
 * curve p = q turns back, on which QUADPACK's error estimate stays far above the true error: with
 * TV held to the others' tolerance the coarse pass integrated 1.5× the rows and was 2–3× slower
 * than without TV (bench:ui, 3 vs 3 drag: 9 → 35–43 ms per update in the worker), for a TV whose
 * true error was ~1e-8. `crossingSamples`: the coarse partition is too lean for its split points
 * alone to bracket every crossing of p and q (a missed crossing is a kink the rule bisects towards).
 */
const TOLERANCES = {
  fine: {
    inner: INNER,
    outer: OUTER,
    offsets: OFFSETS,
    merge: MERGE,
    tvFactor: 1,
    crossingSamples: 0,
  },
  coarse: {
    inner: { ...INNER, relTol: 1e-3, absTol: 1e-10 },
    outer: { ...OUTER, relTol: 1e-3, absTol: 1e-10 },
    offsets: [0],
    merge: 1,
    tvFactor: 10,
    crossingSamples: 2,
  },
} as const satisfies Record<QuadraturePrecision, unknown>;
type Tolerances = (typeof TOLERANCES)[QuadraturePrecision];

let inner: AdaptiveGK15 | undefined;
let outer: AdaptiveGK15 | undefined;
let breakBuffer = new Float64Array(0);
/** log p, p, log q, q at one inner rule's 15 nodes. */
/** One point's buffers, for the row's crossing search. */
const pointX = new Float64Array(1);
const pointLog = new Float64Array(1);
const pointDensity = new Float64Array(1);
const lpNodes = new Float64Array(15);
const pNodes = new Float64Array(15);
const lqNodes = new Float64Array(15);
const qNodes = new Float64Array(15);

/** Inner split points for the current row: every component within TAIL·sy of y contributes. */
function rowBreakpoints(
  tables: readonly MixtureTable2[],
  y: number,
  offsets: readonly number[],
  mergeSigmas: number,
): Float64Array {
  let count = 0;
  let lo = Infinity;
  let hi = -Infinity;
  let minSigma = Infinity;
  const need = (offsets.length + 2) * tables.reduce((s, t) => s + t.n, 0);
  if (breakBuffer.length < need) breakBuffer = new Float64Array(need);
  const buf = breakBuffer;
  // A component whose mass on this row is below e^(−30) of the heaviest one's cannot shape the
  // integrals at the 1e-9 level: it gets no split points of its own (its density is still evaluated).
  let heaviest = -Infinity;
  for (const t of tables) {
    for (let i = 0; i < t.n; i++)
      heaviest = Math.max(heaviest, t.rowOffset[i]! + Math.log(t.condSigma[i]!));
  }
  for (const t of tables) {
    for (let i = 0; i < t.n; i++) {
      if (Math.abs(y - t.my[i]!) > TAIL * t.sy[i]!) continue;
      if (t.rowOffset[i]! + Math.log(t.condSigma[i]!) < heaviest - 30) continue;
      const m = t.rowMean[i]!;
      const s = t.condSigma[i]!;
      lo = Math.min(lo, m - TAIL * s);
      hi = Math.max(hi, m + TAIL * s);
      minSigma = Math.min(minSigma, s);
      for (const k of offsets) buf[count++] = m + k * s;
    }
  }
  if (count === 0) return buf.subarray(0, 0);
  buf[count++] = lo;
  buf[count++] = hi;
  const pts = buf.subarray(0, count).sort();
  // Split points closer than half the narrowest σ would only add 15 evaluations each: the
  // adaptive pass refines wherever the merged partition is not yet accurate.
  const merge = mergeSigmas * minSigma;
  let n = 1;
  for (let i = 1; i < count; i++) {
    const x = pts[i]!;
    if (x - pts[n - 1]! > merge) pts[n++] = x;
  }
  return pts.subarray(0, n);
}

/**
 * Rows where two components' conditional means cross: y* solves mᵢ(y) = mⱼ(y), and for |y − y*| below
 * w = (cσᵢ + cσⱼ)/|slopeᵢ − slopeⱼ| the two ridges overlap in x. For thin ridges (ρ → ±1) that
 * overlap is a narrow bump of the row integral F(y) (width w ≪ sy), which the outer rule would
 * otherwise locate by repeated bisection (≈ 300 extra rows for ρ = ±0.999); split points at
 * y* + k·w make it an interval end. Points are kept only within TAIL·sy of both components.
 */
function ridgeCrossings(tables: readonly MixtureTable2[]): number[] {
  const out: number[] = [];
  const comps: [MixtureTable2, number][] = [];
  for (const t of tables) for (let i = 0; i < t.n; i++) comps.push([t, i]);
  for (let a = 0; a < comps.length; a++) {
    const [ta, i] = comps[a]!;
    for (let b = a + 1; b < comps.length; b++) {
      const [tb, j] = comps[b]!;
      const ds = ta.slope[i]! - tb.slope[j]!;
      if (ds === 0) continue;
      // With y = myᵢ + t: mᵢ − mⱼ = gap + ds·t, gap = mxᵢ − mxⱼ − slopeⱼ(myᵢ − myⱼ); working around
      // myᵢ avoids cancelling slope·my products of means at ±1e3.
      const gap = ta.mx[i]! - tb.mx[j]! - tb.slope[j]! * (ta.my[i]! - tb.my[j]!);
      const y = ta.my[i]! - gap / ds;
      const w = (ta.condSigma[i]! + tb.condSigma[j]!) / Math.abs(ds);
      const syMin = Math.min(ta.sy[i]!, tb.sy[j]!);
      if (!Number.isFinite(y) || !(w < 0.1 * syMin)) continue;
      if (Math.abs(y - ta.my[i]!) > TAIL * ta.sy[i]! || Math.abs(y - tb.my[j]!) > TAIL * tb.sy[j]!)
        continue;
      for (const k of [-64, -16, -4, -1, 0, 1, 4, 16, 64]) out.push(y + k * w);
    }
  }
  return out;
}

type Closed = ClosedValues;

/**
 * KL(P‖Q), KL(Q‖P), JS, KL(P‖Q) + KL(Q‖P), H(P, Q), H(P), H(Q) in nats for 2-D specs.
 * - Both single N2: KL, cross-entropy and entropies in closed form (error 0); JS by quadrature.
 * - A single N2's entropy is always closed form; everything else is nested quadrature with an absolute
 *   error estimate (outer estimate plus the integrated inner estimates), aimed at 1e-9 relative.
 * - JS is ln 2 without integrating when a Bhattacharyya bound shows P and Q numerically disjoint.
 * - A pair the quadrature cannot resolve in its own coordinates is integrated in the frame of its
 *   narrowest component (see continuous2Range.ts); if it cannot there either, this throws with
 *   {@link OUT_OF_2D_RANGE} (analysePair checks {@link continuous2Problem} first).
 * Values are finite or +Infinity with a reason; JS is clamped to [0, ln 2] and KL to ≥ 0.
 * `precision: 'coarse'` integrates with looser tolerances (see {@link QuadraturePrecision}); every
 * measure it integrated is marked `coarse`, with its (larger) error estimate.
 */
export function continuous2Measures(
  p: Continuous2Spec,
  q: Continuous2Spec,
  precision: QuadraturePrecision = 'fine',
  order: number = RENYI_DEFAULT_ORDER,
  renyiOnly = false,
): MeasureSet {
  const closed: Closed = closedMeasures(p, q, order, renyiOnly);
  if (renyiIntegrated(closed, order) && order > 1 && rayDiverges(p, q, order))
    closed.renyi = exact(Infinity, DIVERGENT_INTEGRAL);
  const jsError = disjointJsError(p, q);
  const js = jsError === null ? undefined : { value: Math.LN2, error: jsError };
  // Numerically disjoint (∫√(pq) ≤ BC < 1e-17): JS = ln 2 and TV = 1 (1 − TV = ∫min(p, q) ≤ BC),
  // each with BC as its error, so a pair whose other measures are closed needs no quadrature.
  if (onlyBoundedLeft(closed, order) && js) {
    const values = new Float64Array(DIM);
    const errors = new Float64Array(DIM);
    values[INTEGRAND.js] = js.value;
    errors[INTEGRAND.js] = js.error;
    values[INTEGRAND.tv] = 1;
    errors[INTEGRAND.tv] = js.error;
    return measureSetFromQuadrature(values, errors, closed, renyiOrder(order));
  }
  let logScale = 0;
  let [fp, fq] = [p, q];
  if (!inQuadratureRange(p, q)) {
    const frame = quadratureFrame(p, q);
    if (!frame) throw new Error(OUT_OF_2D_RANGE);
    ({ p: fp, q: fq, logScale } = frame);
  }
  // A drag's first pass: the fixed grid where it resolves the pair, else the adaptive rule loosened.
  const r =
    (precision === 'coarse' ? gridPass(fp, fq, closed, order) : null) ??
    integrate2(fp, fq, closed, TOLERANCES[precision], order);
  // Entropies are not invariant under x ↦ (x − c)/s: H(original) = H(mapped) + 2·log s.
  const shift = 2 * logScale;
  for (const m of POINTWISE)
    if (m.kind === 'entropy') r.values[INTEGRAND[m.key]] = r.values[INTEGRAND[m.key]]! + shift;
  if (js) {
    r.values[INTEGRAND.js] = js.value;
    r.errors[INTEGRAND.js] = js.error;
  }
  const set = withRenyiBracket(
    measureSetFromQuadrature(r.values, r.errors, closed, r.order),
    p,
    q,
    order,
  );
  return precision === 'coarse' ? markCoarse(set) : set;
}

/** Whether every measure but JS and TV is closed (or not needed), as for two N2. */
const onlyBoundedLeft = (c: Closed, order: number) =>
  INTEGRATED_KEYS.every((k) => k === 'js' || k === 'tv' || c[k]) && !renyiIntegrated(c, order);

/** The α > 1 tail check of renyiTails.ts along rays from the components' mean, scaled by the widest. */
function rayDiverges(p: Continuous2Spec, q: Continuous2Spec, order: number): boolean {
  const comps = [...gaussianComponents2(p), ...gaussianComponents2(q)].map((c) => c.component);
  const cx = comps.reduce((s, c) => s + c.mx, 0) / comps.length;
  const cy = comps.reduce((s, c) => s + c.my, 0) / comps.length;
  const scale = Math.max(...comps.map((c) => Math.max(c.sx, c.sy)));
  return renyiDiverges2(logDensity2(p), logDensity2(q), order, [cx, cy], scale);
}

/** The Rényi mass integrand's shift (see renyiShift): the largest α ln p + t ln q at any component mean. */
function renyiShift2(p: Continuous2Spec, q: Continuous2Spec, alpha: number): number {
  const lp = logDensity2(p);
  const lq = logDensity2(q);
  let best = -Infinity;
  for (const c of [...gaussianComponents2(p), ...gaussianComponents2(q)]) {
    const g =
      alpha * lp(c.component.mx, c.component.my) + (1 - alpha) * lq(c.component.mx, c.component.my);
    if (Number.isFinite(g) && g > best) best = g;
  }
  return best === -Infinity ? 0 : best;
}

/** Every measure of `set` that came from the quadrature, marked as a first pass. */
function markCoarse(set: MeasureSet): MeasureSet {
  const out = { ...set };
  for (const key of Object.keys(out) as (keyof MeasureSet)[])
    if (out[key].method === 'quadrature') out[key] = { ...out[key], coarse: true };
  return out;
}

/**
 * Why a 2-D pair cannot be analysed (it is outside the quadrature's range even in its narrowest
 * component's frame, and some measure needs integrating), or null.
 */
export function continuous2Problem(
  p: Continuous2Spec,
  q: Continuous2Spec,
  order: number = RENYI_DEFAULT_ORDER,
): string | null {
  const c = closedMeasures(p, q, order);
  if (onlyBoundedLeft(c, order) && disjointJsError(p, q) !== null) return null;
  if (inQuadratureRange(p, q) || quadratureFrame(p, q)) return null;
  return OUT_OF_2D_RANGE;
}

/** The order the integrands carry: α, and the Rényi mass's shift when it is integrated. */
const integrandOrder = (p: Continuous2Spec, q: Continuous2Spec, closed: Closed, alpha: number) =>
  renyiOrder(alpha, renyiIntegrated(closed, alpha) ? renyiShift2(p, q, alpha) : 0);

/** The coarse pass on a fixed grid (continuous2Grid.ts), or null where the grid would be too fine. */
function gridPass(
  p: Continuous2Spec,
  q: Continuous2Spec,
  closed: Closed,
  alpha: number,
): { values: Float64Array; errors: Float64Array; order: RenyiOrder } | null {
  const order = integrandOrder(p, q, closed, alpha);
  const grid = gridIntegrate2(p, q, order);
  return grid && { values: grid.values, errors: grid.errors, order };
}

/** The nested quadrature of every measure not in `closed`, in INTEGRAND order (copies). */
function integrate2(
  p: Continuous2Spec,
  q: Continuous2Spec,
  closed: Closed,
  tolerances: Tolerances,
  alpha: number,
): { values: Float64Array; errors: Float64Array; order: RenyiOrder } {
  const needed = activeIntegrands(closed, alpha);
  const active = [...needed, ...needed.map(() => false)];
  const order = integrandOrder(p, q, closed, alpha);
  const tp = mixtureTable2(p);
  const tq = mixtureTable2(q);
  const tables = [tp, tq];
  inner ??= new AdaptiveGK15(DIM, INNER.maxIntervals);
  outer ??= new AdaptiveGK15(2 * DIM, OUTER.maxIntervals);
  const innerIntegrator = inner;
  // The inner integrand is evaluated a rule (15 nodes) at a time: see mixtureLogDensity2Rows.
  const lpx = lpNodes;
  const px = pNodes;
  const lqx = lqNodes;
  const qx = qNodes;
  const cells: BatchIntegrand = (xs, out) => {
    mixtureLogDensity2Rows(tp, xs, 15, lpx, px);
    mixtureLogDensity2Rows(tq, xs, 15, lqx, qx);
    for (let i = 0; i < 15; i++)
      writeMeasureIntegrandsWithDensities(lpx[i]!, px[i]!, lqx[i]!, qx[i]!, out, i * DIM, order);
  };
  // Built once: an object spread per row was 2 % of the 2-D mixture bench.
  const factors = needed.map((_, k) => (k === INTEGRAND.tv ? tolerances.tvFactor : 1));
  const innerOptions = { ...tolerances.inner, active: needed, toleranceFactors: factors };
  const tvNeeded = needed[INTEGRAND.tv]!;
  const rowDiff = (x: number) => {
    pointX[0] = x;
    mixtureLogDensity2Rows(tp, pointX, 1, pointLog, pointDensity);
    const a = pointLog[0]!;
    mixtureLogDensity2Rows(tq, pointX, 1, pointLog, pointDensity);
    return a - pointLog[0]!;
  };
  const row: VectorIntegrand = (y, out, o) => {
    mixtureTable2AtY(tp, y);
    mixtureTable2AtY(tq, y);
    let breaks = rowBreakpoints(tables, y, tolerances.offsets, tolerances.merge);
    // TV's kinks along the row (where p = q) as split points too; the fine partition is dense
    // enough that its split points alone bracket them (see TOLERANCES' crossingSamples).
    if (tvNeeded)
      breaks = mergeBreakpoints(
        breaks,
        densityCrossings(rowDiff, breaks, tolerances.crossingSamples),
        0,
      );
    out.fill(0, o, o + 2 * DIM);
    if (breaks.length < 2) return;
    const r = innerIntegrator.integrateBatch(cells, breaks, innerOptions);
    for (let k = 0; k < DIM; k++) {
      out[o + k] = r.values[k]!;
      out[o + DIM + k] = r.errors[k]!;
    }
  };
  const yBreaks = gaussianBreakpoints(
    Float64Array.from([...tp.my, ...tq.my]),
    Float64Array.from([...tp.sy, ...tq.sy]),
    tolerances.offsets,
    TAIL,
  );
  const r = outer.integrate(row, mergeBreakpoints(yBreaks, ridgeCrossings(tables), 0), {
    ...tolerances.outer,
    active,
    toleranceFactors: [...factors, ...factors],
  });
  const errors = new Float64Array(DIM);
  // The inner estimates are per row and the outer one assumes a smooth F(y); against the mpmath
  // references their sum was up to 1.4× short (means at ±1e3), so it is reported with a safety factor.
  for (let k = 0; k < DIM; k++)
    errors[k] = ERROR_SAFETY * (r.errors[k]! + Math.abs(r.values[DIM + k]!));
  return { values: Float64Array.from(r.values.subarray(0, DIM)), errors, order };
}

/** Densities and KL integrands on an n×n grid, row-major: z[j·n + i] is at (x[i], y[j]). */
export interface Integrand2Grid {
  readonly x: Float64Array;
  readonly y: Float64Array;
  readonly p: Float64Array;
  readonly q: Float64Array;
  readonly klPQ: Float64Array;
  readonly klQP: Float64Array;
}

/** Plotted values are kept within ±1e300, so no chart's axis range computation overflows. */
const PLOT_LIMIT = 1e300;
const plotted = (v: number) => (v > PLOT_LIMIT ? PLOT_LIMIT : v < -PLOT_LIMIT ? -PLOT_LIMIT : v);

/**
 * An n×n grid over [min(mx − 4sx), max(mx + 4sx)] × [min(my − 4sy), max(my + 4sy)] across every
 * component of P and Q (cut off at ±1e300), with p, q, p·log(p/q) and q·log(q/p) (nats per unit
 * area). Computed from log-densities; where a density underflows its integrand is 0, and where a
 * log-ratio overflows (p·∞) the value is drawn at ±1e300, so every value is finite.
 * `n` is clamped to at least 2.
 */
export function integrand2Grid(p: Continuous2Spec, q: Continuous2Spec, n = 80): Integrand2Grid {
  const m = Math.max(2, Math.floor(n));
  const tp = mixtureTable2(p);
  const tq = mixtureTable2(q);
  let x0 = Infinity;
  let x1 = -Infinity;
  let y0 = Infinity;
  let y1 = -Infinity;
  for (const t of [tp, tq]) {
    for (let i = 0; i < t.n; i++) {
      x0 = Math.min(x0, t.mx[i]! - 4 * t.sx[i]!);
      x1 = Math.max(x1, t.mx[i]! + 4 * t.sx[i]!);
      y0 = Math.min(y0, t.my[i]! - 4 * t.sy[i]!);
      y1 = Math.max(y1, t.my[i]! + 4 * t.sy[i]!);
    }
  }
  const axis = (lo: number, hi: number) => {
    const a = Math.max(lo, -PLOT_LIMIT);
    const b = Math.min(hi, PLOT_LIMIT);
    // b/(m − 1) − a/(m − 1): (b − a) overflows for ±1e300.
    const step = b / (m - 1) - a / (m - 1);
    const v = new Float64Array(m);
    for (let i = 0; i < m; i++) v[i] = i === m - 1 ? b : Math.min(b, a + i * step);
    return v;
  };
  const g = {
    x: axis(x0, x1),
    y: axis(y0, y1),
    p: new Float64Array(m * m),
    q: new Float64Array(m * m),
    klPQ: new Float64Array(m * m),
    klQP: new Float64Array(m * m),
  };
  for (let j = 0; j < m; j++) {
    mixtureTable2AtY(tp, g.y[j]!);
    mixtureTable2AtY(tq, g.y[j]!);
    for (let i = 0; i < m; i++) {
      const lp = mixtureLogDensity2Row(tp, g.x[i]!);
      const pv = tp.density[0]!;
      const lq = mixtureLogDensity2Row(tq, g.x[i]!);
      const qv = tq.density[0]!;
      const k = j * m + i;
      g.p[k] = plotted(pv);
      g.q[k] = plotted(qv);
      g.klPQ[k] = pv === 0 ? 0 : plotted(pv * (lp - lq));
      g.klQP[k] = qv === 0 ? 0 : plotted(qv * (lq - lp));
    }
  }
  return g;
}
