/**
 * The 1-D measures as sums of expectations under one Gaussian component at a time, each integrated
 * in that component's own coordinate z = (x − μc)/σc:
 *
 *   E_P[g] = Σᵢ wᵢ ∫ φ(z) g(μᵢ + σᵢz) dz,   φ the standard normal density,
 *
 * with KL(P‖Q) = E_P[log p − log q], H(P, Q) = −E_P[log q], H(P) = −E_P[log p], KL(Q‖P) and H(Q)
 * alike under Q, and JS = ½E_P[log 2p − log(p + q)] + ½E_Q[log 2q − log(p + q)]. The bounded
 * measures split the line where p > q (P's frames) from where q ≥ p (Q's), so that every integrand
 * is a function of the ratio ρ ≤ 1 of the smaller density to the larger: TV = E_P[(1 − q/p)⁺],
 * H² = ½E_P[(1 − √(q/p))²; p > q] + ½E_Q[(1 − √(p/q))²; q ≥ p], and Rényi's gap and mass the same
 * way (divergences/renyiTerms.ts). They need only ln ρ, formed unscaled (a ratio that underflows is 0).
 *
 * Why frames: a double cannot place nodes σ = 1 apart next to μ = 1e100 (its spacing there is 1e84),
 * nor σ = 1e-300 next to μ = 1e6, so a rule in x misses such a bump entirely (JS came out ln 2 / 2).
 * In frame c, x is never formed: every component j's standardised coordinate is
 * u = (x − μj)/σj = D + r·z with D = (μc − μj)/σj and r = σc/σj, computed once per frame, and every
 * integrand needs only log-densities (log N_j = log wj − log σj − ½ log 2π − ½u²), never a density that
 * could overflow (a spike of σ = 1e-300 has p = 4e299).
 *
 * Components whose D or r exceeds 1e300 (resp. 1e300/40) are left out of a frame: beyond its own
 * spike (narrower than 1e-298 of the frame's σ) such a component's log-density is below −1e596. If
 * every component of the other distribution is left out, the frame's KL and cross-entropy terms
 * are +∞: with weights at least 1e-101 (the grammar's 1e-100 of the largest, over ≤ 8 components)
 * their true values exceed 1e490.
 *
 * Huge but representable values (½u² up to 1e600 where D ≈ 1e300) are handled by scaling: if any
 * kept component has |D| + 40r > 1e150, every log-density in every frame is carried multiplied by
 * s = 2⁻¹⁰⁰⁰ (u by √s, exact powers of two), so ½(u√s)² stays below 1e300, and the sums are divided by
 * s at the end, overflowing to +∞ only when the true value does. Below s-scaled magnitudes of
 * 2.2e-308 (values under 2.4e-7 nats while scaling) digits are lost at the 1e-23 nats level.
 */
import { standardisedDifference } from '../numeric/scaled';
import { mixtureCrossings } from './breakpoints';
import type { AdaptiveGK15, VectorIntegrand } from './gaussKronrod';
import { INLINED_KEYS, INTEGRAND, MEASURE_INTEGRAND_DIM } from './measureIntegrands';
import type { RenyiOrder } from '../divergences/renyiTerms';
import { POINTWISE, type IntegratedKey, type PointTerm } from '../measures/table';

/** One weighted component: log of its normalised weight (finite), mean and standard deviation. */
export interface Component1 {
  readonly logW: number;
  readonly mu: number;
  readonly sigma: number;
}

/** Which integrals are needed (the others are closed forms). JS is always integrated. */
export type FrameNeeds = Readonly<Record<IntegratedKey | 'renyi', boolean>>;

/**
 * The table's pointwise measures this file has no frame form for (those written out in
 * frameMeasures1's integrand are the ones measureIntegrands.ts inlines). Each must be an
 * f-divergence, q·f(p/q): its term is then homogeneous, term(λp, λq) = λ·term(p, q), so on P's side
 * of p = q it is p·term(1, ρ) and on Q's q·term(ρ, 1), with ρ ≤ 1 the ratio the frames form
 * unscaled. Another kind of measure needs a frame form of its own, so this throws on load.
 */
const inlinedKeys: readonly IntegratedKey[] = INLINED_KEYS;
const BY_RATIO = POINTWISE.filter((m) => !inlinedKeys.includes(m.key));
for (const m of BY_RATIO)
  if (m.kind !== 'f-divergence')
    throw new Error(`frames1.ts has no frame form for '${m.key}', which is not an f-divergence`);
const RATIO_SLOTS = BY_RATIO.map((m) => INTEGRAND[m.key]);
const RATIO_TERMS: readonly PointTerm[] = BY_RATIO.map((m) => m.term);

export interface FrameResult {
  /** In {@link INTEGRAND} order, nats; +Infinity where the true value exceeds the largest double. */
  readonly values: Float64Array;
  readonly errors: Float64Array;
}

/**
 * The frame's range, z ∈ [−12, 12]: every integrand is φ(z) times at most a quadratic in z (a log of
 * a Gaussian mixture), and ∫_{|z|>12} φ(z)(1 + z²) dz < 1e-30.
 */
const T = 12;
const OWN_OFFSETS = [-8, -4, -2, 0, 2, 4, 8];
/** Other components' split points, kept only within |z| < 8.5 (φ(8.5) = 2e-16 of the peak). */
const OTHER_OFFSETS = [-4, -2, -1, 0, 1, 2, 4];
const CORE = 8.5;
/** Components farther (or narrower) than this, in their own σ, are left out of a frame. */
const KEEP_D = 1e300;
const KEEP_R = KEEP_D / 40;
/** Beyond this |u| at some node, the whole computation is carried scaled by s. */
const UNSCALED_U = 1e150;
const S = 2 ** -1000;
const SQRT_S = 2 ** -500;
const LOG_SQRT_2PI = 0.5 * Math.log(2 * Math.PI);
const INV_SQRT_2PI = 1 / Math.sqrt(2 * Math.PI);
const OPTIONS = { relTol: 1e-11, absTol: 1e-15, maxIntervals: 4000 } as const;

/** One distribution's kept components as seen from a frame: u√s = a + b·z, s·log N = c − ½(u√s)². */
interface Side {
  n: number;
  a: Float64Array;
  b: Float64Array;
  c: Float64Array;
  /** Unscaled D and r, for split points; logW for the crossings. */
  d: Float64Array;
  r: Float64Array;
  logW: Float64Array;
  scratch: Float64Array;
}

function side(comps: readonly Component1[], frame: Component1): { side: Side; maxU: number } {
  const keep: [number, number, Component1][] = [];
  let maxU = 0;
  for (const j of comps) {
    const d = standardisedDifference(frame.mu, j.mu, j.sigma);
    const r = frame.sigma / j.sigma;
    if (!(Math.abs(d) <= KEEP_D && r <= KEEP_R)) continue;
    keep.push([d, r, j]);
    maxU = Math.max(maxU, Math.abs(d) + T * r);
  }
  const n = keep.length;
  const f = () => new Float64Array(n);
  const s: Side = { n, a: f(), b: f(), c: f(), d: f(), r: f(), logW: f(), scratch: f() };
  keep.forEach(([d, r, j], i) => {
    s.d[i] = d;
    s.r[i] = r;
    s.logW[i] = j.logW;
    s.c[i] = j.logW - Math.log(j.sigma) - LOG_SQRT_2PI;
  });
  return { side: s, maxU };
}

function scaleSide(t: Side, scale: number, sqrtScale: number): void {
  for (let i = 0; i < t.n; i++) {
    t.a[i] = t.d[i]! * sqrtScale;
    t.b[i] = t.r[i]! * sqrtScale;
    t.c[i] = t.c[i]! * scale;
  }
}

/** s·log Σ wⱼ N_j at frame coordinate z (logsumexp of the scaled terms); −∞ if the side is empty. */
function scaledLogDensity(t: Side, z: number, scale: number): number {
  const n = t.n;
  if (n === 0) return -Infinity;
  const { a, b, c } = t;
  if (n === 1) {
    const u = a[0]! + b[0]! * z;
    return c[0]! - 0.5 * u * u;
  }
  const v = t.scratch;
  let max = -Infinity;
  for (let i = 0; i < n; i++) {
    const u = a[i]! + b[i]! * z;
    const x = c[i]! - 0.5 * u * u;
    v[i] = x;
    if (x > max) max = x;
  }
  let sum = 0;
  for (let i = 0; i < n; i++) sum += Math.exp((v[i]! - max) / scale);
  return max + scale * Math.log(sum);
}

/** Split points in frame coordinates: the frame's own ±kσ, every kept component's, and crossings. */
function frameBreakpoints(sides: readonly Side[]): Float64Array {
  const pts: number[] = [-T, T, ...OWN_OFFSETS];
  let finest = 1;
  for (const t of sides) {
    const mus: number[] = [];
    const sigmas: number[] = [];
    const logWs: number[] = [];
    for (let i = 0; i < t.n; i++) {
      const r = t.r[i]!;
      const d = t.d[i]!;
      const centre = -d / r;
      const width = 1 / r;
      if (!Number.isFinite(centre) || !Number.isFinite(width)) continue;
      if (Math.abs(centre) - 4 * width > CORE) continue;
      // The frame's own component (d = 0, r = 1) is covered by OWN_OFFSETS, and one at least
      // twice as wide varies on the frame's scale or slower (its kinks are crossings, below).
      if (!(d === 0 && r === 1) && r > 0.5) {
        for (const k of OTHER_OFFSETS) {
          const z = (k - d) / r;
          if (z > -CORE && z < CORE) pts.push(z);
        }
        finest = Math.min(finest, width);
      }
      mus.push(centre);
      sigmas.push(width);
      logWs.push(t.logW[i]!);
    }
    if (mus.length > 1)
      for (const z of mixtureCrossings(logWs, mus, sigmas)) if (z > -CORE && z < CORE) pts.push(z);
  }
  pts.sort((x, y) => x - y);
  const merge = 1e-6 * finest;
  const out: number[] = [pts[0]!];
  for (let i = 1; i < pts.length; i++)
    if (pts[i]! - out[out.length - 1]! > merge) out.push(pts[i]!);
  out[out.length - 1] = T;
  return Float64Array.from(out);
}

interface Frame {
  readonly weight: number;
  /** 0: a component of P; 1: of Q. */
  readonly of: 0 | 1;
  readonly own: Side;
  readonly other: Side;
  readonly breaks: Float64Array;
}

/**
 * Every integrated measure of two 1-D Gaussian mixtures (a single N is a one-component mixture),
 * frame by frame (see the file comment). KL(P‖Q) and H(P, Q) are +Infinity when some component
 * of P has no component of Q within 1e300 of Q's own σ (and the same for KL(Q‖P)); any value whose
 * scaled sum overflows on unscaling is +Infinity too. Never NaN. Error estimates are absolute, the
 * weighted sums of each frame's QUADPACK estimate.
 */
export function frameMeasures1(
  p: readonly Component1[],
  q: readonly Component1[],
  needs: FrameNeeds,
  integrator: AdaptiveGK15,
  order: RenyiOrder,
): FrameResult {
  const { alpha, t } = order;
  const unscaled = [
    INTEGRAND.tv,
    INTEGRAND.hellinger,
    INTEGRAND.renyiGap,
    INTEGRAND.renyiMass,
    ...RATIO_SLOTS,
  ];
  const frames: Frame[] = [];
  let maxU = 0;
  for (const [of, comps] of [
    [0, p],
    [1, q],
  ] as const) {
    for (const c of comps) {
      const mine = side(comps, c);
      const theirs = side(of === 0 ? q : p, c);
      maxU = Math.max(maxU, mine.maxU, theirs.maxU);
      const own = mine.side;
      const other = theirs.side;
      frames.push({
        weight: Math.exp(c.logW),
        of,
        own,
        other,
        breaks: frameBreakpoints([own, other]),
      });
    }
  }
  const scale = maxU > UNSCALED_U ? S : 1;
  const sqrtScale = maxU > UNSCALED_U ? SQRT_S : 1;
  for (const f of frames) {
    scaleSide(f.own, scale, sqrtScale);
    scaleSide(f.other, scale, sqrtScale);
  }
  const values = new Float64Array(MEASURE_INTEGRAND_DIM);
  const errors = new Float64Array(MEASURE_INTEGRAND_DIM);
  const infinite = new Array<boolean>(MEASURE_INTEGRAND_DIM).fill(false);
  const scaledLn2 = scale * Math.LN2;
  for (const f of frames) {
    const fromP = f.of === 0;
    const kl = fromP ? INTEGRAND.klPQ : INTEGRAND.klQP;
    const h = fromP ? INTEGRAND.hP : INTEGRAND.hQ;
    const needKl = fromP ? needs.klPQ : needs.klQP;
    const needCe = fromP && needs.cePQ;
    const needH = fromP ? needs.hP : needs.hQ;
    const reachable = f.other.n > 0;
    if (!reachable) {
      if (needKl) infinite[kl] = true;
      if (needCe) infinite[INTEGRAND.cePQ] = true;
    }
    const own = f.own;
    const other = f.other;
    const integrand: VectorIntegrand = (z, out, o) => {
      for (let k = 0; k < MEASURE_INTEGRAND_DIM; k++) out[o + k] = 0;
      const phi = Math.exp(-0.5 * z * z) * INV_SQRT_2PI;
      if (phi === 0) return;
      const lo = scaledLogDensity(own, z, scale);
      const lt = scaledLogDensity(other, z, scale);
      const lm =
        lt === -Infinity
          ? lo
          : Math.max(lo, lt) + scale * Math.log1p(Math.exp(-Math.abs(lo - lt) / scale));
      out[o + INTEGRAND.js] = phi * (lo - lm + scaledLn2);
      out[o + h] = -phi * lo;
      if (lt !== -Infinity) {
        out[o + kl] = phi * (lo - lt);
        if (fromP) out[o + INTEGRAND.cePQ] = -phi * lt;
      }
      // ln(other/own), unscaled; this frame's side of the split is where it is < 0 (≤ 0 for Q).
      const d = (lt - lo) / scale;
      if (fromP ? d < 0 : d <= 0) {
        if (fromP) out[o + INTEGRAND.tv] = -phi * Math.expm1(d);
        const h = -Math.expm1(0.5 * d);
        out[o + INTEGRAND.hellinger] = 0.5 * phi * h * h;
        // P's side: α + tρ − ρ^t = t·expm1(d) − expm1(t·d); Q's: αρ + t − ρ^α, ρ = e^d.
        out[o + INTEGRAND.renyiGap] = fromP
          ? phi * (t * Math.expm1(d) - Math.expm1(t * d))
          : phi * (alpha * Math.expm1(d) - Math.expm1(alpha * d));
        out[o + INTEGRAND.renyiMass] = phi * Math.exp((fromP ? t : alpha) * d);
        const rho = Math.exp(d);
        const lpq = Math.log1p(rho);
        for (let i = 0; i < RATIO_TERMS.length; i++)
          out[o + RATIO_SLOTS[i]!] =
            phi * (fromP ? RATIO_TERMS[i]!(0, 1, d, rho, lpq) : RATIO_TERMS[i]!(d, rho, 0, 1, lpq));
      }
    };
    const active = new Array<boolean>(MEASURE_INTEGRAND_DIM).fill(false);
    active[INTEGRAND.js] = true;
    active[h] = needH;
    active[kl] = needKl && reachable;
    if (fromP) active[INTEGRAND.cePQ] = needCe && reachable;
    active[INTEGRAND.tv] = fromP && needs.tv;
    active[INTEGRAND.hellinger] = needs.hellinger;
    active[INTEGRAND.renyiGap] = needs.renyi;
    active[INTEGRAND.renyiMass] = needs.renyi;
    for (const m of BY_RATIO) active[INTEGRAND[m.key]] = needs[m.key];
    const r = integrator.integrate(integrand, f.breaks, {
      ...OPTIONS,
      absTol: OPTIONS.absTol * scale,
      active,
    });
    for (let k = 0; k < MEASURE_INTEGRAND_DIM; k++) {
      if (!active[k]) continue;
      const half = k === INTEGRAND.js ? 0.5 : 1;
      values[k] = values[k]! + half * f.weight * r.values[k]!;
      // The rule's rounding floor (50ε of ∫|f|) is skipped below 1e-290, where scaled values live.
      const err = Math.max(r.errors[k]!, scale === 1 ? 0 : 1e-14 * Math.abs(r.values[k]!));
      errors[k] = errors[k]! + half * f.weight * err;
    }
  }
  for (let k = 0; k < MEASURE_INTEGRAND_DIM; k++) {
    const s = unscaled.includes(k) ? 1 : scale;
    values[k] = infinite[k] ? Infinity : values[k]! / s;
    errors[k] = Number.isFinite(values[k]!) ? errors[k]! / s : 0;
  }
  return { values, errors };
}
