import { afterEach, describe, expect, it, vi } from 'vitest';
import { afterNextPaint, afterThisFrame } from './afterNextPaint';

/** A hand-driven animation frame: callbacks wait until `runFrame`. */
function stubFrames() {
  const frames = new Map<number, FrameRequestCallback>();
  let id = 0;
  vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => {
    frames.set(++id, cb);
    return id;
  });
  vi.stubGlobal('cancelAnimationFrame', (handle: number) => frames.delete(handle));
  return {
    runFrame() {
      const due = [...frames.values()];
      frames.clear();
      for (const cb of due) cb(0);
    },
  };
}

describe('afterNextPaint', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('runs after the next animation frame, in a task of its own, not inside the frame', async () => {
    const { runFrame } = stubFrames();
    const ran: string[] = [];
    afterNextPaint(() => ran.push('after paint'));
    await Promise.resolve();
    expect(ran).toEqual([]);
    runFrame();
    ran.push('frame over');
    expect(ran).toEqual(['frame over']);
    await vi.waitFor(() => expect(ran).toEqual(['frame over', 'after paint']));
  });

  it('cancelled before its frame, or between the frame and its task, it never runs', async () => {
    const { runFrame } = stubFrames();
    const ran: string[] = [];
    const beforeFrame = afterNextPaint(() => ran.push('before frame'));
    const afterFrame = afterNextPaint(() => ran.push('after frame'));
    afterNextPaint(() => ran.push('kept'));
    beforeFrame();
    runFrame();
    afterFrame();
    await vi.waitFor(() => expect(ran).toEqual(['kept']));
  });
});

describe('afterThisFrame', () => {
  it('runs each callback in a task of its own, in the order they came', async () => {
    const ran: string[] = [];
    afterThisFrame(() => {
      ran.push('first');
      // A microtask queued by the first runs before the second: the second is a later task.
      queueMicrotask(() => ran.push('first’s microtask'));
    });
    afterThisFrame(() => ran.push('second'));
    await vi.waitFor(() => expect(ran).toEqual(['first', 'first’s microtask', 'second']));
  });
});
