import { LineCursor } from '../text/lineCursor';
import { softmax } from '../ml/softmax';

/** The most categories an imported pair may have (a large vocabulary's next-token distribution). */
export const IMPORT_MAX_K = 100_000;

/** How the numbers of a vector are read. `auto` decides per vector (see {@link detectReading}). */
export type ImportReading = 'auto' | 'probabilities' | 'logits';
/** How a vector was actually read: as probabilities (or weights, normalised) or as logits. */
export type AppliedReading = 'probabilities' | 'logits';

export interface ImportedVector {
  /** The probabilities, summing to 1 (weights divided by their sum; logits through softmax). */
  readonly probs: number[];
  readonly readAs: AppliedReading;
  /** The sum of the numbers as given (for probabilities: 1 unless they were weights). */
  readonly total: number;
}

export type ImportResult =
  | {
      readonly ok: true;
      readonly p: ImportedVector;
      readonly q: ImportedVector;
      /** Category names from a label column or JSON `labels`, if any. */
      readonly labels?: readonly string[];
      readonly format: 'json' | 'rows' | 'columns';
    }
  | { readonly ok: false; readonly message: string };

/**
 * Auto-detection: a vector with a negative number is logits (probabilities cannot be negative);
 * otherwise it is probabilities, normalised if they do not sum to 1 (counts and weights are common,
 * non-negative logits are rare; the person can insist on "logits").
 */
export function detectReading(values: readonly number[]): AppliedReading {
  return values.some((x) => x < 0) ? 'logits' : 'probabilities';
}

const fail = (message: string): ImportResult => ({ ok: false, message });

/**
 * Reads two vectors P and Q from text, in any of these forms:
 * - JSON: `{"p": [...], "q": [...]}` (also `P`/`Q`, optional `labels`) or `[[...], [...]]`;
 * - two rows of numbers (comma, semicolon, tab or space separated): the first is P, the second Q;
 * - K rows of two columns `p,q` (or three, `label,p,q`), with an optional header row.
 * Numbers use JavaScript's decimal syntax; `-inf` is a masked logit. Each vector is read as
 * probabilities or logits according to `reading` (auto: {@link detectReading}), then normalised or
 * softmaxed by the core. Never throws; every failure names the line or the value at fault.
 */
export function parsePair(text: string, reading: ImportReading = 'auto'): ImportResult {
  const reader = new PairTextReader(text);
  while (!reader.step(Infinity));
  return reader.result(reading);
}

type RawPair = { p: number[]; q: number[]; labels?: string[]; format: 'json' | 'rows' | 'columns' };

/** The checks every form shares, then each vector read as probabilities or logits. */
function finishPair(raw: RawPair, reading: ImportReading): ImportResult {
  const { p, q } = raw;
  if (p.length !== q.length)
    return fail(`P has ${p.length} values but Q has ${q.length}: they must have the same length.`);
  if (p.length < 2) return fail('Each vector needs at least 2 categories.');
  if (p.length > IMPORT_MAX_K)
    return fail(
      `${p.length.toLocaleString('en')} categories is more than the ${IMPORT_MAX_K.toLocaleString('en')} this page handles.`,
    );
  const vp = toVector(p, 'P', reading);
  if (typeof vp === 'string') return fail(vp);
  const vq = toVector(q, 'Q', reading);
  if (typeof vq === 'string') return fail(vq);
  return {
    ok: true,
    p: vp,
    q: vq,
    format: raw.format,
    ...(raw.labels ? { labels: raw.labels } : {}),
  };
}

const SEPARATOR = /\s*[,;\t]\s*|\s+/;

/**
 * {@link parsePair} in slices of lines, so a worker can read a large file with progress and stop
 * between slices (the same pattern as the samples lab's CsvSamplesReader, with this format's rules).
 * JSON is parsed in one piece on the first step (JSON.parse cannot be sliced; in a worker it does not
 * hold up the page). `step(n)` reads up to n more lines and returns whether the text is finished;
 * `result(reading)` gives what parsePair gives.
 */
export class PairTextReader {
  private readonly text: string;
  private readonly lines: LineCursor;
  private json: RawPair | string | null = null;
  private error: string | null = null;
  private headerChecked = false;
  /** The first data line(s) while they may still be the two-rows form (each with ≥ 3 numbers). */
  private rowsCandidate: { line: number; cells: string[] }[] = [];
  private readonly p: number[] = [];
  private readonly q: number[] = [];
  private readonly labels: string[] = [];
  private labelled = false;

  constructor(text: string) {
    this.text = text.trim();
    this.lines = new LineCursor(this.text);
    if (this.text.startsWith('{') || this.text.startsWith('[')) this.json = '';
  }

  /** Characters read so far and in all, for progress. */
  get progress(): { done: number; total: number } {
    return { done: this.lines.consumed, total: this.text.length };
  }

  get finished(): boolean {
    return this.lines.done || this.error !== null;
  }

  step(maxLines: number): boolean {
    if (this.json === '') {
      this.json = fromJson(this.text);
      this.lines.finish();
      return true;
    }
    for (let l = 0; l < maxLines && !this.finished; l++) {
      const cells = this.lines.next()!.trim().split(SEPARATOR);
      if (cells.length === 1 && cells[0] === '') continue;
      this.readLine(this.lines.line, cells);
    }
    return this.finished;
  }

  private readLine(line: number, cells: string[]): void {
    // A header row (words, not numbers) is skipped.
    if (!this.headerChecked) {
      this.headerChecked = true;
      if (cells.every((c) => readNumber(c) === null)) return;
    }
    // Two lines of three or more numbers are two rows; two numbers per line are "p, q" pairs.
    const first = this.p.length === 0 && this.rowsCandidate.length === 0;
    if (first && cells.length >= 3 && cells.every((c) => readNumber(c) !== null)) {
      this.rowsCandidate.push({ line, cells });
      return;
    }
    if (this.rowsCandidate.length === 1) {
      this.rowsCandidate.push({ line, cells });
      return;
    }
    // A third line: the first was not one of two rows after all.
    if (this.rowsCandidate.length === 2) this.flushCandidate();
    if (this.error === null) this.readPair(line, cells);
  }

  private flushCandidate(): void {
    const held = this.rowsCandidate;
    this.rowsCandidate = [];
    for (const { line, cells } of held) {
      if (this.error !== null) return;
      this.readPair(line, cells);
    }
  }

  private readPair(line: number, cells: string[]): void {
    let row = cells;
    if (row.length === 3 && readNumber(row[0]!) === null) {
      this.labelled = true;
      this.labels.push(row[0]!);
      row = row.slice(1);
    } else this.labels.push(String(this.p.length + 1));
    if (row.length !== 2) {
      this.error = `Line ${line} has ${cells.length} values; expected two rows of numbers (P then Q) or one “p, q” pair per line.`;
      return;
    }
    const [x, y] = row.map(readNumber);
    if (x === null || y === null || x === undefined || y === undefined) {
      this.error = `Line ${line}: '${cells.join(', ')}' is not a pair of numbers.`;
      return;
    }
    this.p.push(x);
    this.q.push(y);
  }

  result(reading: ImportReading): ImportResult {
    if (this.text === '')
      return fail('Nothing to import: paste or choose a file with two vectors.');
    if (this.json !== null) {
      if (typeof this.json === 'string') return fail(this.json || 'The JSON was not read.');
      return finishPair(this.json, reading);
    }
    if (!this.finished) return fail('The text was not read to its end.');
    if (this.error === null && this.rowsCandidate.length === 2) {
      const [a, b] = this.rowsCandidate;
      const bad = b!.cells.findIndex((c) => readNumber(c) === null);
      if (bad >= 0)
        return fail(`Line ${b!.line}, value ${bad + 1}: '${b!.cells[bad]}' is not a number.`);
      return finishPair(
        {
          p: a!.cells.map((c) => readNumber(c)!),
          q: b!.cells.map((c) => readNumber(c)!),
          format: 'rows',
        },
        reading,
      );
    }
    if (this.error === null) this.flushCandidate();
    if (this.error !== null) return fail(this.error);
    return finishPair(
      {
        p: this.p,
        q: this.q,
        format: 'columns',
        ...(this.labelled ? { labels: this.labels } : {}),
      },
      reading,
    );
  }
}

function toVector(
  values: number[],
  name: 'P' | 'Q',
  reading: ImportReading,
): ImportedVector | string {
  const readAs = reading === 'auto' ? detectReading(values) : reading;
  let total = 0;
  for (const x of values) total += x;
  if (readAs === 'logits') {
    const row = softmax(values, 1);
    if (!row.valid)
      return `${name}'s logits have no softmax: ${row.reason === 'all-masked' ? 'every logit is −∞' : 'a logit is +∞'}.`;
    return { probs: row.probs, readAs, total };
  }
  const negative = values.findIndex((x) => x < 0 || !Number.isFinite(x));
  if (negative >= 0)
    return `${name}'s value ${negative + 1} is ${values[negative]}: probabilities must be finite and ≥ 0 (choose “logits” if these are logits).`;
  if (!(total > 0)) return `${name}'s values sum to 0: there is no distribution to read.`;
  return { probs: values.map((x) => x / total), readAs, total };
}

const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const NEG_INF = /^(?:-inf(?:inity)?|−∞|-∞)$/i;

/** A number token, or null: JavaScript decimal syntax or a masked logit (−∞). */
function readNumber(token: string): number | null {
  if (NUMBER.test(token)) return Number(token);
  if (NEG_INF.test(token)) return -Infinity;
  return null;
}

function fromJson(text: string) {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return `This is not valid JSON (${(e as Error).message}).`;
  }
  const vector = (v: unknown, name: string): number[] | string => {
    if (!Array.isArray(v)) return `“${name}” must be an array of numbers.`;
    const out = new Array<number>(v.length);
    for (let i = 0; i < v.length; i++) {
      const x = v[i];
      const n = typeof x === 'number' ? x : typeof x === 'string' ? readNumber(x.trim()) : null;
      if (n === null || Number.isNaN(n))
        return `“${name}”[${i}] is not a number: ${JSON.stringify(x)}.`;
      out[i] = n;
    }
    return out;
  };
  let p: number[] | string;
  let q: number[] | string;
  let labels: string[] | undefined;
  if (Array.isArray(data)) {
    if (data.length !== 2)
      return `A JSON array must hold exactly two arrays (P and Q), not ${data.length}.`;
    p = vector(data[0], 'P');
    q = vector(data[1], 'Q');
  } else if (data !== null && typeof data === 'object') {
    const obj = data as Record<string, unknown>;
    const pick = (...names: string[]) => names.map((n) => obj[n]).find((v) => v !== undefined);
    const rawP = pick('p', 'P');
    const rawQ = pick('q', 'Q');
    if (rawP === undefined || rawQ === undefined)
      return 'A JSON object needs the keys “p” and “q”, each an array of numbers.';
    p = vector(rawP, 'p');
    q = vector(rawQ, 'q');
    const rawLabels = pick('labels', 'tokens');
    if (Array.isArray(rawLabels)) labels = rawLabels.map(String);
  } else return 'JSON must be an object {"p": [...], "q": [...]} or an array [[...], [...]].';
  if (typeof p === 'string') return p;
  if (typeof q === 'string') return q;
  return {
    p,
    q,
    format: 'json' as const,
    ...(labels && labels.length === p.length ? { labels } : {}),
  };
}
