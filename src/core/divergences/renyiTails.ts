/**
 * Whether ∫p^α q^(1−α) diverges for an order α > 1 although both densities are positive: the log of
 * the integrand, g = α ln p + (1 − α) ln q, read at two far points (or two points near a finite edge),
 * decays too slowly to be integrable. Far out, g falling like −γ ln|x| needs γ > 1 (a power law) and
 * any faster fall (Gaussian or exponential tails that Q's do not beat) is fine; g growing (a Normal Q
 * narrower than P) diverges. Near a finite edge e, g ≈ −γ ln|x − e| needs γ < 1 (Beta(0.5, 1)
 * against U(0, 1) diverges from α = 2). Orders within 1e-6 of the borderline count as divergent.
 * The same reading of two far points as continuous1Generic's heavy-tail check, so it needs no
 * family's formula; points whose log-densities are not finite (outside a support) are skipped.
 */

/** Far points, in multiples of a pair's scale, where tail orders are read (shared with heavierTail). */
export const FAR = [1e40, 1e80] as const;
const NEAR = [1e-10, 1e-13] as const;

type LogDensity = (x: number) => number;

/** (g(x1) − g(x2))/span: the γ of g ≈ −γ ln|x| between the points; undefined where g is not finite. */
export function decayOrder(
  g: LogDensity,
  x1: number,
  x2: number,
  span: number,
): number | undefined {
  const [g1, g2] = [g(x1), g(x2)];
  if (!Number.isFinite(g1) || !Number.isFinite(g2)) return undefined;
  return (g1 - g2) / span;
}

/**
 * For 1-D densities: `centre` and `scale` place the far points (centre ± 1e40·scale and 1e80·scale),
 * `edges` are the finite ends of either support.
 */
export function renyiDiverges1(
  logP: LogDensity,
  logQ: LogDensity,
  alpha: number,
  centre: number,
  scale: number,
  edges: readonly number[] = [],
): boolean {
  if (!(alpha > 1)) return false;
  const g: LogDensity = (x) => alpha * logP(x) + (1 - alpha) * logQ(x);
  const s = Math.max(scale, Math.abs(centre), 1e-300);
  const farSpan = Math.log(FAR[1] / FAR[0]);
  for (const side of [-1, 1]) {
    const order = decayOrder(g, centre + side * FAR[0] * s, centre + side * FAR[1] * s, farSpan);
    if (order !== undefined && order <= 1 + 1e-6) return true;
  }
  const nearSpan = Math.log(NEAR[0] / NEAR[1]);
  for (const e of edges) {
    const w = Math.max(1, Math.abs(e)) * Math.max(scale, 1e-300);
    for (const side of [-1, 1]) {
      // g(near) − g(nearer) = −γ·span: γ ≥ 1 is a non-integrable singularity.
      const order = decayOrder(g, e + side * NEAR[0] * w, e + side * NEAR[1] * w, nearSpan);
      if (order !== undefined && -order >= 1 - 1e-6) return true;
    }
  }
  return false;
}

/** Directions the 2-D check reads (every 2.5°): a Normal's tail order is smooth in the direction. */
const DIRECTIONS = 144;

/**
 * For 2-D densities (Gaussian mixtures): the 1-D check along rays from `centre` in {@link DIRECTIONS}
 * directions. A divergence confined to a narrower cone than 2.5° (a near-singular Σ_α) can be missed;
 * a single pair of Normals never reaches here (its closed form decides exactly).
 */
export function renyiDiverges2(
  logP: (x: number, y: number) => number,
  logQ: (x: number, y: number) => number,
  alpha: number,
  centre: readonly [number, number],
  scale: number,
): boolean {
  if (!(alpha > 1)) return false;
  for (let i = 0; i < DIRECTIONS; i++) {
    const a = (2 * Math.PI * i) / DIRECTIONS;
    const [c, s] = [Math.cos(a), Math.sin(a)];
    const along = (f: (x: number, y: number) => number) => (r: number) =>
      f(centre[0] + r * c, centre[1] + r * s);
    // Rays only go outwards: the far points are at +1e40 and +1e80 of the scale.
    const g = (r: number) => alpha * along(logP)(r) + (1 - alpha) * along(logQ)(r);
    const order = decayOrder(g, FAR[0] * scale, FAR[1] * scale, Math.log(FAR[1] / FAR[0]));
    if (order !== undefined && order <= 1 + 1e-6) return true;
  }
  return false;
}
