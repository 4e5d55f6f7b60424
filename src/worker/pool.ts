import { familyOf } from '../core/families/registry';
import type { Distribution } from '../core/distributions/types';
import { isContinuous2, isDiscrete } from '../core/distributions/types';
import type {
  MonteCarloChunkRequest,
  MonteCarloDirection,
  MonteCarloTracePoint,
} from '../core/montecarlo/chunk';
import { monteCarloChunkPlan } from '../core/montecarlo/chunk';
import { MonteCarloIncrementalFold } from '../core/montecarlo/incrementalFold';
import type { MonteCarloState } from '../core/montecarlo/moments';
import type { ComputeClient, Outcome } from './client';
import type { TimedMonteCarloChunk } from './protocol';

/** Where chunks run: one worker (through its ComputeClient), or a fake one in tests. */
export interface ChunkLane {
  run(request: MonteCarloChunkRequest, channel: string): Promise<Outcome<TimedMonteCarloChunk>>;
  cancel(channel: string): void;
  dispose(): void;
}

/**
 * A lane on a ComputeClient. When the client has no worker it runs chunks on the main thread; a
 * macrotask is yielded before each one so the page stays responsive (a chunk is sized to ≲ 50 ms).
 */
export function clientLane(client: ComputeClient): ChunkLane {
  return {
    run: async (request, channel) => {
      if (!client.usesWorker) await new Promise((resolve) => setTimeout(resolve, 0));
      return client.request('monteCarloChunk', request, { channel });
    },
    cancel: (channel) => client.cancelChannel(channel),
    dispose: () => client.dispose(),
  };
}

/** The family's relative cost per sample (a Gaussian mixture's component count). */
const componentCount = (d: Distribution): number => familyOf(d).monteCarloCost(d);

/**
 * Samples per chunk, a power of two chosen from the pair so that a chunk takes ≈ 8–40 ms in a
 * worker (measured in Chromium: 2¹⁹ samples of a 1-D Gaussian pair in ≈ 7.5–12 ms; a 3-component
 * mixture against a Gaussian runs at ≈ 6–7 M samples/s): 2²⁰ / (cost per sample), with
 * cost = (components of P + of Q) × dimension. The pool's queues adapt to the actual chunk time.
 * It depends only on the pair (never on the machine), because a run's bits depend on the chunk size:
 * the same link must give the same numbers everywhere.
 */
export function monteCarloChunkSize(p: Distribution, q: Distribution): number {
  const dimension = isContinuous2(p) ? 2 : 1;
  const cost = isDiscrete(p) ? 2 : (componentCount(p) + componentCount(q)) * dimension;
  const size = 2 ** Math.floor(Math.log2((1 << 20) / cost));
  return Math.min(1 << 19, Math.max(1 << 12, size));
}

export interface MonteCarloJob {
  readonly p: Distribution;
  readonly q: Distribution;
  readonly n: number;
  readonly seed: number;
  readonly chunkSize: number;
}

/** One direction's folded prefix so far. */
export interface MonteCarloDirectionProgress {
  readonly state: MonteCarloState;
  readonly trace: readonly MonteCarloTracePoint[];
  readonly chunksFolded: number;
  readonly chunksTotal: number;
}

export interface MonteCarloUpdate {
  readonly pq: MonteCarloDirectionProgress;
  readonly qp: MonteCarloDirectionProgress;
  /** Samples whose chunks have come back (both directions), out of `total` = 2N. */
  readonly done: number;
  readonly total: number;
  /** Wall time since the run started, ms. */
  readonly elapsedMs: number;
  /** Lanes (workers) the run is spread over. */
  readonly workers: number;
}

export type MonteCarloRunOutcome =
  | { readonly status: 'done'; readonly update: MonteCarloUpdate }
  | { readonly status: 'cancelled' }
  | { readonly status: 'failed'; readonly message: string };

interface Task {
  readonly direction: MonteCarloDirection;
  readonly chunkIndex: number;
  readonly count: number;
}

/** The chunks of both directions interleaved, so both estimates grow together. */
function taskList(n: number, chunkSize: number): Task[] {
  const plan = monteCarloChunkPlan(n, chunkSize);
  return plan.flatMap(({ chunkIndex, count }) => [
    { direction: 'pq' as const, chunkIndex, count },
    { direction: 'qp' as const, chunkIndex, count },
  ]);
}

export interface MonteCarloPoolOptions {
  /**
   * How much work (worker compute time, ms) each lane should have queued. It must outlast the
   * longest main-thread task of a run (a chart redraw, ≈ 50–90 ms), during which no answer is read
   * and no new chunk is sent: a lane whose queue ran dry in that time would idle. A longer queue
   * costs at most that much imbalance at the end of a run. Default 120.
   */
  readonly queueMs?: number;
  /** Chunks in flight per lane before any has been timed, and at least ever after. Default 2. */
  readonly minInFlight?: number;
  /** At most this many chunks in flight per lane. Default 16. */
  readonly maxInFlight?: number;
  /** The clock for `elapsedMs` (tests inject one). Default performance.now. */
  readonly now?: () => number;
}

/** One lane's part in a run: its requests in flight and its measured cost per sample. */
interface LaneRun {
  readonly lane: ChunkLane;
  inFlight: number;
  msPerSample: number | null;
}

/**
 * Spreads a Monte Carlo run over lanes (workers). Chunks are handed out on demand, so a lane that
 * finishes early takes the next one. Each lane keeps enough chunks in flight to cover
 * `queueMs` of work, judged from the compute times its workers report (a fast pair's 8 ms chunks
 * need a deeper queue than a mixture's 40 ms ones). Answers are folded incrementally in chunk order
 * (MonteCarloIncrementalFold), so the result is bit-identical to one thread whatever the arrival
 * order. A new run cancels the previous one; a cancelled run's late answers are dropped (each
 * request has its own channel).
 */
export class MonteCarloPool {
  private lanes: ChunkLane[] | null = null;
  private current: { cancel: () => void } | null = null;
  private runs = 0;
  private readonly createLanes: () => ChunkLane[];
  private readonly queueMs: number;
  private readonly minInFlight: number;
  private readonly maxInFlight: number;
  private readonly now: () => number;

  constructor(createLanes: () => ChunkLane[], options: MonteCarloPoolOptions = {}) {
    this.createLanes = createLanes;
    this.queueMs = options.queueMs ?? 120;
    this.minInFlight = options.minInFlight ?? 2;
    this.maxInFlight = options.maxInFlight ?? 16;
    this.now = options.now ?? (() => performance.now());
  }

  /** Lanes are created on first use, so an app that never opens the lab starts no workers. */
  private ensureLanes(): ChunkLane[] {
    this.lanes ??= this.createLanes();
    return this.lanes;
  }

  /** Starts the lanes ahead of the first run (their scripts load while the person reads). */
  warmUp(): void {
    this.ensureLanes();
  }

  /** How many chunks a lane should have in flight, given its measured cost. */
  private depth(lane: LaneRun, chunkSize: number): number {
    if (lane.msPerSample === null) return this.minInFlight;
    const chunkMs = Math.max(lane.msPerSample * chunkSize, 1e-3);
    const wanted = Math.ceil(this.queueMs / chunkMs);
    return Math.min(this.maxInFlight, Math.max(this.minInFlight, wanted));
  }

  /**
   * Runs both directions of `job`, calling `onUpdate` after each answer that advanced a fold (the
   * caller throttles rendering). Settles `cancelled` if cancelled or superseded.
   */
  run(
    job: MonteCarloJob,
    onUpdate: (update: MonteCarloUpdate) => void,
  ): Promise<MonteCarloRunOutcome> {
    this.cancel();
    const runId = ++this.runs;
    const lanes: LaneRun[] = this.ensureLanes().map((lane) => ({
      lane,
      inFlight: 0,
      msPerSample: null,
    }));
    const tasks = taskList(job.n, job.chunkSize);
    const chunksTotal = tasks.length / 2;
    const folds = { pq: new MonteCarloIncrementalFold(), qp: new MonteCarloIncrementalFold() };
    const inFlight = new Map<string, ChunkLane>();
    const startedAt = this.now();
    let next = 0;
    let done = 0;
    let stopped = false;
    let settle: (outcome: MonteCarloRunOutcome) => void = () => {};
    const promise = new Promise<MonteCarloRunOutcome>((resolve) => (settle = resolve));

    const progress = (d: MonteCarloDirection): MonteCarloDirectionProgress => ({
      state: folds[d].state,
      trace: folds[d].trace(),
      chunksFolded: folds[d].chunksFolded,
      chunksTotal,
    });
    const update = (): MonteCarloUpdate => ({
      pq: progress('pq'),
      qp: progress('qp'),
      done,
      total: 2 * job.n,
      elapsedMs: this.now() - startedAt,
      workers: lanes.length,
    });
    const stop = (outcome: MonteCarloRunOutcome) => {
      if (stopped) return;
      stopped = true;
      for (const [channel, lane] of inFlight) lane.cancel(channel);
      inFlight.clear();
      if (this.current === handle) this.current = null;
      settle(outcome);
    };
    const handle = { cancel: () => stop({ status: 'cancelled' }) };
    this.current = handle;

    const fill = (lane: LaneRun): void => {
      while (!stopped && next < tasks.length && lane.inFlight < this.depth(lane, job.chunkSize))
        send(lane, tasks[next++]!).catch((e: unknown) =>
          stop({ status: 'failed', message: e instanceof Error ? e.message : String(e) }),
        );
    };
    const send = async (lane: LaneRun, task: Task): Promise<void> => {
      const channel = `mc:${runId}:${task.direction}:${task.chunkIndex}`;
      inFlight.set(channel, lane.lane);
      lane.inFlight++;
      const outcome = await lane.lane.run(
        {
          p: job.p,
          q: job.q,
          direction: task.direction,
          seed: job.seed,
          chunkIndex: task.chunkIndex,
          chunkSize: job.chunkSize,
          count: task.count,
        },
        channel,
      );
      lane.inFlight--;
      inFlight.delete(channel);
      if (stopped) return;
      if (outcome.status !== 'done') {
        stop(
          outcome.status === 'failed'
            ? { status: 'failed', message: outcome.message }
            : { status: 'cancelled' },
        );
        return;
      }
      const { computeMs } = outcome.result;
      if (task.count > 0 && Number.isFinite(computeMs) && computeMs >= 0) {
        const cost = computeMs / task.count;
        // Smoothed, so one chunk slowed by a garbage collection does not halve the queue.
        lane.msPerSample = lane.msPerSample === null ? cost : 0.5 * (lane.msPerSample + cost);
      }
      folds[task.direction].add(outcome.result);
      done += task.count;
      if (done === 2 * job.n) {
        stop({ status: 'done', update: update() });
        return;
      }
      onUpdate(update());
      fill(lane);
    };

    if (tasks.length === 0) stop({ status: 'done', update: update() });
    else for (const lane of lanes) fill(lane);
    return promise;
  }

  /** Cancels the run in flight, if any (its promise settles as `cancelled`). */
  cancel(): void {
    this.current?.cancel();
  }

  dispose(): void {
    this.cancel();
    for (const lane of this.lanes ?? []) lane.dispose();
    this.lanes = null;
  }
}
