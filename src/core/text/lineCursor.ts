/**
 * Reads a text one line at a time without splitting it whole (a 20 MB file split at once costs a
 * large array and a long task): the readers of data files step through it in slices and report how
 * far they are. Lines end at '\n'; a '\r' before it stays on the line (callers trim).
 */
export class LineCursor {
  /** Characters consumed so far. */
  private pos = 0;
  /** The 1-based number of the line last returned (0 before the first). */
  line = 0;

  readonly text: string;

  constructor(text: string) {
    this.text = text;
  }

  /** Whether every line has been read. */
  get done(): boolean {
    return this.pos >= this.text.length;
  }

  /** Characters read so far, at most the text's length. */
  get consumed(): number {
    return Math.min(this.pos, this.text.length);
  }

  /** The next line, without its '\n'; undefined once done. */
  next(): string | undefined {
    if (this.done) return undefined;
    let end = this.text.indexOf('\n', this.pos);
    if (end < 0) end = this.text.length;
    const raw = this.text.slice(this.pos, end);
    this.pos = end + 1;
    this.line++;
    return raw;
  }

  /** Skips to the end (a text read whole by another route, e.g. JSON). */
  finish(): void {
    this.pos = this.text.length;
  }
}
