import type {
  Distribution,
  Mixture1,
  Mixture2,
  MixtureComponent,
  Normal,
  Normal2,
} from '../distributions/types';

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

export const MAX_MIXTURE_COMPONENTS = 8;
/** The smallest normal double, 2.2250738585072014e-308: the smallest width the grammar accepts. */
export const MIN_NORMAL = 2.2250738585072014e-308;
/** The smallest ratio of a nonzero mixture weight to the largest one. */
export const MIN_WEIGHT_RATIO = 1e-100;

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
const KNOWN = 'Bern, Cat, N, N2 or Mix';

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

class Parser {
  private pos = 0;
  private readonly text: string;
  constructor(text: string) {
    this.text = text;
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

  number(context: string): { value: number; start: number; end: number } {
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
  numberList(name: string, count?: number): { value: number; start: number; end: number }[] {
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
    switch (m[0]) {
      case 'Bern':
        return this.bernoulli();
      case 'Cat':
        return this.categorical();
      case 'N':
        return this.normal();
      case 'N2':
        return this.normal2();
      case 'Mix':
        return this.mixture();
      default:
        this.fail(`Unknown distribution '${m[0]}': expected ${KNOWN}`, start, this.pos);
    }
  }

  bernoulli(): Distribution {
    const [p] = this.numberList('Bern', 1);
    if (!(p!.value >= 0 && p!.value <= 1))
      this.fail(`Bern(p) needs 0 ≤ p ≤ 1, got ${p!.value}`, p!.start, p!.end);
    return { family: 'bernoulli', p: p!.value };
  }

  categorical(): Distribution {
    const ws = this.numberList('Cat');
    if (ws.length < 2) this.fail('Cat needs at least 2 probabilities', ws[0]!.start, this.pos);
    const negative = ws.find((w) => w.value < 0);
    if (negative)
      this.fail(
        `Cat probabilities must be ≥ 0, got ${negative.value}`,
        negative.start,
        negative.end,
      );
    let total = 0;
    for (const w of ws) total += w.value;
    if (!(total > 0) || !Number.isFinite(total))
      this.fail('Cat probabilities must have a positive, finite sum', ws[0]!.start, this.pos);
    return { family: 'categorical', weights: ws.map((w) => w.value) };
  }

  normal(): Normal {
    const [mu, sigma] = this.numberList('N', 2);
    if (!(sigma!.value > 0))
      this.fail(
        `N(mu, sigma) needs sigma > 0 (a standard deviation), got ${sigma!.value}`,
        sigma!.start,
        sigma!.end,
      );
    if (sigma!.value < MIN_NORMAL)
      this.fail(
        `N(mu, sigma) supports sigma from 2.2e-308 (the smallest full-precision double) to 1.8e308, got ${this.text.slice(sigma!.start, sigma!.end)}`,
        sigma!.start,
        sigma!.end,
      );
    return { family: 'normal', mu: mu!.value, sigma: sigma!.value };
  }

  normal2(): Normal2 {
    const [mx, my, sx, sy, rho] = this.numberList('N2', 5);
    for (const s of [sx!, sy!]) {
      if (!(s.value > 0))
        this.fail(`N2(mx, my, sx, sy, rho) needs sx, sy > 0, got ${s.value}`, s.start, s.end);
    }
    if (!(Math.abs(rho!.value) < 1))
      this.fail(`N2 needs |rho| < 1, got ${rho!.value}`, rho!.start, rho!.end);
    // √(1 − ρ²) scales both conditional widths and the peak density; in logs, so nothing underflows.
    const logC = 0.5 * Math.log((1 - rho!.value) * (1 + rho!.value));
    const logMin = Math.log(MIN_NORMAL);
    for (const [s, name] of [
      [sx!, 'sx'],
      [sy!, 'sy'],
    ] as const) {
      if (Math.log(s.value) + logC < logMin)
        this.fail(
          `N2 supports ${name}·√(1 − rho²) from 2.2e-308 (the smallest full-precision double), got ${name} = ${this.text.slice(s.start, s.end)} with rho = ${rho!.value}`,
          s.start,
          rho!.end,
        );
    }
    if (Math.log(sx!.value) + Math.log(sy!.value) + logC < logMin)
      this.fail(
        `N2 supports sx·sy·√(1 − rho²) from 2.2e-308 (so that the peak density is a finite double), got ${sx!.value}·${sy!.value}·√(1 − rho²)`,
        sx!.start,
        rho!.end,
      );
    return {
      family: 'normal2',
      mx: mx!.value,
      my: my!.value,
      sx: sx!.value,
      sy: sy!.value,
      rho: rho!.value,
    };
  }

  mixture(): Mixture1 | Mixture2 {
    const start = this.pos;
    this.expect('(', 'Mix');
    const components: MixtureComponent<Distribution>[] = [];
    const weights: { value: number; start: number; end: number }[] = [];
    for (;;) {
      const weight = this.number('Mix weight (write w*N(mu,sigma))');
      weights.push(weight);
      if (weight.value < 0)
        this.fail(`Mix weights must be ≥ 0, got ${weight.value}`, weight.start, weight.end);
      this.expect('*', 'Mix (write w*N(mu,sigma))');
      const componentStart = this.pos;
      const component = this.distribution();
      if (component.family !== 'normal' && component.family !== 'normal2') {
        this.fail('Mix components must be N(…) or N2(…)', componentStart, this.pos);
      }
      components.push({ weight: weight.value, component });
      if (this.peek() !== ',') break;
      this.pos++;
    }
    this.expect(')', 'Mix');
    if (components.length > MAX_MIXTURE_COMPONENTS) {
      this.fail(
        `Mix takes at most ${MAX_MIXTURE_COMPONENTS} components, got ${components.length}`,
        start,
        this.pos,
      );
    }
    const families = new Set(components.map((c) => c.component.family));
    if (families.size > 1)
      this.fail('Mix components must be all N or all N2, not both', start, this.pos);
    const total = components.reduce((s, c) => s + c.weight, 0);
    if (!(total > 0)) this.fail('Mix weights must have a positive sum', start, this.pos);
    if (!Number.isFinite(total))
      this.fail('Mix weights must have a finite sum (below 1.8e308)', start, this.pos);
    const largest = Math.max(...components.map((c) => c.weight));
    const tiny = weights.find((w) => w.value > 0 && w.value < MIN_WEIGHT_RATIO * largest);
    if (tiny)
      this.fail(
        `Mix supports nonzero weights from 1e-100 of the largest weight (here ${largest}), got ${tiny.value}`,
        tiny.start,
        tiny.end,
      );
    return families.has('normal')
      ? { family: 'mixture', components: components as MixtureComponent<Normal>[] }
      : { family: 'mixture2', components: components as MixtureComponent<Normal2>[] };
  }
}
