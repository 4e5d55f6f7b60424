import { describe, expect, it } from 'vitest';
import { HISTORY_CALLS_PER_WINDOW, HISTORY_WINDOW_MS, HistoryPolicy } from './historyPolicy';

describe('HistoryPolicy (issue 15: Back steps through committed changes)', () => {
  it('pushes a change made outside any gesture (a key press on a slider, a lesson step)', () => {
    const policy = new HistoryPolicy();
    expect(policy.callFor(false)).toBe('push');
    expect(policy.callFor(false)).toBe('push');
  });

  it('replaces what came from reading the URL (the start, back and forward)', () => {
    expect(new HistoryPolicy().callFor(true)).toBe('replace');
  });

  it('makes one entry of a drag that paused twice, and of its release', () => {
    const policy = new HistoryPolicy();
    policy.beginGesture();
    expect(policy.callFor(false)).toBe('push');
    expect(policy.callFor(false)).toBe('replace');
    policy.endGesture();
    expect(policy.callFor(false)).toBe('replace'); // the release's settled write
    expect(policy.callFor(false)).toBe('push'); // the next change is a new entry
  });

  it('pushes once for a click whose change is written after the button is released', () => {
    const policy = new HistoryPolicy();
    policy.beginGesture();
    policy.endGesture();
    expect(policy.callFor(false)).toBe('push');
    expect(policy.callFor(false)).toBe('push');
  });

  it(`waits rather than exceed ${HISTORY_CALLS_PER_WINDOW} calls per ${HISTORY_WINDOW_MS / 1000} s`, () => {
    const policy = new HistoryPolicy();
    for (let i = 0; i < HISTORY_CALLS_PER_WINDOW; i++) {
      expect(policy.delayBeforeNextCall(1000 + i)).toBe(0);
      policy.recordCall(1000 + i);
    }
    // The first call leaves the window 30 s after it was made, at t = 31,000 ms.
    expect(policy.delayBeforeNextCall(2000)).toBe(29_000);
    expect(policy.delayBeforeNextCall(31_000)).toBe(0);
  });
});
