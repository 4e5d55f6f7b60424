/**
 * The fit view's part of the scenario: where the animated reverse (and forward) path starts, so a
 * shared link replays the same walk. Kept in one file so the shared scenario and URL tables only
 * spread it.
 */
import { normal2 } from '../core/distributions/make';
import { gaussian2FromNormal2, normal2FromGaussian2 } from '../core/fit/gaussian2';
import type { Gaussian1, Gaussian2 } from '../core/fit/types';

/** A 1-D start N(μ, σ), a 2-D start N(mean, cov), or null: the default start for P. */
export type FitStart = Gaussian1 | Gaussian2 | null;

export interface FitScenario {
  /** The fit's start; one of the wrong dimension for P is ignored (the default is used). */
  readonly fitStart: FitStart;
}

export const DEFAULT_FIT_SCENARIO: FitScenario = { fitStart: null };

export const isStart1 = (s: FitStart): s is Gaussian1 => s !== null && 'mu' in s;
export const isStart2 = (s: FitStart): s is Gaussian2 => s !== null && 'mean' in s;

type Parsed<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly message: string };

/** Six significant digits: a dragged start's binary noise stays out of the link. */
const short = (x: number) => String(Number(x.toPrecision(6)));

const EXPECTED = 'expected μ,σ (1-D) or mx,my,sx,sy,ρ (2-D)';

/** `start=μ,σ` or `start=mx,my,sx,sy,ρ`, the spec grammar's N and N2 parameters. */
export const fitStartCodec = {
  decode(raw: string): Parsed<FitStart> {
    if (raw.trim() === '') return { ok: true, value: null };
    const xs = raw.split(',').map((t) => (t.trim() === '' ? NaN : Number(t)));
    if (xs.some((x) => !Number.isFinite(x))) return { ok: false, message: EXPECTED };
    if (xs.length === 2) {
      const [mu, sigma] = xs as [number, number];
      if (!(sigma > 0)) return { ok: false, message: 'σ must be positive' };
      return { ok: true, value: { mu, sigma } };
    }
    if (xs.length === 5) {
      const [mx, my, sx, sy, rho] = xs as [number, number, number, number, number];
      if (!(sx > 0 && sy > 0)) return { ok: false, message: 'sx and sy must be positive' };
      if (!(Math.abs(rho) < 1)) return { ok: false, message: 'ρ must be between −1 and 1' };
      return { ok: true, value: gaussian2FromNormal2(normal2(mx, my, sx, sy, rho)) };
    }
    return { ok: false, message: EXPECTED };
  },
  encode(s: FitStart): string {
    if (s === null) return '';
    if (isStart1(s)) return `${short(s.mu)},${short(s.sigma)}`;
    const n = normal2FromGaussian2(s);
    return [n.mx, n.my, n.sx, n.sy, n.rho].map(short).join(',');
  },
};

/** The fit view's rows of the URL table (spread into URL_PARAMETERS). */
export const FIT_URL_PARAMETERS = {
  fitStart: { name: 'start', codec: fitStartCodec },
} as const;
