import type { Distribution } from '../distributions/types';
import { SPEC_PARSERS } from '../families/registry';
import type { SpecNumber, SpecReader } from './reader';

/**
 * The distribution spec grammar (public: it is what URLs and the text fields hold):
 *
 *   Bern(p)                      p ∈ [0, 1]
 *   Cat(w1, …, wK)               K ≥ 2, wₖ ≥ 0, Σw > 0 (normalised by the core)
 *   N(mu, sigma)                 sigma is the standard deviation, 2.2e-308 ≤ sigma < 1.8e308
 *   N2(mx, my, sx, sy, rho)      |rho| < 1; sx·√(1 − rho²), sy·√(1 − rho²) and sx·sy·√(1 − rho²)
 *                                at least 2.2e-308
 *   Mix(w1*D1, …, wk*Dk)         components all N or all N2, 1 to 8 of them, wᵢ ≥ 0, Σw > 0 and
 *                                finite, every nonzero wᵢ at least 1e-100 of the largest
 *
 * Means are any finite number. The lower limits are the smallest normal double (MIN_NORMAL): below
 * it a double holds a number to fewer than 16 digits (3e-324 is read as 4.9e-324), and a 2-D peak
 * density 1/(2π·sx·sy·√(1 − rho²)) would not be a finite double.
 *
 * Numbers use JavaScript's decimal syntax (`-1.5`, `.5`, `1e-12`); spaces are allowed anywhere
 * between tokens. Names are case-sensitive.
 */
export type SpecParseResult =
  | { readonly ok: true; readonly value: Distribution }
  | { readonly ok: false; readonly error: SpecError };

/** What went wrong, and where (character offsets into the text, for highlighting). */
export interface SpecError {
  readonly message: string;
  readonly start: number;
  readonly end: number;
}

export { MAX_MIXTURE_COMPONENTS, MIN_WEIGHT_RATIO } from '../families/mixture1';
export { MIN_NORMAL } from './number';

class SpecSyntaxError extends Error {
  readonly start: number;
  readonly end: number;
  constructor(message: string, start: number, end: number) {
    super(message);
    this.start = start;
    this.end = end;
  }
}

const NUMBER = /[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?/y;
const NAME = /[A-Za-z][A-Za-z0-9]*/y;
/** The tokens, for messages: 'Bern, Cat, N, Mix or N2'. */
const KNOWN = ((tokens: string[]) =>
  `${tokens.slice(0, -1).join(', ')} or ${tokens[tokens.length - 1]!}`)([...SPEC_PARSERS.keys()]);

/** Parses a spec such as `Mix(0.5*N(-3,1),0.5*N(3,1))`. Never throws. */
export function parseSpec(text: string): SpecParseResult {
  const parser = new Parser(text);
  try {
    const value = parser.distribution();
    parser.skipSpace();
    if (!parser.atEnd()) parser.fail(`Unexpected '${parser.rest(12)}' after the distribution`);
    return { ok: true, value };
  } catch (e) {
    if (e instanceof SpecSyntaxError)
      return { ok: false, error: { message: e.message, start: e.start, end: e.end } };
    throw e;
  }
}

class Parser implements SpecReader {
  private pos = 0;
  private readonly text: string;
  constructor(text: string) {
    this.text = text;
  }

  position(): number {
    return this.pos;
  }

  advance(): void {
    this.pos++;
  }

  slice(start: number, end: number): string {
    return this.text.slice(start, end);
  }

  atEnd(): boolean {
    return this.pos >= this.text.length;
  }

  /** The token at the cursor, for messages: a run up to the next delimiter, or one delimiter. */
  token(): string {
    const m = /[^\s,()*]+|\S/y;
    m.lastIndex = this.pos;
    const t = m.exec(this.text)?.[0] ?? '';
    return t.length > 12 ? `${t.slice(0, 12)}…` : t;
  }

  rest(max: number): string {
    const r = this.text.slice(this.pos, this.pos + max);
    return this.text.length - this.pos > max ? `${r}…` : r;
  }

  fail(message: string, start = this.pos, end = Math.min(this.text.length, start + 1)): never {
    throw new SpecSyntaxError(message, start, Math.max(end, start));
  }

  skipSpace(): void {
    while (this.pos < this.text.length && /\s/.test(this.text[this.pos]!)) this.pos++;
  }

  expect(ch: string, context: string): void {
    this.skipSpace();
    if (this.atEnd()) this.fail(`${context}: missing '${ch}' at the end`);
    if (this.text[this.pos] !== ch)
      this.fail(`${context}: expected '${ch}' but found '${this.token()}'`);
    this.pos++;
  }

  peek(): string | undefined {
    this.skipSpace();
    return this.text[this.pos];
  }

  number(context: string): SpecNumber {
    this.skipSpace();
    const start = this.pos;
    if (this.atEnd()) this.fail(`${context}: missing a number at the end`);
    NUMBER.lastIndex = start;
    const m = NUMBER.exec(this.text);
    if (!m) this.fail(`${context}: expected a number but found '${this.token()}'`);
    this.pos = start + m[0].length;
    const value = Number(m[0]);
    if (!Number.isFinite(value)) this.fail(`${context}: ${m[0]} is too large`, start, this.pos);
    return { value, start, end: this.pos };
  }

  /** `(` number (`,` number)* `)` with an exact count when `count` is given. */
  numberList(name: string, count?: number): SpecNumber[] {
    const context = name;
    this.expect('(', context);
    const out = [this.number(context)];
    while (this.peek() === ',') {
      this.pos++;
      out.push(this.number(context));
    }
    this.expect(')', context);
    if (count !== undefined && out.length !== count) {
      this.fail(
        `${name} takes ${count} number${count === 1 ? '' : 's'}, got ${out.length}`,
        out[0]!.start,
        this.pos,
      );
    }
    return out;
  }

  distribution(): Distribution {
    this.skipSpace();
    const start = this.pos;
    if (this.atEnd()) this.fail(`Empty: expected a distribution such as Bern(0.3) (${KNOWN})`);
    NAME.lastIndex = start;
    const m = NAME.exec(this.text);
    if (!m) this.fail(`Expected a distribution name (${KNOWN}) but found '${this.token()}'`);
    this.pos = start + m[0].length;
    const parse = SPEC_PARSERS.get(m[0]);
    if (!parse) this.fail(`Unknown distribution '${m[0]}': expected ${KNOWN}`, start, this.pos);
    return parse(this);
  }
}
