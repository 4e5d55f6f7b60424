/**
 * The samples lab's part of the scenario (issue 16). It shares `n` (sample count) and `seed` with the
 * Monte Carlo lab, whose meaning is the same (the lab clamps n to 10 … 10⁶, see SAMPLES_N); its own
 * rows are the kNN estimator's k, the histogram's bins, the fitted mixture's components and whether
 * the samples came from local files (which a link never carries).
 */
import { parseWholeNumber } from '../monteCarloScenario';

export interface SamplesScenario {
  /** Neighbours of the kNN estimator, 1 … 20. */
  readonly knnK: number;
  /** Histogram bins per axis, 2 … 200. */
  readonly bins: number;
  /** Components of the fitted Q: 1 = a Gaussian (closed form), 2 … 4 = a mixture by EM (1-D). */
  readonly components: number;
  /** 'local' when the estimates used uploaded files: a link then says so instead of carrying them. */
  readonly sampleData: 'drawn' | 'local';
}

export const SAMPLES_LIMITS = {
  knnK: { min: 1, max: 20 },
  bins: { min: 2, max: 200 },
  components: { min: 1, max: 4 },
} as const;

/** The sample counts the lab draws: n from the URL is clamped into this range. */
export const SAMPLES_N = { min: 10, max: 1_000_000 } as const;

export const clampSamplesN = (n: number) => Math.min(SAMPLES_N.max, Math.max(SAMPLES_N.min, n));

export const DEFAULT_SAMPLES_SCENARIO: SamplesScenario = {
  knnK: 3,
  bins: 20,
  components: 1,
  sampleData: 'drawn',
};

type Parsed<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly message: string };

const whole = (min: number, max: number) => ({
  decode: (raw: string) => parseWholeNumber(raw, min, max),
  encode: (x: number) => String(x),
});

export const SAMPLES_URL_PARAMETERS: {
  readonly [K in keyof SamplesScenario]: {
    readonly name: string;
    readonly codec: {
      decode(raw: string): Parsed<SamplesScenario[K]>;
      encode(value: SamplesScenario[K]): string;
    };
  };
} = {
  knnK: { name: 'k', codec: whole(SAMPLES_LIMITS.knnK.min, SAMPLES_LIMITS.knnK.max) },
  bins: { name: 'bins', codec: whole(SAMPLES_LIMITS.bins.min, SAMPLES_LIMITS.bins.max) },
  components: {
    name: 'comp',
    codec: whole(SAMPLES_LIMITS.components.min, SAMPLES_LIMITS.components.max),
  },
  sampleData: {
    name: 'data',
    codec: {
      decode: (raw) =>
        raw === 'local' || raw === 'drawn'
          ? { ok: true, value: raw }
          : { ok: false, message: "expected 'local' or 'drawn'" },
      encode: (v) => v,
    },
  },
};
