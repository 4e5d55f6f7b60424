import type { Distribution } from '../distributions/types';

/** A number read from a spec, with its character offsets (for error highlighting). */
export interface SpecNumber {
  readonly value: number;
  readonly start: number;
  readonly end: number;
}

/**
 * What a family's parser sees of the spec parser (`parse.ts`): the cursor, number lists, nested
 * distributions (for mixtures) and `fail`, which throws a positioned error that `parseSpec` turns
 * into its result. Each family module parses its own arguments through this.
 */
export interface SpecReader {
  /** The cursor's character offset. */
  position(): number;
  /** `(` number (`,` number)* `)`, with an exact count when `count` is given. */
  numberList(name: string, count?: number): SpecNumber[];
  number(context: string): SpecNumber;
  expect(ch: string, context: string): void;
  /** The next non-space character, without consuming it. */
  peek(): string | undefined;
  /** Consumes one character (after `peek`). */
  advance(): void;
  /** The raw text between two offsets (to quote a number as the person wrote it). */
  slice(start: number, end: number): string;
  /** A whole nested distribution. */
  distribution(): Distribution;
  fail(message: string, start?: number, end?: number): never;
}
