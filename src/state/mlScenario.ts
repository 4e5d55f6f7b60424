/**
 * The ML recipes lab's part of the scenario (issue 8): the keys a shared link reproduces, their
 * defaults and their URL rows. Kept in one file so the shared scenario and URL tables only spread it.
 *
 * Logit text: a number in JavaScript's decimal syntax, or a masked logit spelled `-inf`, `-Infinity`
 * or `−∞`. Rows of a matrix are separated by `;`, cells by `,` (`1,2,3;0,1,2`).
 */

export type LogitMatrix = readonly (readonly number[])[];

export interface MlScenario {
  /** KLDivLoss lab and distillation: student logits, one row per sample. */
  readonly mlStudent: LogitMatrix;
  /** Teacher logits, the same shape as the student's. */
  readonly mlTeacher: LogitMatrix;
  /** The softmax temperature T > 0. */
  readonly mlT: number;
  /** VAE encoder means μ_d (1 to 10 dimensions). */
  readonly vaeMu: readonly number[];
  /** VAE encoder standard deviations σ_d > 0 (as many as μ). */
  readonly vaeSigma: readonly number[];
  /** The β of β·KL. */
  readonly vaeBeta: number;
  /** The old policy's logits over actions. */
  readonly rlLogits: readonly number[];
  /** The advantage of each action. */
  readonly rlAdv: readonly number[];
  /** The policy-gradient step size η ≥ 0. */
  readonly rlEta: number;
  /** The trust-region bound δ > 0 on the KL. */
  readonly rlDelta: number;
  /** The PPO KL-penalty coefficient β ≥ 0. */
  readonly rlBeta: number;
  /** The calibration set's seed. */
  readonly calSeed: number;
  /** The calibration set's size. */
  readonly calSize: number;
}

export const ML_LIMITS = {
  rows: { min: 1, max: 8 },
  classes: { min: 2, max: 10 },
  T: { min: 0.05, max: 100 },
  vaeDims: { min: 1, max: 10 },
  actions: { min: 2, max: 10 },
  calSize: { min: 50, max: 5000 },
  /** Finite logits are kept within ±1e6: softmax is exact there and the text stays short. */
  logit: 1e6,
} as const;

export const DEFAULT_ML_SCENARIO: MlScenario = {
  mlStudent: [
    [1, 2, 3],
    [0, 1, 2],
  ],
  mlTeacher: [
    [0.5, 1, -1],
    [2, 0, 1],
  ],
  mlT: 2,
  vaeMu: [0, 1.5, -0.8, 0.02],
  vaeSigma: [1, 0.4, 0.9, 0.995],
  vaeBeta: 1,
  rlLogits: [0, 0.5, -0.5, 1],
  rlAdv: [1, -0.5, 2, 0],
  rlEta: 0.5,
  rlDelta: 0.01,
  rlBeta: 1,
  calSeed: 7,
  calSize: 1000,
};

export type Parsed<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly message: string };

const NEG_INF_SPELLINGS = new Set(['-inf', '-infinity', '−∞', '-∞', '−inf', '−infinity']);

/**
 * One logit from text: a finite number within ±1e6, or −∞ (a masked class). +∞ and NaN are refused:
 * softmax has no value for them.
 */
export function parseLogit(text: string): Parsed<number> {
  const t = text.trim();
  if (t === '') return { ok: false, message: 'enter a number (or -inf for a masked class)' };
  if (NEG_INF_SPELLINGS.has(t.toLowerCase())) return { ok: true, value: -Infinity };
  if (/^\+?(inf|infinity|∞)$/i.test(t))
    return { ok: false, message: '+∞ is not a logit (softmax is undefined); use -inf to mask' };
  const x = Number(t);
  if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(t) || !Number.isFinite(x))
    return { ok: false, message: `'${t}' is not a number (or -inf)` };
  if (Math.abs(x) > ML_LIMITS.logit)
    return { ok: false, message: `${t} is too large (|logit| ≤ ${ML_LIMITS.logit})` };
  return { ok: true, value: x };
}

/** A logit as text: `String(x)`, with −∞ written `-inf`. */
export const formatLogit = (x: number): string => (x === -Infinity ? '-inf' : String(x));

/** A finite number in [min, max] from text (JavaScript decimal syntax). */
export function parseBoundedNumber(text: string, min: number, max: number): Parsed<number> {
  const t = text.trim();
  const x = t === '' ? NaN : Number(t);
  if (!Number.isFinite(x)) return { ok: false, message: `'${t}' is not a number` };
  if (x < min || x > max) return { ok: false, message: `must be between ${min} and ${max}` };
  return { ok: true, value: x };
}

/** Comma-separated numbers, each checked by `cell`, with a count in [minCount, maxCount]. */
export function parseList(
  text: string,
  cell: (t: string) => Parsed<number>,
  minCount: number,
  maxCount: number,
  what: string,
): Parsed<number[]> {
  const parts = text.split(',');
  if (parts.length < minCount || parts.length > maxCount)
    return {
      ok: false,
      message: `needs ${minCount} to ${maxCount} ${what}, got ${parts.length}`,
    };
  const values: number[] = [];
  for (let i = 0; i < parts.length; i++) {
    const r = cell(parts[i]!);
    if (!r.ok) return { ok: false, message: `${what} ${i + 1}: ${r.message}` };
    values.push(r.value);
  }
  return { ok: true, value: values };
}

/**
 * A logit matrix from `a,b,c;d,e,f`: 1 to 8 rows, 2 to 10 classes, every row the same length.
 */
export function parseLogitMatrix(text: string): Parsed<number[][]> {
  const rows = text.split(';');
  const { rows: R, classes: C } = ML_LIMITS;
  if (rows.length > R.max)
    return { ok: false, message: `at most ${R.max} rows, got ${rows.length}` };
  const matrix: number[][] = [];
  for (let i = 0; i < rows.length; i++) {
    const r = parseList(rows[i]!, parseLogit, C.min, C.max, 'logits');
    if (!r.ok) return { ok: false, message: `row ${i + 1}: ${r.message}` };
    matrix.push(r.value);
  }
  const width = matrix[0]!.length;
  const uneven = matrix.findIndex((row) => row.length !== width);
  if (uneven >= 0)
    return {
      ok: false,
      message: `rows must have equal lengths: row 1 has ${width} logits, row ${uneven + 1} has ${matrix[uneven]!.length}`,
    };
  return { ok: true, value: matrix };
}

export const formatLogitMatrix = (m: LogitMatrix): string =>
  m.map((row) => row.map(formatLogit).join(',')).join(';');

const numberCodec = (min: number, max: number, integer = false) => ({
  decode: (raw: string): Parsed<number> => {
    const r = parseBoundedNumber(raw, min, max);
    if (r.ok && integer && !Number.isInteger(r.value))
      return { ok: false, message: 'must be a whole number' };
    return r;
  },
  encode: (x: number) => String(x),
});

const listCodec = (
  cell: (t: string) => Parsed<number>,
  min: number,
  max: number,
  what: string,
) => ({
  decode: (raw: string): Parsed<readonly number[]> => parseList(raw, cell, min, max, what),
  encode: (xs: readonly number[]) => xs.map(formatLogit).join(','),
});

const finite = (min: number, max: number) => (t: string) => parseBoundedNumber(t, min, max);

/**
 * The lab's rows of the URL table (spread into URL_PARAMETERS). Structurally the same codec shape
 * as urlCodec.ts's, so the mapped type there checks these too.
 */
export const ML_URL_PARAMETERS: {
  readonly [K in keyof MlScenario]: {
    readonly name: string;
    readonly codec: {
      decode(raw: string): Parsed<MlScenario[K]>;
      encode(value: MlScenario[K]): string;
    };
  };
} = {
  mlStudent: {
    name: 'student',
    codec: { decode: parseLogitMatrix, encode: formatLogitMatrix },
  },
  mlTeacher: {
    name: 'teacher',
    codec: { decode: parseLogitMatrix, encode: formatLogitMatrix },
  },
  mlT: { name: 'T', codec: numberCodec(ML_LIMITS.T.min, ML_LIMITS.T.max) },
  vaeMu: { name: 'mu', codec: listCodec(finite(-10, 10), 1, 10, 'means') },
  vaeSigma: { name: 'sigma', codec: listCodec(finite(0.001, 10), 1, 10, 'standard deviations') },
  vaeBeta: { name: 'beta', codec: numberCodec(0, 100) },
  rlLogits: {
    name: 'logits',
    codec: listCodec(finite(-20, 20), ML_LIMITS.actions.min, ML_LIMITS.actions.max, 'logits'),
  },
  rlAdv: { name: 'adv', codec: listCodec(finite(-100, 100), 2, 10, 'advantages') },
  rlEta: { name: 'eta', codec: numberCodec(0, 100) },
  rlDelta: { name: 'delta', codec: numberCodec(1e-6, 10) },
  rlBeta: { name: 'ppobeta', codec: numberCodec(0, 1000) },
  calSeed: { name: 'calseed', codec: numberCodec(0, 2 ** 32 - 1, true) },
  calSize: {
    name: 'calsize',
    codec: numberCodec(ML_LIMITS.calSize.min, ML_LIMITS.calSize.max, true),
  },
};
