import type { Distribution } from '../core/distributions/types';
import { isContinuous2, isDiscrete } from '../core/distributions/types';
import type {
  MonteCarloChunk,
  MonteCarloChunkRequest,
  MonteCarloDirection,
  MonteCarloTracePoint,
} from '../core/montecarlo/chunk';
import { monteCarloChunkPlan } from '../core/montecarlo/chunk';
import { MonteCarloIncrementalFold } from '../core/montecarlo/incrementalFold';
import type { MonteCarloState } from '../core/montecarlo/moments';
import type { ComputeClient, Outcome } from './client';

/** Where chunks run: one worker (through its ComputeClient), or a fake one in tests. */
export interface ChunkLane {
  run(request: MonteCarloChunkRequest, channel: string): Promise<Outcome<MonteCarloChunk>>;
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

const componentCount = (d: Distribution): number =>
  d.family === 'mixture' || d.family === 'mixture2' ? d.components.length : 1;

/**
 * Samples per chunk, a power of two chosen from the pair so that a chunk takes ≈ 10–40 ms in a
 * worker (measured: ≈ 30 M samples/s for a 1-D Gaussian pair, ≈ 6 M/s for a 3-component mixture
 * against a Gaussian): 2²⁰ / (cost per sample), cost = (components of P + of Q) × dimension.
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

/**
 * Spreads a Monte Carlo run over lanes (workers). Chunks are handed out on demand (a lane that
 * finishes early takes the next one), `inFlightPerLane` at a time so a worker never idles while an
 * answer travels; answers are folded incrementally in chunk order (MonteCarloIncrementalFold), so the
 * result is bit-identical to one thread whatever the arrival order. A new run cancels the previous
 * one; a cancelled run's late answers are dropped (each request has its own channel).
 */
export class MonteCarloPool {
  private lanes: ChunkLane[] | null = null;
  private current: { cancel: () => void } | null = null;
  private runs = 0;
  private readonly createLanes: () => ChunkLane[];
  private readonly inFlightPerLane: number;

  constructor(createLanes: () => ChunkLane[], inFlightPerLane = 2) {
    this.createLanes = createLanes;
    this.inFlightPerLane = inFlightPerLane;
  }

  /** Lanes are created on the first run, so an app that never opens the lab starts no workers. */
  private ensureLanes(): ChunkLane[] {
    this.lanes ??= this.createLanes();
    return this.lanes;
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
    const lanes = this.ensureLanes();
    const tasks = taskList(job.n, job.chunkSize);
    const chunksTotal = tasks.length / 2;
    const folds = { pq: new MonteCarloIncrementalFold(), qp: new MonteCarloIncrementalFold() };
    const inFlight = new Map<string, ChunkLane>();
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

    const drive = async (lane: ChunkLane): Promise<void> => {
      while (!stopped && next < tasks.length) {
        const task = tasks[next++]!;
        const channel = `mc:${runId}:${task.direction}:${task.chunkIndex}`;
        inFlight.set(channel, lane);
        const outcome = await lane.run(
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
        folds[task.direction].add(outcome.result);
        done += task.count;
        if (done === 2 * job.n) {
          stop({ status: 'done', update: update() });
          return;
        }
        onUpdate(update());
      }
    };

    if (tasks.length === 0) stop({ status: 'done', update: update() });
    else {
      for (let slot = 0; slot < this.inFlightPerLane; slot++)
        for (const lane of lanes)
          drive(lane).catch((e: unknown) =>
            stop({ status: 'failed', message: e instanceof Error ? e.message : String(e) }),
          );
    }
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
