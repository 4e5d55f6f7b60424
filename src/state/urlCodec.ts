import { RENYI_URL_PARAMETERS } from './renyiScenario';
import { familyOf, isDiscrete, sampleSpaceOf } from '../core/families/registry';
import type { Distribution } from '../core/distributions/types';
import { formatSpec } from '../core/spec/format';
import { parseSpec } from '../core/spec/parse';
import type { InformationUnit } from '../core/units';
import { FIT_URL_PARAMETERS } from './fitScenario';
import { ML_URL_PARAMETERS } from './mlScenario';
import { MC_URL_PARAMETERS } from './monteCarloScenario';
import { SAMPLES_URL_PARAMETERS } from './samples/samplesScenario';
import { SHARE_URL_PARAMETERS } from './share/shareScenario';
import { IMPORTED_MARKER, importedMarker, SMOOTHING_URL_PARAMETERS } from './smoothingScenario';
import { DEFAULT_SCENARIO, type Scenario } from './slices/scenario';
import { VIEW_IDS, type ViewId } from './views';

/** Values longer than this are refused before parsing: no scenario needs more, and it bounds the work. */
export const MAX_PARAM_LENGTH = 4000;

type Decoded<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly message: string };

interface ParamCodec<T> {
  decode(raw: string): Decoded<T>;
  encode(value: T): string;
}

const distributionCodec: ParamCodec<Distribution> = {
  decode: (raw) => {
    // An imported pair too large for a link is marked, not carried (issue 4): say so plainly.
    if (raw.startsWith(IMPORTED_MARKER))
      return {
        ok: false,
        message: 'came from imported data, which a link cannot carry; import the file again',
      };
    const r = parseSpec(raw);
    return r.ok ? r : { ok: false, message: r.error.message };
  },
  encode: (d) => {
    // A family that lists every outcome's weight (Cat: no fixed parameters) takes at least two
    // characters per outcome, so a longer one cannot fit: skip formatting it.
    const listed = isDiscrete(d) && familyOf(d).parameters.length === 0;
    const size = listed ? sampleSpaceOf(d) : undefined;
    const outcomes = size?.kind === 'discrete' ? size.size : 0;
    if (listed && 2 * outcomes > MAX_PARAM_LENGTH) return importedMarker(outcomes);
    const text = formatSpec(d);
    return text.length > MAX_PARAM_LENGTH && listed ? importedMarker(outcomes) : text;
  },
};

const booleanCodec: ParamCodec<boolean> = {
  decode: (raw) =>
    raw === '1' || raw === 'true'
      ? { ok: true, value: true }
      : raw === '0' || raw === 'false'
        ? { ok: true, value: false }
        : { ok: false, message: "expected '1' or '0'" },
  encode: (v) => (v ? '1' : '0'),
};

const enumCodec = <T extends string>(values: readonly T[]): ParamCodec<T> => ({
  decode: (raw) =>
    (values as readonly string[]).includes(raw)
      ? { ok: true, value: raw as T }
      : { ok: false, message: `expected ${values.map((v) => `'${v}'`).join(' or ')}` },
  encode: (v) => v,
});

/**
 * The one table of URL parameters: every scenario key, its query name and its codec. The mapped type
 * makes a new scenario key without a URL decision a type error.
 */
export const URL_PARAMETERS: {
  readonly [K in keyof Scenario]: {
    readonly name: string;
    readonly codec: ParamCodec<Scenario[K]>;
    /** Written even when it equals its default (P and Q: a link should say what it compares). */
    readonly alwaysWritten?: boolean;
  };
} = {
  view: { name: 'view', codec: enumCodec<ViewId>(VIEW_IDS) },
  p: { name: 'p', codec: distributionCodec, alwaysWritten: true },
  q: { name: 'q', codec: distributionCodec, alwaysWritten: true },
  units: { name: 'units', codec: enumCodec<InformationUnit>(['nats', 'bits']) },
  largeType: { name: 'large', codec: booleanCodec },
  integrand: { name: 'integrand', codec: enumCodec<'pq' | 'qp'>(['pq', 'qp']) },
  ...ML_URL_PARAMETERS,
  ...SMOOTHING_URL_PARAMETERS,
  ...RENYI_URL_PARAMETERS, // order
  ...MC_URL_PARAMETERS,
  ...SHARE_URL_PARAMETERS, // issue 7: v, lesson, step, present, embed, hide, lock
  ...SAMPLES_URL_PARAMETERS, // issue 16: k, bins, comp, data
  ...FIT_URL_PARAMETERS, // start
};

const KEYS = Object.keys(URL_PARAMETERS) as (keyof Scenario)[];

export interface UrlProblem {
  /** The query parameter's name as it appeared. */
  readonly param: string;
  readonly message: string;
}

/**
 * Reads a query string (`?p=Bern(0.3)&q=Bern(0.6)`) into a full scenario: each parameter that is
 * missing or wrong takes its default, and each wrong or unknown one is reported. Never throws.
 * `+` is read literally (unlike URLSearchParams) so that `1e+5` survives.
 */
export function decodeScenario(search: string): { scenario: Scenario; problems: UrlProblem[] } {
  const problems: UrlProblem[] = [];
  const raw = new Map<string, string>();
  const query = search.startsWith('?') ? search.slice(1) : search;
  for (const part of query.split('&')) {
    if (part === '') continue;
    const eq = part.indexOf('=');
    const rawName = eq < 0 ? part : part.slice(0, eq);
    const rawValue = eq < 0 ? '' : part.slice(eq + 1);
    const name = safeDecode(rawName) ?? rawName;
    const value = safeDecode(rawValue);
    if (value === null) {
      problems.push({ param: name, message: 'is not valid percent-encoding' });
      continue;
    }
    if (raw.has(name)) {
      problems.push({ param: name, message: 'is given more than once; the first one is used' });
      continue;
    }
    raw.set(name, value);
  }

  const scenario: Record<string, unknown> = { ...DEFAULT_SCENARIO };
  const known = new Set<string>();
  for (const key of KEYS) {
    const { name, codec } = URL_PARAMETERS[key];
    known.add(name);
    const value = raw.get(name);
    if (value === undefined) continue;
    if (value.length > MAX_PARAM_LENGTH) {
      problems.push({
        param: name,
        message: `is ${value.length.toLocaleString('en')} characters long; the limit is ${MAX_PARAM_LENGTH.toLocaleString('en')}`,
      });
      continue;
    }
    const decoded = (codec as ParamCodec<unknown>).decode(value);
    if (decoded.ok) scenario[key] = decoded.value;
    else problems.push({ param: name, message: `'${shorten(value)}': ${decoded.message}` });
  }
  for (const name of raw.keys()) {
    if (!known.has(name))
      problems.push({
        param: name,
        message: 'is not a parameter KL Explorer knows; it was ignored',
      });
  }
  return { scenario: scenario as unknown as Scenario, problems };
}

/**
 * Writes a scenario as a readable query string (commas, parentheses and `*` left unescaped).
 * Parameters at their default are left out, except those marked `alwaysWritten`.
 */
export function encodeScenario(scenario: Scenario): string {
  const parts = KEYS.flatMap((key) => {
    const { name, codec, alwaysWritten } = URL_PARAMETERS[key];
    const encode = (codec as ParamCodec<unknown>).encode;
    const value = encode(scenario[key]);
    if (!alwaysWritten && value === encode(DEFAULT_SCENARIO[key])) return [];
    return [`${name}=${encodeURIComponent(value).replace(/%2C/gi, ',').replace(/%3B/gi, ';')}`];
  });
  return `?${parts.join('&')}`;
}

function safeDecode(s: string): string | null {
  try {
    return decodeURIComponent(s);
  } catch {
    return null;
  }
}

const shorten = (s: string) => (s.length > 40 ? `${s.slice(0, 39)}…` : s);
