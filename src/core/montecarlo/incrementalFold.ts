import type { MonteCarloChunk, MonteCarloTracePoint } from './chunk';
import { emptyMonteCarloState, mergeMonteCarlo, type MonteCarloState } from './moments';
import { summariseMonteCarlo } from './summary';

/**
 * Folds chunks as they arrive, in any order, into exactly what {@link foldMonteCarloChunks} and
 * {@link monteCarloTrace} give for the same chunks: chunks that arrive early wait until every chunk
 * before them is in, then the contiguous prefix is merged left to right (the only order that
 * reproduces a single thread's bits). Each `add` costs O(chunks it releases), so a worker pool's
 * main thread does a little work per answer instead of one long fold at the end.
 */
export class MonteCarloIncrementalFold {
  private folded: MonteCarloState = emptyMonteCarloState();
  private nextIndex = 0;
  private readonly waiting = new Map<number, MonteCarloChunk>();
  private readonly points: MonteCarloTracePoint[] = [];

  /**
   * Adds one chunk. Returns how many chunks it released into the folded prefix (0 if a chunk before
   * it is still missing).
   * @throws RangeError if a chunk with this index was already added.
   */
  add(chunk: MonteCarloChunk): number {
    if (chunk.chunkIndex < this.nextIndex || this.waiting.has(chunk.chunkIndex)) {
      throw new RangeError(`chunk ${chunk.chunkIndex} was added twice`);
    }
    this.waiting.set(chunk.chunkIndex, chunk);
    let released = 0;
    for (let c = this.waiting.get(this.nextIndex); c; c = this.waiting.get(this.nextIndex)) {
      this.waiting.delete(this.nextIndex);
      for (const cp of c.checkpoints) {
        this.points.push(summariseMonteCarlo(mergeMonteCarlo(this.folded, cp.state)));
      }
      this.folded = mergeMonteCarlo(this.folded, c.state);
      this.nextIndex++;
      released++;
    }
    return released;
  }

  /** The merged state of chunks 0 … k−1 (the contiguous prefix received so far). */
  get state(): MonteCarloState {
    return this.folded;
  }

  /** How many chunks are in the folded prefix. */
  get chunksFolded(): number {
    return this.nextIndex;
  }

  /** The convergence trace of the folded prefix (a fresh array each call). */
  trace(): MonteCarloTracePoint[] {
    return [...this.points];
  }
}
