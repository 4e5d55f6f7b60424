import type { StateCreator } from 'zustand';
import type { MonteCarloTracePoint } from '../../core/montecarlo/chunk';
import type { MonteCarloSummary } from '../../core/montecarlo/summary';
import type { K3VarianceStatus } from '../../core/montecarlo/k3Variance';
import type { AppState } from '../store';

/** `idle` before any run; `running`, then `done` (or `cancelled` / `failed`). */
export type MonteCarloRunState = 'idle' | 'running' | 'done' | 'cancelled' | 'failed';

/** One direction's estimates over the samples folded so far. */
export interface MonteCarloDirectionResult {
  readonly summary: MonteCarloSummary;
  readonly trace: readonly MonteCarloTracePoint[];
}

export interface MonteCarloRun {
  readonly state: MonteCarloRunState;
  /** The inputs this run is for (see monteCarloRunKey), or null before any run. */
  readonly key: string | null;
  /** Samples drawn (both directions) and the total 2N. */
  readonly done: number;
  readonly total: number;
  /** Wall time of the run so far, ms, and the workers it is spread over (for the throughput). */
  readonly elapsedMs: number;
  readonly workers: number;
  readonly pq: MonteCarloDirectionResult | null;
  readonly qp: MonteCarloDirectionResult | null;
  /** The samples per chunk the run uses (its bits depend on it). */
  readonly chunkSize: number;
  readonly error: string | null;
}

/** k3's variance in each direction, for the pair `pairKey` (k3VarianceBridge's renyiPairKey). */
export interface MonteCarloK3Variance {
  readonly pairKey: readonly unknown[];
  readonly pq: K3VarianceStatus;
  readonly qp: K3VarianceStatus;
}

export interface MonteCarloSlice {
  readonly mcRun: MonteCarloRun;
  /** From the worker (k3VarianceBridge.ts); null until the lab's first pair has been read. */
  readonly mcK3Variance: MonteCarloK3Variance | null;
  setMcK3Variance(v: MonteCarloK3Variance | null): void;
  /** Bumped by the Run button; the bridge starts a run when it changes. */
  readonly mcRunRequests: number;
  /** Bumped by the Cancel button. */
  readonly mcCancelRequests: number;
  requestMcRun(): void;
  requestMcCancel(): void;
  setMcRun(patch: Partial<MonteCarloRun>): void;
}

export const IDLE_MC_RUN: MonteCarloRun = {
  state: 'idle',
  key: null,
  done: 0,
  total: 0,
  elapsedMs: 0,
  workers: 0,
  pq: null,
  qp: null,
  chunkSize: 0,
  error: null,
};

export const createMonteCarloSlice: StateCreator<AppState, [], [], MonteCarloSlice> = (set) => ({
  mcRun: IDLE_MC_RUN,
  mcK3Variance: null,
  setMcK3Variance: (mcK3Variance) => set({ mcK3Variance }),
  mcRunRequests: 0,
  mcCancelRequests: 0,
  requestMcRun: () => set((s) => ({ mcRunRequests: s.mcRunRequests + 1 })),
  requestMcCancel: () => set((s) => ({ mcCancelRequests: s.mcCancelRequests + 1 })),
  setMcRun: (patch) => set((s) => ({ mcRun: { ...s.mcRun, ...patch } })),
});
