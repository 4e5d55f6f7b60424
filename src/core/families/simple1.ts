/**
 * The parts a fixed-arity 1-D family without Gaussian components derives from its parameter
 * schema and its maths module: parse (numbers in schema order, then the maths module's range
 * message at the offending number), format, sample space, and quadrature breakpoints from the
 * quantile function. A family module spreads {@link simpleParts} into its `Real1Family` object and
 * adds its density, moments, sampler, closed forms and UI data.
 */
import type { Distribution, Family } from '../distributions/types';
import { formatSpecNumber as num } from '../spec/number';
import type { SpecReader } from '../spec/reader';
import { invertContinuousCdf, type Interval } from './math/common';
import type { Handle1, ParameterSchema } from './types';

/**
 * Tail probabilities at which the breakpoints sit (and 1 − u for the upper tail). The outermost,
 * 1e-300, bounds the range: the mass beyond is below 1e-300. Decades between let the adaptive rule
 * follow a polynomial tail (Student-t) without one huge first interval.
 */
const TAIL_U = [1e-300, 1e-100, 1e-30, 1e-12, 1e-5, 1e-2, 0.2];
/** Breakpoints are kept within ±1e300 (a ν = 0.1 t's 1e-300 quantile overflows). */
const LIMIT = 1e300;

export interface SimpleFamilyMaths<D extends Distribution> {
  readonly family: D['family'];
  readonly token: string;
  readonly parameters: readonly ParameterSchema[];
  /** The maths module's range check, e.g. `uniformParamError`: its message or undefined. */
  readonly paramError: (params: D) => string | undefined;
  readonly support: (params: D) => Interval;
  /** The x with F(x) = u (lower tail), for tail probabilities u ≤ ½. */
  readonly quantile: (u: number, params: D) => number;
  /**
   * The x with 1 − F(x) = u (upper tail), for u ≤ ½: kept apart from `quantile` because 1 − u
   * rounds to 1 below u = 1e-16 (see {@link upperQuantileBySurvival}).
   */
  readonly upperQuantile: (u: number, params: D) => number;
  /** Extra split points where the density bends (a Laplace's peak, a mode). */
  readonly bends?: (params: D) => readonly number[];
}

/** Which parameter a message is about: the first key named in it (`… supports rate from …`). */
function culprit(message: string, keys: readonly string[]): number {
  const i = keys.findIndex((k) => new RegExp(`\\b${k}\\b`).test(message.replace(/^[^)]*\)/, '')));
  return i < 0 ? 0 : i;
}

/** Sorted, distinct finite points: support edges, quantile splits in both tails, the bends. */
function simpleBreakpoints<D extends Distribution>(m: SimpleFamilyMaths<D>, d: D): number[] {
  const s = m.support(d);
  const pts: number[] = [];
  if (Number.isFinite(s.lo)) pts.push(s.lo);
  if (Number.isFinite(s.hi)) pts.push(s.hi);
  for (const u of TAIL_U) {
    pts.push(m.quantile(u, d), m.upperQuantile(u, d));
  }
  pts.push(m.quantile(0.5, d), ...(m.bends?.(d) ?? []));
  const inside = pts
    .filter((x) => Number.isFinite(x) && x >= s.lo && x <= s.hi)
    .map((x) => Math.min(LIMIT, Math.max(-LIMIT, x)))
    .sort((a, b) => a - b);
  const sorted: number[] = [];
  // A point within 1e-290 of a finite edge is dropped: between it and the edge the density's
  // arguments would be subnormal (a Beta's x^(a−1) loses its digits there).
  const nearEdge = (x: number) =>
    (x !== s.lo && Math.abs(x - s.lo) < 1e-290) || (x !== s.hi && Math.abs(s.hi - x) < 1e-290);
  for (const x of inside)
    if ((sorted.length === 0 || x > sorted[sorted.length - 1]!) && !nearEdge(x)) sorted.push(x);
  return withDecades(sorted, s, m.quantile(0.5, d));
}

/**
 * The points with every gap that spans more than a decade, measured from the nearest anchor (the
 * median, or a finite support edge), filled with one point per decade (at most 80 per gap). A
 * polynomial tail (x^(−4) for a t with ν = 3) or an edge singularity keeps mass in every decade;
 * one Gauss–Kronrod interval over [1e4, 1e10] puts its nodes near 1e8 and misses the mass near 1e4
 * with a tiny error estimate, so the decades are split up front.
 */
function withDecades(pts: readonly number[], s: Interval, median: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < pts.length; i++) {
    const a = pts[i]!;
    out.push(a);
    const b = pts[i + 1];
    if (b === undefined) break;
    const zl = [s.lo, median]
      .filter((z) => Number.isFinite(z) && z <= a)
      .reduce((x, y) => Math.max(x, y), -Infinity);
    const zh = [s.hi, median]
      .filter((z) => Number.isFinite(z) && z >= b)
      .reduce((x, y) => Math.min(x, y), Infinity);
    const up = Number.isFinite(zl) && a > zl ? (b - zl) / (a - zl) : 1;
    const down = Number.isFinite(zh) && zh > b ? (zh - a) / (zh - b) : 1;
    const ratio = Math.max(up, down);
    if (!(ratio > 10) || !Number.isFinite(ratio)) continue;
    const n = Math.min(80, Math.ceil(Math.log10(ratio)));
    const f = ratio ** (1 / n);
    for (let k = 1; k < n; k++) {
      const x = up >= down ? zl + (a - zl) * f ** k : zh - (zh - a) / f ** k;
      if (x > out[out.length - 1]! && x < b) out.push(x);
    }
  }
  return out;
}

/** Parse, format, sample space and breakpoints of a simple family (see the file comment). */
export function simpleParts<D extends Distribution>(m: SimpleFamilyMaths<D>) {
  const keys = m.parameters.map((p) => p.key);
  const asRecord = (d: D) => d as unknown as Readonly<Record<string, number>>;
  return {
    token: m.token,
    parameters: m.parameters,
    parse(r: SpecReader): Distribution {
      const nums = r.numberList(m.token, keys.length);
      const params: Record<string, number> = {};
      keys.forEach((k, i) => (params[k] = nums[i]!.value));
      const spec = { family: m.family, ...params } as unknown as D;
      const error = m.paramError(spec);
      if (error !== undefined) {
        const at = nums[culprit(error, keys)]!;
        r.fail(error, at.start, at.end);
      }
      return spec;
    },
    format: (d: D): string => `${m.token}(${keys.map((k) => num(asRecord(d)[k]!)).join(',')})`,
    sampleSpace: () => ({ kind: 'real', dimension: 1 }) as const,
    support: (d: D) => ({ kind: 'interval', ...m.support(d) }) as const,
    breakpoints: (d: D) => simpleBreakpoints(m, d),
    quartiles: (d: D) =>
      [m.quantile(0.25, d), m.quantile(0.5, d), m.upperQuantile(0.25, d)] as const,
  };
}

/**
 * The x with S(x) = u from a survival function, u ≤ ½ kept as given: the lower quantile of −X
 * (whose CDF is S(−y)), negated. `invertContinuousCdf(1 − u, …)` would round 1 − 1e-300 to 1.
 */
export function upperQuantileBySurvival(
  u: number,
  cdf: (x: number) => number,
  survival: (x: number) => number,
  support: Interval,
  guess: number,
  spread: number,
): number {
  return -invertContinuousCdf(
    u,
    (y) => survival(-y),
    (y) => cdf(-y),
    { lo: -support.hi, hi: -support.lo },
    -guess,
    spread,
  );
}

/**
 * The two handles of a location–scale family (Laplace's μ and b, Student-t's μ and s): one at the
 * location, one at location + scale, which sets the scale to its distance from the location.
 * `location` and `scale` name the spec's keys; the labels say what they are for each family.
 */
export function locationScaleHandles<D extends Distribution>(
  location: KeysOfNumbers<D>,
  scale: KeysOfNumbers<D>,
  labels: { readonly location: string; readonly scale: string },
): readonly Handle1Of<D>[] {
  const at = (d: D, key: KeysOfNumbers<D>) => d[key] as number;
  return [
    {
      id: 'peak',
      label: labels.location,
      size: 'large',
      x: (d) => at(d, location),
      moved: (d, x) => ({ ...d, [location]: x }),
    },
    {
      id: 'scale',
      label: labels.scale,
      size: 'small',
      x: (d) => at(d, location) + at(d, scale),
      moved: (d, x) => ({ ...d, [scale]: Math.abs(x - at(d, location)) }),
    },
  ];
}

type KeysOfNumbers<D> = { [K in keyof D]: D[K] extends number ? K : never }[keyof D];
/** {@link Handle1} for a spec type D (`Handle1<F>` is `Handle1Of<SpecOf<F>>`). */
type Handle1Of<D> = Omit<Handle1<Family>, 'x' | 'moved'> & {
  x(d: D): number;
  moved(d: D, x: number): D;
};
