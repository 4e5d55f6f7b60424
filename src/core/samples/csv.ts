/** Reading one or two numeric columns of samples from CSV text. */

import { LineCursor } from '../text/lineCursor';

/** The most data rows a file may hold. */
export const CSV_MAX_ROWS = 1_000_000;
/** A file with more bad rows than this fraction of its rows is refused rather than partly kept. */
export const CSV_MAX_BAD_FRACTION = 0.1;
/** How many bad rows are named individually (the rest are counted). */
export const CSV_NAMED_BAD_ROWS = 20;

export interface CsvBadRow {
  /** 1-based line number in the file. */
  readonly line: number;
  readonly reason: string;
}

export type CsvSamples =
  | {
      readonly ok: true;
      readonly dimension: 1 | 2;
      /** Values (1-D) or interleaved points (2-D), in file order. */
      readonly values: Float64Array;
      readonly rows: number;
      /** The header's fields, if the first line was a header. */
      readonly header: readonly string[] | null;
      /** The first {@link CSV_NAMED_BAD_ROWS} rows that were skipped, with why. */
      readonly badRows: readonly CsvBadRow[];
      readonly badCount: number;
    }
  | { readonly ok: false; readonly reason: string };

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const SEPARATOR = /\s*[,;\t]\s*|\s+/;

/**
 * An incremental reader, so a worker can parse a large file in slices with progress and stop between
 * them. Rules: fields are separated by a comma, semicolon, tab or spaces; blank lines are skipped;
 * the first non-blank line is a header if any of its fields is not a number; the first data row fixes
 * the dimension (1 or 2 columns, else the file is refused); a later row with another number of fields
 * or a field that is not a finite decimal number is skipped and named by its line number. The file is
 * refused when it has no data rows, more than {@link CSV_MAX_ROWS}, fewer than 2 good rows, or more than
 * {@link CSV_MAX_BAD_FRACTION} bad rows.
 */
export class CsvSamplesReader {
  private readonly text: string;
  private readonly lines: LineCursor;
  private dimension: 1 | 2 | 0 = 0;
  private header: string[] | null = null;
  private sawFirst = false;
  private values: Float64Array = new Float64Array(1024);
  private count = 0;
  private rows = 0;
  private readonly bad: CsvBadRow[] = [];
  private badCount = 0;
  private refused: string | null = null;

  constructor(text: string) {
    this.text = text;
    this.lines = new LineCursor(text);
  }

  /** Characters read so far and in all, for progress. */
  get progress(): { done: number; total: number } {
    return { done: this.lines.consumed, total: this.text.length };
  }

  get finished(): boolean {
    return this.lines.done || this.refused !== null;
  }

  /** Reads up to `maxLines` more lines; returns whether the text is finished. */
  step(maxLines: number): boolean {
    for (let l = 0; l < maxLines && !this.finished; l++) this.readLine(this.lines.next()!.trim());
    return this.finished;
  }

  private readLine(s: string): void {
    if (s === '') return;
    const fields = s.split(SEPARATOR);
    if (!this.sawFirst) {
      this.sawFirst = true;
      if (fields.some((f) => !NUMBER.test(f))) {
        this.header = fields;
        return;
      }
    }
    this.rows++;
    if (this.rows > CSV_MAX_ROWS) {
      this.refused = `has more than ${CSV_MAX_ROWS.toLocaleString('en')} rows`;
      return;
    }
    if (this.dimension === 0) {
      if (fields.length > 2 || !fields.every((f) => NUMBER.test(f))) {
        this.refused =
          fields.length > 2
            ? `line ${this.lines.line} has ${fields.length} columns; a sample file has 1 (values on the line) or 2 (points in the plane)`
            : `line ${this.lines.line} is not numeric: '${short(s)}'`;
        return;
      }
      this.dimension = fields.length as 1 | 2;
    }
    if (fields.length !== this.dimension) {
      this.skip(
        `has ${fields.length} field${fields.length === 1 ? '' : 's'}, expected ${this.dimension}`,
      );
      return;
    }
    const a = fields[0]!;
    const b = fields[1];
    if (!NUMBER.test(a) || (b !== undefined && !NUMBER.test(b))) {
      this.skip(`'${short(s)}' is not a number`);
      return;
    }
    const x = Number(a);
    const y = b === undefined ? 0 : Number(b);
    if (!Number.isFinite(x) || !Number.isFinite(y)) {
      this.skip(`'${short(s)}' overflows to infinity`);
      return;
    }
    if (this.count + this.dimension > this.values.length) {
      const grown = new Float64Array(this.values.length * 2);
      grown.set(this.values);
      this.values = grown;
    }
    this.values[this.count++] = x;
    if (this.dimension === 2) this.values[this.count++] = y;
  }

  private skip(reason: string): void {
    this.badCount++;
    if (this.bad.length < CSV_NAMED_BAD_ROWS) this.bad.push({ line: this.lines.line, reason });
  }

  /** The outcome, once {@link finished} (reads the rest first if not). */
  result(): CsvSamples {
    while (!this.finished) this.step(100_000);
    if (this.refused !== null) return { ok: false, reason: this.refused };
    if (this.rows === 0 || this.dimension === 0)
      return { ok: false, reason: 'has no rows of numbers' };
    const good = this.count / this.dimension;
    const lines = this.bad
      .slice(0, 5)
      .map((r) => r.line)
      .join(', ');
    if (this.badCount > CSV_MAX_BAD_FRACTION * this.rows)
      return {
        ok: false,
        reason: `${this.badCount} of ${this.rows} rows cannot be read (lines ${lines}${this.badCount > 5 ? ', …' : ''}): more than ${CSV_MAX_BAD_FRACTION * 100} %, so the file was not used`,
      };
    if (good < 2) return { ok: false, reason: `has ${good} readable row; at least 2 are needed` };
    return {
      ok: true,
      dimension: this.dimension,
      values: this.values.slice(0, this.count),
      rows: good,
      header: this.header,
      badRows: this.bad,
      badCount: this.badCount,
    };
  }
}

const short = (s: string) => (s.length > 30 ? `${s.slice(0, 29)}…` : s);

/** Reads a whole CSV text at once (see {@link CsvSamplesReader}). */
export function parseSamplesCsv(text: string): CsvSamples {
  return new CsvSamplesReader(text).result();
}
