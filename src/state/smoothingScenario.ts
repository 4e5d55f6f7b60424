/**
 * The explorer's smoothing of a discrete Q (issue 4): the scenario keys a shared link reproduces,
 * their defaults and their URL rows. Kept in one file so the shared tables only spread it.
 * Smoothing applies to Q only (the model), never to P (the data); the computeBridge analyses
 * smoothDistribution(q, {eps, alpha}).
 */

export interface SmoothingScenario {
  /** Additive smoothing ε ≥ 0 of a discrete Q: q'_k = (q_k + ε)/(1 + Kε). */
  readonly eps: number;
  /** Label smoothing α ∈ [0, 1] of a discrete Q, applied after ε: (1 − α)q + α/K. */
  readonly alpha: number;
}

export const DEFAULT_SMOOTHING_SCENARIO: SmoothingScenario = { eps: 0, alpha: 0 };

/** The largest ε the explorer offers (the slider's log scale runs from 1e-8 to this). */
export const EPS_MAX = 1;

type Parsed<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly message: string };

const boundedNumber = (min: number, max: number) => ({
  decode(raw: string): Parsed<number> {
    const x = raw.trim() === '' ? NaN : Number(raw);
    if (!Number.isFinite(x)) return { ok: false, message: 'expected a number' };
    if (x < min || x > max) return { ok: false, message: `must be between ${min} and ${max}` };
    return { ok: true, value: x };
  },
  encode: (x: number) => String(x),
});

/** The smoothing rows of the URL table (spread into URL_PARAMETERS): `eps=1e-3`, `alpha=0.1`. */
export const SMOOTHING_URL_PARAMETERS: {
  readonly [K in keyof SmoothingScenario]: {
    readonly name: string;
    readonly codec: {
      decode(raw: string): Parsed<SmoothingScenario[K]>;
      encode(value: SmoothingScenario[K]): string;
    };
  };
} = {
  eps: { name: 'eps', codec: boundedNumber(0, EPS_MAX) },
  alpha: { name: 'alpha', codec: boundedNumber(0, 1) },
};

/**
 * How a distribution too large for a link (an imported next-token pair) is written in the URL:
 * `p=imported(100000)`. Reading it back explains that the data must be imported again.
 */
export const IMPORTED_MARKER = 'imported';

/** The URL text for a distribution whose spec would exceed the parameter limit. */
export const importedMarker = (size: number) => `${IMPORTED_MARKER}(${size})`;
