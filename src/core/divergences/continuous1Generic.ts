/**
 * Every measure between two 1-D specs from their families' generic parts only (log-density,
 * support, breakpoints, moments): the path for a family that is not a mixture of Normals, where the
 * Gaussian mixture tables of continuous1.ts do not apply. One adaptive Gauss–Kronrod integral over
 * the union of both families' breakpoints, with every measure sharing the log-density evaluations.
 *
 * A density infinite at a finite edge (Beta with b < 1, Gamma with k < 1) is integrated next to that
 * edge in its own substituted variable (singularEdges.ts), to the same tolerance as the rest.
 *
 * Support mismatch: where P has mass outside Q's support, KL(P‖Q) and H(P, Q) are +Infinity with the
 * reason 'support-mismatch' (zeroIn Q), and the same for KL(Q‖P) the other way round; those
 * integrands are not integrated. JS and the entropies stay finite.
 */
import type { Continuous1Spec } from '../distributions/types';
import { real1Family } from '../families/registry';
import type { Interval } from '../families/math/common';
import { intervalSetExcess, withoutGaps } from '../families/math/intervalSets';
import type { Support } from '../families/types';
import { nextDown, nextUp } from '../numeric/nextDouble';
import { densityCrossings } from '../quadrature/densityCrossings';
import {
  AdaptiveGK15,
  type VectorIntegrand,
  type VectorQuadratureResult,
} from '../quadrature/gaussKronrod';
import {
  activeIntegrands,
  INTEGRAND,
  MEASURE_INTEGRAND_DIM,
  measureSetFromQuadrature,
  renyiIntegrated,
  renyiShift,
  writeMeasureIntegrands,
  type ClosedValues,
} from '../quadrature/measureIntegrands';
import { RENYI_DEFAULT_ORDER } from '../measures/renyiOrder';
import { POINTWISE } from '../measures/table';
import { closedMeasures } from './closedMeasures';
import { decayOrder, FAR, renyiDiverges1 } from './renyiTails';
import { renyiOrder, type RenyiOrder } from './renyiTerms';
import {
  pieceSplits,
  rangesOutside,
  singularEdgePieces,
  type SingularEdgePiece,
} from './singularEdges';
import { DIVERGENT_INTEGRAL, exact, type InfiniteReason, type MeasureSet } from './types';

const QUAD_OPTIONS = { relTol: 1e-11, absTol: 1e-15, maxIntervals: 4000 } as const;
let integrator: AdaptiveGK15 | undefined;

/**
 * Where the interval support `a` reaches outside `b` (empty when nested or not intervals), gaps
 * included: a mixture of U(−1,1) and U(2,3) has no mass in (1, 2), where U(−1,3) has.
 */
const excess = (a: Support, b: Support): Interval[] =>
  a.kind === 'interval' && b.kind === 'interval'
    ? intervalSetExcess(withoutGaps(a.lo, a.hi, a.gaps), withoutGaps(b.lo, b.hi, b.gaps))
    : [];

const HEAVY_TAIL_Q = { code: 'heavy-tail', lighter: 'Q' } as const;
const HEAVY_TAIL_P = { code: 'heavy-tail', lighter: 'P' } as const;

/**
 * Whether E_P[−ln q] diverges in a tail although both densities are positive there: P's density
 * falls like |x|^(−α) (a Student-t's α = ν + 1) while −ln q grows like |x|^r (r = 2 for Normal
 * tails, 1 for Laplace and Exponential ones, ≈ 0 for a t). E_P|x|^r is finite iff α − 1 > r, so
 * KL(T(ν ≤ 2)‖N) = ∞ and KL(T(ν ≤ 1)‖Laplace) = ∞. Both orders are read from the log-densities at
 * two far points on each side, `FAR` times the pair's scale ({@link pairScale}, shared with
 * infiniteRenyi1's renyiDiverges1), so it needs no family's own formula and is scale-free:
 * Laplace(0, 1e100) against N(0, 1e100) is read as far out as Laplace(0, 1) against N(0, 1). A tail
 * that ends (a bounded support) or falls faster than any power (α read as ≥ 1e3) is never heavy.
 * Borderline orders within 1e-6 count as divergent (ν = 2 exactly against a Normal).
 * With `moment` m, whether E_P[(−ln q)^m] diverges: iff α − 1 ≤ m·r (the Monte Carlo lab's k3
 * needs m = 2: E_T(ν)[x⁴] is infinite for ν ≤ 4).
 */
export function heavierTail(
  p: Continuous1Spec,
  q: Continuous1Spec,
  moment = 1,
): { readonly alpha: number; readonly r: number } | undefined {
  const lp = real1Family(p).logDensity(p);
  const lq = real1Family(q).logDensity(q);
  const { centre, scale } = pairScale(p, q);
  const s = Math.max(scale, Math.abs(centre));
  const span = Math.log(FAR[1] / FAR[0]);
  // ln(−ln q): its decay order between the far points is −r, the growth order of −ln q.
  const logMinusLq = (x: number) => Math.log(-lq(x));
  for (const side of [-1, 1]) {
    const [x1, x2] = FAR.map((f) => centre + side * f * s) as [number, number];
    const alpha = decayOrder(lp, x1, x2, span);
    if (alpha === undefined || alpha >= 1e3) continue;
    // −ln q > 0 that far out for every family here; the order of its growth.
    const minusR = decayOrder(logMinusLq, x1, x2, span);
    if (minusR === undefined) continue;
    const r = -minusR;
    if (alpha - 1 <= moment * r + 1e-6) return { alpha, r };
  }
  return undefined;
}

/**
 * Where a pair's far points are measured from and in what unit: the middle and width (at least
 * 1e-300) of the pair's plot range, i.e. of both bulks. Not the span of the split points: those
 * reach the 1e-300 tail quantiles, 1e150 for a t with ν = 2, and 1e40 of that squared overflows.
 */
export function pairScale(
  p: Continuous1Spec,
  q: Continuous1Spec,
): { readonly centre: number; readonly scale: number } {
  const [lo, hi] = plotRange1Generic(p, q);
  return { centre: lo / 2 + hi / 2, scale: Math.max(1e-300, hi - lo) };
}

/** Sorted, distinct split points from both families, within the wider of the two ranges. */
export function splitPoints(p: Continuous1Spec, q: Continuous1Spec): number[] {
  const all = [...real1Family(p).breakpoints(p), ...real1Family(q).breakpoints(q)]
    .filter(Number.isFinite)
    .sort((a, b) => a - b);
  const out: number[] = [];
  for (const x of all) if (out.length === 0 || x > out[out.length - 1]!) out.push(x);
  return out;
}

/**
 * Why KL(P‖Q) and KL(Q‖P) are +Infinity for a 1-D pair, where they are, from the supports and the
 * tails alone (no integral): support mismatch first (with the region where one has mass and the
 * other none), then a tail too heavy for the other's. The code export states the same reasons.
 */
export function infiniteKl1(
  p: Continuous1Spec,
  q: Continuous1Spec,
): { readonly klPQ?: InfiniteReason; readonly klQP?: InfiniteReason } {
  const sp = real1Family(p).support(p);
  const sq = real1Family(q).support(q);
  const pOutsideQ = excess(sp, sq);
  const qOutsideP = excess(sq, sp);
  // A heavy tail against a light one: the mass is shared, but −ln q grows faster than P can pay for.
  return {
    klPQ:
      pOutsideQ.length > 0
        ? { code: 'support-mismatch', zeroIn: 'Q', region: pOutsideQ }
        : heavierTail(p, q) && HEAVY_TAIL_Q,
    klQP:
      qOutsideP.length > 0
        ? { code: 'support-mismatch', zeroIn: 'P', region: qOutsideP }
        : heavierTail(q, p) && HEAVY_TAIL_P,
  };
}

/**
 * Why D_α(P‖Q) of order α > 1 is +Infinity for a 1-D pair, from the supports and tails alone: where
 * KL(P‖Q) is (D_α ≥ KL for α > 1), or where renyiTails.ts finds p^α q^(1−α) not integrable far
 * out or at a finite support edge. Undefined for α ≤ 1 and where it is finite. The code export
 * states the same reason.
 */
export function infiniteRenyi1(
  p: Continuous1Spec,
  q: Continuous1Spec,
  order: number,
  infinite = infiniteKl1(p, q),
): InfiniteReason | undefined {
  if (!(order > 1)) return undefined;
  if (infinite.klPQ) return infinite.klPQ;
  const ends = [p, q].flatMap((d) => {
    const s = real1Family(d).support(d);
    return s.kind === 'interval' ? [s.lo, s.hi] : [];
  });
  const { centre, scale } = pairScale(p, q);
  const [lp, lq] = [real1Family(p).logDensity(p), real1Family(q).logDensity(q)];
  return renyiDiverges1(lp, lq, order, centre, scale, ends.filter(Number.isFinite))
    ? DIVERGENT_INTEGRAL
    : undefined;
}

/**
 * See the file comment. Values are finite or +Infinity with a reason; never NaN. D_α of order α > 1
 * is +Infinity where P has mass outside Q's support or KL(P‖Q) is infinite (D_α ≥ KL there), and
 * with 'divergent-integral' where renyiTails.ts finds p^α q^(1−α) not integrable (far out or at an
 * edge). `renyiOnly` integrates D_α alone (the other values are then placeholders).
 */
export function continuous1MeasuresGeneric(
  p: Continuous1Spec,
  q: Continuous1Spec,
  order: number = RENYI_DEFAULT_ORDER,
  renyiOnly = false,
): MeasureSet {
  const closed: ClosedValues = closedMeasures(p, q, order, renyiOnly);
  const sp = real1Family(p).support(p);
  const sq = real1Family(q).support(q);
  const infinite = infiniteKl1(p, q);
  // A support mismatch overrides a closed form; a heavy tail only stands where there is none.
  // Every pointwise measure infinite where KL(P‖Q) is (H(P, Q)), or where KL(Q‖P) is, goes with it.
  for (const m of POINTWISE) {
    const why = m.infiniteWhere && infinite[m.infiniteWhere === 'P-beyond-Q' ? 'klPQ' : 'klQP'];
    if (why && (why.code === 'support-mismatch' || !closed[m.key]))
      closed[m.key] = exact(Infinity, why);
  }
  const lp = real1Family(p).logDensity(p);
  const lq = real1Family(q).logDensity(q);
  const pts = splitPoints(p, q);
  if (renyiIntegrated(closed, order) && order > 1) {
    // D_α ≥ KL(P‖Q) for α > 1: infinite wherever KL is (support mismatch, heavy tail).
    const kl = closed.klPQ;
    const reason = kl?.reason ? undefined : infiniteRenyi1(p, q, order, infinite);
    if (kl?.reason) closed.renyi = kl;
    else if (reason) closed.renyi = exact(Infinity, reason);
  }
  integrator ??= new AdaptiveGK15(MEASURE_INTEGRAND_DIM, QUAD_OPTIONS.maxIntervals);
  const active = activeIntegrands(closed, order);
  const r = renyiOrder(order, renyiIntegrated(closed, order) ? renyiShift(pts, lp, lq, order) : 0);
  // An inactive integrand can be ±∞ where one density is 0 (that is why it is closed): write 0.
  // A node that rounds onto a support edge where a density falls to 0 (Beta(½, 2) at 1) reads
  // −∞ there, on a point of measure zero, which would make KL(U(0, 1)‖Beta(½, 2)) read as ∞: it is
  // read at an adjacent double where both are positive instead. (Infinite densities at an outer edge get their
  // own piece, singularEdges.ts.) A node exactly on an infinite edge inside the support (a
  // mixture's Beta component at 0 beside a Normal) carries no mass: it writes 0 rather than ∞ − ∞.
  const edges = [sp, sq].flatMap((s) =>
    s.kind === 'interval' ? [s.lo, s.hi, ...(s.gaps ?? []).flatMap((g) => [g.lo, g.hi])] : [],
  );
  const f = (x: number, out: Float64Array, o: number) => {
    let a = lp(x);
    let b = lq(x);
    if ((a === -Infinity || b === -Infinity) && edges.includes(x))
      for (const y of [nextDown(x), nextUp(x)]) {
        const [ay, by] = [lp(y), lq(y)];
        if (ay > -Infinity && by > -Infinity) {
          [a, b] = [ay, by];
          break;
        }
      }
    if (a === Infinity || b === Infinity) {
      for (let k = 0; k < active.length; k++) out[o + k] = 0;
      return;
    }
    writeMeasureIntegrands(a, b, out, o, r);
    for (let k = 0; k < active.length; k++) if (!active[k]) out[o + k] = 0;
  };
  // TV's kinks (where p = q) as split points too.
  const splits = active[INTEGRAND.tv]
    ? [...new Set([...pts, ...densityCrossings((x) => lp(x) - lq(x), pts)])].sort((a, b) => a - b)
    : pts;
  const first = splits[0]!;
  const last = splits[splits.length - 1]!;
  const pieces = singularEdgePieces(p, q, first, last);
  const values = new Float64Array(MEASURE_INTEGRAND_DIM);
  const errors = new Float64Array(MEASURE_INTEGRAND_DIM);
  const add = (r: VectorQuadratureResult) => {
    for (let k = 0; k < values.length; k++) {
      values[k]! += r.values[k]!;
      errors[k]! += r.errors[k]!;
    }
  };
  const options = { ...QUAD_OPTIONS, active };
  for (const [lo, hi] of rangesOutside(first, last, pieces)) {
    const inner = splits.filter((x) => x > lo && x < hi);
    add(integrator.integrate(f, Float64Array.from([lo, ...inner, hi]), options));
  }
  for (const piece of pieces) {
    const at = [0, ...pieceSplits(piece, splits), 1];
    add(integrator.integrate(pieceIntegrand(piece, active, r), Float64Array.from(at), options));
  }
  return measureSetFromQuadrature(values, errors, closed, r);
}

/**
 * The integrand of one singular-edge piece in s (see singularEdges.ts): the measures at
 * t = w·s^k times dt/ds = w·k·s^(k−1). Where t underflows to 0, or a density without an exact
 * near-edge form rounds onto its infinite edge, it writes 0: the mass there is below t^β.
 */
function pieceIntegrand(
  piece: SingularEdgePiece,
  active: readonly boolean[],
  r: RenyiOrder,
): VectorIntegrand {
  const { width: w, power: k, lp, lq } = piece;
  return (s, out, o) => {
    const t = w * s ** k;
    const a = t > 0 ? lp(t) : Infinity;
    const b = t > 0 ? lq(t) : Infinity;
    if (a === Infinity || b === Infinity) {
      for (let j = 0; j < active.length; j++) out[o + j] = 0;
      return;
    }
    writeMeasureIntegrands(a, b, out, o, r);
    const jacobian = w * k * s ** (k - 1);
    for (let j = 0; j < active.length; j++) out[o + j] = active[j] ? out[o + j]! * jacobian : 0;
  };
}

/** Where to plot a 1-D pair from the generic parts: mean ± 4 sd of each, within its support. */
export function plotRange1Generic(p: Continuous1Spec, q: Continuous1Spec): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (const d of [p, q]) {
    const m = real1Family(d);
    const { mean, variance } = m.moments(d);
    const s = m.support(d);
    const [slo, shi] = s.kind === 'interval' ? [s.lo, s.hi] : [-Infinity, Infinity];
    const bp = m.breakpoints(d);
    // An infinite variance (Student-t with ν ≤ 2) falls back to the family's own split range.
    const own = m.plotRange?.(d);
    const [a, b] = own
      ? own
      : Number.isFinite(variance)
        ? [mean - 4 * Math.sqrt(variance), mean + 4 * Math.sqrt(variance)]
        : [bp[0]!, bp[bp.length - 1]!];
    lo = Math.min(lo, Math.max(a, slo));
    hi = Math.max(hi, Math.min(b, shi));
  }
  return [lo, hi];
}
