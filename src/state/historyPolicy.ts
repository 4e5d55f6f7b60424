/**
 * Which history call a URL write makes (issue 15). Committed changes (a click, a lesson step, a
 * view change, a spec typed and entered, a drag released) push an entry, so Back steps through
 * the person's scenarios; the writes inside one gesture (a drag with pauses, typing in a field)
 * replace the entry the gesture pushed, so one drag is one step back.
 */
export type HistoryCall = 'push' | 'replace';

/** Browsers refuse history calls beyond about 100 per 10–30 s; we stay well inside that. */
export const HISTORY_CALLS_PER_WINDOW = 60;
export const HISTORY_WINDOW_MS = 30_000;

export class HistoryPolicy {
  private gesture: { pushed: boolean; ended: boolean } | null = null;
  private readonly calls: number[] = [];

  /** A pointer went down, or a text field took focus: the writes until it ends are one entry. */
  beginGesture(): void {
    this.gesture = { pushed: false, ended: false };
  }

  /** The pointer went up, or the field was left or Enter was pressed. */
  endGesture(): void {
    if (this.gesture) this.gesture.ended = true;
  }

  /**
   * The call for a write now. `restoring` is true when the change came from reading a URL (the
   * start, back/forward): that is the entry already there, so it is replaced.
   */
  callFor(restoring: boolean): HistoryCall {
    const g = this.gesture;
    const call: HistoryCall = restoring || g?.pushed ? 'replace' : 'push';
    if (g) {
      g.pushed ||= call === 'push';
      if (g.ended) this.gesture = null;
    }
    return call;
  }

  /** How long to wait before the next history call fits the browser's budget (0: now). */
  delayBeforeNextCall(now: number): number {
    while (this.calls.length > 0 && now - this.calls[0]! >= HISTORY_WINDOW_MS) this.calls.shift();
    return this.calls.length < HISTORY_CALLS_PER_WINDOW
      ? 0
      : this.calls[0]! + HISTORY_WINDOW_MS - now;
  }

  recordCall(now: number): void {
    this.calls.push(now);
  }
}
