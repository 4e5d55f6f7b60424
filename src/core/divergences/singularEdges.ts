/**
 * The pieces of a 1-D measure integral next to a finite support edge where a density is infinite
 * (Beta with b < 1 at 1, Gamma with k < 1 at 0). There p ≈ c·t^(β−1) in the distance t to the edge
 * with 0 < β < 1: integrable, but an x-grid cannot resolve it near an edge away from 0 (no double
 * lies between 1 − 1.1e-16 and 1, and Beta(1, 0.1) holds 2.5 % of its mass there), and even where
 * it can, Gauss–Kronrod converges slowly on t^(β−1).
 *
 * Each such edge gets its own piece [edge, edge ∓ w] integrated in s ∈ [0, 1] with
 * t = w·s^k, k = 1/β: then p dt = c·w^β·k ds is smooth in s, and the densities are read at t
 * exactly through the family's `logDensityNearEdge` (at edge ∓ t rounded in x without one).
 */
import type { Continuous1Spec } from '../distributions/types';
import { real1Family } from '../families/registry';
import type { Support } from '../families/types';

export type EdgeSide = 'lo' | 'hi';

/** ln p as a function of the exact distance t into the support from one edge. */
export type NearEdgeLogDensity = (t: number) => number;

export interface SingularEdgePiece {
  readonly side: EdgeSide;
  /** The edge's position in x. */
  readonly edge: number;
  /** The piece's width in x: it covers [edge, edge + w] ('lo') or [edge − w, edge] ('hi'). */
  readonly width: number;
  /** The substitution's power: t = w·s^k. */
  readonly power: number;
  readonly lp: NearEdgeLogDensity;
  readonly lq: NearEdgeLogDensity;
}

/** Two tiny distances at which the edge's order β − 1 is read from a log-density. */
const T1 = 1e-30;
const T2 = 1e-60;
/** t^(β−1) with β down to 0.02 (k = 50) at most; every family's shape limit is above it. */
const MAX_POWER = 50;

/**
 * The finite edges of d where its density may be infinite on one side: its support's ends, and
 * the ends of its parts inside it (a mixture's components', `innerEdges`).
 */
function edgesOf(d: Continuous1Spec): { side: EdgeSide; edge: number; room: number }[] {
  const m = real1Family(d);
  const s: Support = m.support(d);
  if (s.kind !== 'interval') return [];
  const own = [
    { side: 'lo' as const, edge: s.lo },
    { side: 'hi' as const, edge: s.hi },
  ].filter((e) => Number.isFinite(e.edge));
  const length = s.hi - s.lo;
  return [...own, ...(m.innerEdges?.(d) ?? [])].map((e) => ({ ...e, room: length / 4 }));
}

/** d's log-density at distance t from `edge` on `side`, exact in t where its family allows. */
function nearEdge(d: Continuous1Spec, side: EdgeSide, edge: number): NearEdgeLogDensity {
  const m = real1Family(d);
  const known = edgesOf(d).some((e) => e.side === side && e.edge === edge);
  const exact = known ? m.logDensityNearEdge?.(d) : undefined;
  if (exact) return (t) => exact(side, t, edge);
  const ld = m.logDensity(d);
  return side === 'lo' ? (t) => ld(edge + t) : (t) => ld(edge - t);
}

/** β from ln p ≈ (β − 1) ln t + c at two tiny t; 1 where the density is finite at the edge. */
function edgeOrder(ld: NearEdgeLogDensity): number {
  const a = ld(T1);
  const b = ld(T2);
  if (!Number.isFinite(a) || !Number.isFinite(b)) return 1;
  return 1 + (a - b) / Math.log(T1 / T2);
}

/**
 * The singular-edge pieces of a pair: one per finite edge of P or Q (a support end, or a
 * mixture component's end inside the support) at which either density is +Infinity, with
 * k = 1/min(β_P, β_Q, 1). A piece is a quarter of its family's support wide (a quarter of the split
 * range [first, last] for a half-line), and at most half the way to another singular edge, so
 * pieces never meet.
 */
export function singularEdgePieces(
  p: Continuous1Spec,
  q: Continuous1Spec,
  first: number,
  last: number,
): SingularEdgePiece[] {
  const found: { side: EdgeSide; edge: number; room: number }[] = [];
  for (const d of [p, q]) {
    const ld = real1Family(d).logDensity(d);
    for (const { side, edge, room } of edgesOf(d)) {
      if (ld(edge) !== Infinity) continue;
      if (found.some((f) => f.side === side && f.edge === edge)) continue;
      found.push({ side, edge, room: Number.isFinite(room) ? room : (last - first) / 4 });
    }
  }
  return found.map(({ side, edge, room }) => {
    let width = room;
    for (const other of found)
      if (other.edge !== edge) width = Math.min(width, Math.abs(other.edge - edge) / 2);
    const lp = nearEdge(p, side, edge);
    const lq = nearEdge(q, side, edge);
    const beta = Math.min(1, edgeOrder(lp), edgeOrder(lq));
    const power = beta > 0 ? Math.min(MAX_POWER, 1 / beta) : MAX_POWER;
    return { side, edge, width, power, lp, lq };
  });
}

/** The x-range a piece covers, as [lo, hi]. */
const pieceRange = (piece: SingularEdgePiece): [number, number] =>
  piece.side === 'lo'
    ? [piece.edge, piece.edge + piece.width]
    : [piece.edge - piece.width, piece.edge];

/** Split points inside a piece, as s-values in (0, 1) (x = edge ∓ w·s^k). */
export function pieceSplits(piece: SingularEdgePiece, xs: readonly number[]): number[] {
  const out: number[] = [];
  for (const x of xs) {
    const t = piece.side === 'lo' ? x - piece.edge : piece.edge - x;
    if (t > 0 && t < piece.width) out.push((t / piece.width) ** (1 / piece.power));
  }
  return out.sort((a, b) => a - b);
}

/**
 * The parts of [first, last] outside every piece, as [lo, hi] ranges in order (integrated in x).
 */
export function rangesOutside(
  first: number,
  last: number,
  pieces: readonly SingularEdgePiece[],
): [number, number][] {
  const covered = pieces.map(pieceRange).sort((a, b) => a[0] - b[0]);
  const out: [number, number][] = [];
  let at = first;
  for (const [lo, hi] of covered) {
    if (lo > at) out.push([at, Math.min(lo, last)]);
    at = Math.max(at, hi);
  }
  if (last > at) out.push([at, last]);
  return out.filter(([lo, hi]) => hi > lo);
}
