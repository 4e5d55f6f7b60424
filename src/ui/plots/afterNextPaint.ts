/**
 * Runs `callback` once, in a task of its own just after the next frame is painted (an animation
 * frame, then a message to this channel, which the browser runs after the frame's rendering).
 * Returns a function that cancels it if it has not run yet.
 */
export function afterNextPaint(callback: () => void): () => void {
  let cancelled = false;
  const frame = requestAnimationFrame(() => {
    if (cancelled) return;
    due.push(() => {
      if (!cancelled) callback();
    });
    channel.port2.postMessage(null);
  });
  return () => {
    cancelled = true;
    cancelAnimationFrame(frame);
  };
}

const due: Array<() => void> = [];
const channel = new MessageChannel();
channel.port1.onmessage = () => {
  for (const run of due.splice(0)) run();
};
