import type { Distribution } from '../distributions/types';
import { xoshiro128ForChunk } from '../random/xoshiro128';
import { logRatioKernel } from './kernels';
import { LogRatioAccumulator, emptyMonteCarloState, mergeMonteCarlo } from './moments';
import type { MonteCarloState } from './moments';
import { summariseMonteCarlo, type MonteCarloSummary } from './summary';
import { traceCheckpointsBetween } from './checkpoints';

/** 'pq': x ~ P, r = q/p, estimates KL(P‖Q). 'qp': x ~ Q, r = p/q, estimates KL(Q‖P). */
export type MonteCarloDirection = 'pq' | 'qp';

export interface MonteCarloChunkRequest {
  readonly p: Distribution;
  readonly q: Distribution;
  readonly direction: MonteCarloDirection;
  /** Run seed: a non-negative safe integer. */
  readonly seed: number;
  /** Chunk i covers the global samples i·chunkSize + 1 … i·chunkSize + count. */
  readonly chunkIndex: number;
  readonly chunkSize: number;
  /** Samples to draw in this chunk (≤ chunkSize; less only for the last chunk). Default chunkSize. */
  readonly count?: number;
}

/** A checkpoint of the convergence trace: the state of this chunk's first `n − start` samples. */
export interface MonteCarloCheckpoint {
  /** Global sample count N (1-2-5 sequence) this prefix ends at. */
  readonly n: number;
  readonly state: MonteCarloState;
}

/** What one chunk returns: plain data (numbers, arrays, objects), safe to postMessage. */
export interface MonteCarloChunk {
  readonly chunkIndex: number;
  readonly chunkSize: number;
  readonly state: MonteCarloState;
  readonly checkpoints: readonly MonteCarloCheckpoint[];
}

/** Samples per fill/accumulate block: 8 KB of log-ratios, stays in L1. */
const BLOCK = 1024;

/**
 * Runs chunk `chunkIndex` of a Monte Carlo run: draws `count` samples from the stream
 * xoshiro128ForChunk(seed, chunkIndex) and accumulates k1, k2, k3 of r = q/p (direction 'pq') or p/q
 * ('qp'). The result depends only on the request, so chunks may run on any worker in any order;
 * {@link foldMonteCarloChunks} then reproduces the single-thread result bit for bit.
 *
 * Convergence trace: for each global N of the 1-2-5 sequence inside this chunk, the chunk records
 * the state of its own prefix up to N; {@link monteCarloTrace} merges it with the preceding chunks.
 * Blocks are cut at those N, so a chunk's bits depend on (seed, chunkIndex, chunkSize, count) only.
 * @throws RangeError on invalid seed/index/sizes or distributions on different sample spaces.
 */
export function runMonteCarloChunk(request: MonteCarloChunkRequest): MonteCarloChunk {
  const { p, q, direction, seed, chunkIndex, chunkSize } = request;
  const count = request.count ?? chunkSize;
  if (!Number.isSafeInteger(chunkSize) || chunkSize < 1) {
    throw new RangeError(`chunkSize must be a positive integer, got ${chunkSize}`);
  }
  if (!Number.isSafeInteger(count) || count < 0 || count > chunkSize) {
    throw new RangeError(`count must be an integer in [0, chunkSize], got ${count}`);
  }
  const kernel = direction === 'pq' ? logRatioKernel(p, q, 'Q') : logRatioKernel(q, p, 'P');
  const rng = xoshiro128ForChunk(seed, chunkIndex);
  const start = chunkIndex * chunkSize;
  const acc = new LogRatioAccumulator();
  const buffer = new Float64Array(Math.min(BLOCK, Math.max(count, 1)));
  const checkpoints: MonteCarloCheckpoint[] = [];
  const marks = traceCheckpointsBetween(start, start + count);
  let done = 0;
  let nextMark = 0;
  while (done < count) {
    const mark = nextMark < marks.length ? marks[nextMark]! - start : count;
    const size = Math.min(buffer.length, count - done, mark - done);
    kernel.fill(rng, buffer, 0, size);
    acc.addBlock(buffer, 0, size);
    done += size;
    if (nextMark < marks.length && done === mark) {
      checkpoints.push({ n: start + done, state: acc.snapshot(kernel.mismatch) });
      nextMark++;
    }
  }
  return { chunkIndex, chunkSize, state: acc.snapshot(kernel.mismatch), checkpoints };
}

/**
 * How to split N samples into chunks: chunk i draws min(chunkSize, N − i·chunkSize) samples.
 * @throws RangeError unless N ≥ 0 and chunkSize ≥ 1 are safe integers.
 */
export function monteCarloChunkPlan(
  n: number,
  chunkSize: number,
): { readonly chunkIndex: number; readonly count: number }[] {
  if (!Number.isSafeInteger(n) || n < 0 || !Number.isSafeInteger(chunkSize) || chunkSize < 1) {
    throw new RangeError(`invalid plan: n = ${n}, chunkSize = ${chunkSize}`);
  }
  const plan: { chunkIndex: number; count: number }[] = [];
  for (let i = 0; i * chunkSize < n; i++) {
    plan.push({ chunkIndex: i, count: Math.min(chunkSize, n - i * chunkSize) });
  }
  return plan;
}

function sortedChunks(chunks: readonly MonteCarloChunk[]): MonteCarloChunk[] {
  const sorted = [...chunks].sort((a, b) => a.chunkIndex - b.chunkIndex);
  sorted.forEach((c, i) => {
    if (c.chunkIndex !== i) throw new RangeError(`chunk ${i} is missing (found ${c.chunkIndex})`);
  });
  return sorted;
}

/**
 * Merges chunk states left to right in chunk order (whatever order they arrived in), which is the
 * only order that reproduces the single-thread bits.
 * @throws RangeError if the chunks are not exactly 0 … k−1.
 */
export function foldMonteCarloChunks(chunks: readonly MonteCarloChunk[]): MonteCarloState {
  return sortedChunks(chunks).reduce(
    (acc, c) => mergeMonteCarlo(acc, c.state),
    emptyMonteCarloState(),
  );
}

/** One point of the convergence trace: the three running estimates after the first N samples. */
export type MonteCarloTracePoint = MonteCarloSummary;

/**
 * The running estimates at every 1-2-5 checkpoint N covered by chunks 0 … k−1:
 * state(N) = fold(chunks before N's chunk) ⊕ (N's chunk's prefix up to N).
 * The point at N equals what a single run of N samples (cut into the same chunks) would report.
 * @throws RangeError if the chunks are not exactly 0 … k−1.
 */
export function monteCarloTrace(chunks: readonly MonteCarloChunk[]): MonteCarloTracePoint[] {
  const trace: MonteCarloTracePoint[] = [];
  let before = emptyMonteCarloState();
  for (const c of sortedChunks(chunks)) {
    for (const cp of c.checkpoints)
      trace.push(summariseMonteCarlo(mergeMonteCarlo(before, cp.state)));
    before = mergeMonteCarlo(before, c.state);
  }
  return trace;
}
