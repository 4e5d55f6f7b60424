/**
 * A small benchmark harness: each case runs for a time budget, and the table reports the median of
 * per-iteration times (robust to GC pauses, unlike the mean) and the operations per second it implies.
 * Cases register themselves from `*.bench.ts` files, which main.ts discovers.
 */
export interface BenchRow {
  readonly operation: string;
  /** Median time of one operation, in milliseconds. */
  readonly medianMs: number;
  /** Operations per second implied by the median; for throughput cases, the items per second. */
  readonly perSecond: number;
  readonly perSecondUnit?: string;
  /** The budget in milliseconds (or the minimum throughput) this case must meet, if any. */
  readonly budget?: string;
  readonly withinBudget?: boolean;
}

type Case = () => Promise<BenchRow> | BenchRow;
export const cases: { group: string; run: Case }[] = [];

export interface TimeOptions {
  /** The median must not exceed this many milliseconds. */
  readonly budgetMs?: number;
  /** How long to keep sampling, in ms (default 400). */
  readonly sampleMs?: number;
}

/** Times `fn` repeatedly; consumes its result so the work cannot be optimised away. */
export function measure(operation: string, fn: () => unknown, options: TimeOptions = {}): BenchRow {
  const sampleMs = options.sampleMs ?? 400;
  let sink = 0;
  // Warm-up: let the JIT settle before timing.
  const warmEnd = performance.now() + Math.min(100, sampleMs / 4);
  while (performance.now() < warmEnd) sink += consume(fn());
  // Batch fast operations so each timed sample is well above the timer's resolution.
  let batch = 1;
  for (;;) {
    const t0 = performance.now();
    for (let i = 0; i < batch; i++) sink += consume(fn());
    if (performance.now() - t0 > 1 || batch > 1 << 20) break;
    batch *= 2;
  }
  const samples: number[] = [];
  const end = performance.now() + sampleMs;
  while (performance.now() < end || samples.length < 5) {
    const t0 = performance.now();
    for (let i = 0; i < batch; i++) sink += consume(fn());
    samples.push((performance.now() - t0) / batch);
  }
  if (sink === 0.123456789) console.log(''); // keeps `sink` alive
  const medianMs = median(samples);
  return {
    operation,
    medianMs,
    perSecond: 1000 / medianMs,
    ...(options.budgetMs !== undefined
      ? { budget: `< ${options.budgetMs} ms`, withinBudget: medianMs < options.budgetMs }
      : {}),
  };
}

/** Registers a timed case under a group heading. */
export function bench(
  group: string,
  operation: string,
  fn: () => unknown,
  options?: TimeOptions,
): void {
  cases.push({ group, run: () => measure(operation, fn, options) });
}

/** Registers a case that measures itself (throughput, worker pools). */
export function benchCustom(group: string, run: Case): void {
  cases.push({ group, run });
}

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

function consume(x: unknown): number {
  if (typeof x === 'number') return x;
  if (x && typeof x === 'object') return 1;
  return 0;
}
