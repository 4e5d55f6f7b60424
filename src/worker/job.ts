/** Thrown inside a handler when its job has been cancelled; the worker reports it as `cancelled`. */
export class JobCancelled extends Error {
  constructor() {
    super('cancelled');
  }
}

/**
 * What a handler can do besides computing: report progress, and at chunk boundaries give the worker's
 * event loop a turn (so a `cancel` message can arrive) and stop if its job was cancelled.
 */
export interface JobContext {
  progress(done: number, total: number): void;
  /** Yields to the event loop, then throws {@link JobCancelled} if the job was cancelled meanwhile. */
  checkpoint(): Promise<void>;
}

/** A context for running a handler directly, on the main thread fallback or in tests. */
export function directContext(
  isCancelled: () => boolean = () => false,
  onProgress?: (done: number, total: number) => void,
): JobContext {
  return {
    progress: (done, total) => onProgress?.(done, total),
    checkpoint: async () => {
      await new Promise((resolve) => setTimeout(resolve, 0));
      if (isCancelled()) throw new JobCancelled();
    },
  };
}
