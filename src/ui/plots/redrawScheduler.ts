/**
 * At most one Plotly redraw per animation frame, across every chart on the page.
 *
 * Why: a Plotly redraw costs 15–30 ms (text measurement, forced layout); the explorer has three or
 * four charts that all change on every frame of a drag, and redrawn together they made 60–100 ms
 * tasks. Queued here, each frame redraws only the chart that has waited longest, so no task grows
 * past one redraw, and every chart still shows the latest figure a few frames later. A chart that
 * changes again keeps its place in the queue, so none starves.
 *
 * Exactly one per frame, not "while the frame has time": one redraw is most of a frame's budget
 * on a loaded machine, and Plot.tsx's jobs call Plotly synchronously.
 */
const queue = new Map<symbol, () => void>();
let scheduled = false;

function pump(): void {
  scheduled = false;
  const next = queue.entries().next();
  if (!next.done) {
    const [key, job] = next.value;
    queue.delete(key);
    job();
  }
  if (queue.size > 0) schedule();
}

/**
 * The redraw runs in a task of its own just after the frame is painted, not inside the frame: by
 * then the style and layout that React's commits dirtied have been computed, so Plotly's first
 * text measurement does not force the whole page's layout inside the redraw's task (it did, and
 * made each 2-D redraw a 60–100 ms task instead of two shorter ones).
 */
const afterPaint = new MessageChannel();
afterPaint.port1.onmessage = pump;

function schedule(): void {
  if (scheduled) return;
  scheduled = true;
  requestAnimationFrame(() => afterPaint.port2.postMessage(null));
}

/** Queues `job` under `key`, replacing a job already queued there without losing its turn. */
export function requestRedraw(key: symbol, job: () => void): void {
  queue.set(key, job);
  schedule();
}

export function cancelRedraw(key: symbol): void {
  queue.delete(key);
}
