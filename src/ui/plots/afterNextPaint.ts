/**
 * Called inside an animation frame: runs `callback` in a task of its own just after that frame is
 * rendered and painted (a message to this module's channel, which the browser runs after the
 * frame). What runs there finds the frame's style and layout computed, and delays no paint.
 */
export function afterThisFrame(callback: () => void): void {
  due.push(callback);
  channel.port2.postMessage(null);
}

/**
 * Runs `callback` once, just after the next frame is painted (an animation frame, then
 * {@link afterThisFrame}). Returns a function that cancels it if it has not run yet.
 */
export function afterNextPaint(callback: () => void): () => void {
  let cancelled = false;
  const frame = requestAnimationFrame(() => {
    if (!cancelled) afterThisFrame(() => cancelled || callback());
  });
  return () => {
    cancelled = true;
    cancelAnimationFrame(frame);
  };
}

// One message per callback, so each runs in a task of its own, in order: a drag's move and a
// chart's redraw due after the same frame must not add up to one long task.
const due: Array<() => void> = [];
const channel = new MessageChannel();
channel.port1.onmessage = () => due.shift()?.();

/** A promise that settles in a task of its own, after whatever is queued now (one message). */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => afterThisFrame(resolve));
}
