/**
 * The Monte Carlo lab's part of the scenario (issue 6): the sample count and the seed, so a shared
 * link reproduces its numbers bit for bit. Kept in one file so the shared scenario and URL tables
 * only spread it.
 */

export interface MonteCarloScenario {
  /** Samples per direction, 1 … 10⁸. */
  readonly n: number;
  /** The run's seed, a whole number in 0 … 2³² − 1. */
  readonly seed: number;
}

export const MC_LIMITS = {
  n: { min: 1, max: 1e8 },
  seed: { min: 0, max: 2 ** 32 - 1 },
} as const;

export const DEFAULT_MC_SCENARIO: MonteCarloScenario = { n: 100_000, seed: 1 };

type Parsed<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly message: string };

/**
 * A whole number in [min, max] from text; exponent notation is accepted (`1e6`, `1e+6`), since that
 * is how people write sample counts.
 */
export function parseWholeNumber(text: string, min: number, max: number): Parsed<number> {
  const t = text.trim();
  const x = t === '' ? NaN : Number(t);
  if (!Number.isFinite(x)) return { ok: false, message: `'${t}' is not a number` };
  if (!Number.isInteger(x)) return { ok: false, message: 'must be a whole number' };
  if (x < min || x > max)
    return { ok: false, message: `must be between ${min} and ${max.toLocaleString('en')}` };
  return { ok: true, value: x };
}

const wholeCodec = (min: number, max: number) => ({
  decode: (raw: string) => parseWholeNumber(raw, min, max),
  encode: (x: number) => String(x),
});

/** The lab's rows of the URL table (spread into URL_PARAMETERS). */
export const MC_URL_PARAMETERS: {
  readonly [K in keyof MonteCarloScenario]: {
    readonly name: string;
    readonly codec: {
      decode(raw: string): Parsed<MonteCarloScenario[K]>;
      encode(value: MonteCarloScenario[K]): string;
    };
  };
} = {
  n: { name: 'n', codec: wholeCodec(MC_LIMITS.n.min, MC_LIMITS.n.max) },
  seed: { name: 'seed', codec: wholeCodec(MC_LIMITS.seed.min, MC_LIMITS.seed.max) },
};
