import { afterThisFrame } from './afterNextPaint';

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
 * on a loaded machine, and Plot.tsx's jobs call Plotly synchronously. The exception is a drag's
 * direct draw (marks moved in the SVG without Plotly, microseconds): those run inside the frame,
 * every queued one up to {@link DIRECT_BUDGET_MS}. Each redraw is a User Timing measure named
 * 'chart-redraw', its detail `{ chart, direct? }` with the key's description (Plot uses its test id):
 * DevTools' timings track shows them, `npm run bench:ui` counts them.
 */
interface Job {
  /** Draws, or decides not to (off-screen, waiting for a result, nothing new): true if it drew. */
  readonly run: () => boolean;
  /** Requested during a drag: paced to the share of the main thread below. */
  readonly paced: boolean;
  /**
   * A draw that needs no Plotly call and reads no layout (a drag's marks moved in the SVG, see
   * moveMarks.ts), tried first inside the animation frame: true if it drew, and the job is done.
   */
  readonly direct?: () => boolean;
}
const queue = new Map<symbol, Job>();
let scheduled = false;

/**
 * During a drag, redraws take at most this share of the main thread's time: after a redraw that
 * took c ms the next paced one waits c·(1 − share)/share ms. Where a redraw costs a few ms (a fast
 * machine, a small chart) that is the next frame anyway; on a slow or loaded machine, where one bar
 * chart's redraw took 15–30 ms, the charts follow the drag at a lower rate while the input, the
 * readouts and the formula still answer every frame.
 */
export const DRAG_REDRAW_SHARE = 0.5;

/** When the next paced redraw may start, after one that ran from `start` to `end` (ms). */
export const pacedRedrawAt = (start: number, end: number, share = DRAG_REDRAW_SHARE): number =>
  end + ((end - start) * (1 - share)) / share;

let pacedFrom = -Infinity;

function pump(): void {
  scheduled = false;
  const next = queue.entries().next();
  if (!next.done) {
    const [key, job] = next.value;
    const start = performance.now();
    if (job.paced && start < pacedFrom) {
      schedule();
      return;
    }
    queue.delete(key);
    // A job that did not draw is neither a measured redraw nor a reason for the next one to wait.
    // Plotly finishes a redraw in promise callbacks after the job returns (its supplyDefaults and
    // calc run there): the redraw's cost is read when the task, microtasks included, is over.
    if (job.run()) redrawEnded.port2.postMessage({ start, chart: key.description });
  }
  if (queue.size > 0) schedule();
}

const redrawEnded = new MessageChannel();
redrawEnded.port1.onmessage = (e: MessageEvent<{ start: number; chart?: string }>) => {
  const { start, chart } = e.data;
  const end = performance.now();
  performance.measure('chart-redraw', { start, end, detail: { chart } });
  pacedFrom = pacedRedrawAt(start, end);
};

/**
 * Direct draws take at most this much of one frame, in queue order; the rest wait for the next. Each
 * is a few hundred µs, so every chart of a view moves in the frame that shows the readouts.
 */
export const DIRECT_BUDGET_MS = 6;

/** Inside the frame: the queued direct draws (no layout read), then the after-paint pump. */
function inFrame(): void {
  const frameStart = performance.now();
  for (const [key, job] of [...queue]) {
    if (!job.direct || performance.now() - frameStart > DIRECT_BUDGET_MS) continue;
    const start = performance.now();
    if (!job.direct()) continue;
    queue.delete(key);
    performance.measure('chart-redraw', {
      start,
      end: performance.now(),
      detail: { chart: key.description, direct: true },
    });
  }
  // The redraws run just after the frame is painted, not inside it: by then the style and layout
  // that React's commits dirtied have been computed, so Plotly's first text measurement does not
  // force the whole page's layout inside the redraw's task (it did, and made each 2-D redraw a
  // 60–100 ms task instead of two shorter ones).
  if (queue.size > 0) afterThisFrame(pump);
  else scheduled = false;
}

function schedule(): void {
  if (scheduled) return;
  scheduled = true;
  requestAnimationFrame(inFrame);
}

/**
 * Queues `job` under `key`, replacing a job already queued there without losing its turn. A `paced`
 * job (a drag's redraw) also waits for its share of the main thread ({@link DRAG_REDRAW_SHARE}).
 */
export function requestRedraw(
  key: symbol,
  job: () => boolean,
  paced = false,
  direct?: () => boolean,
): void {
  queue.set(key, { run: job, paced, direct });
  schedule();
}

export function cancelRedraw(key: symbol): void {
  queue.delete(key);
}
