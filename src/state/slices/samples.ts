import type { StateCreator } from 'zustand';
import type { CsvBadRow } from '../../core/samples/csv';
import type { SampleSet } from '../../core/samples/knnKl';
import type { SamplesEstimateResult, SamplesMleResult } from '../../worker/samplesHandlers';
import type { AppState } from '../store';

/** The worker's result types as the store holds them (the UI reads them from here, not the worker). */
export type { SamplesEstimateResult, SamplesMleResult };

export type SamplesRunState = 'idle' | 'running' | 'done' | 'failed';

/** A person's file of samples, read in the worker. Never written to the URL. */
export interface SamplesUpload {
  readonly name: string;
  readonly set: SampleSet;
  readonly rows: number;
  readonly badRows: readonly CsvBadRow[];
  readonly badCount: number;
}

/** The samples lab's results (issue 16). Requests are started by src/state/samples/samplesBridge.ts. */
export interface SamplesUiState {
  readonly mle: SamplesMleResult | null;
  readonly mleState: SamplesRunState;
  readonly mleProgress: number;
  readonly estimate: SamplesEstimateResult | null;
  readonly estimateState: SamplesRunState;
  readonly estimateProgress: number;
  readonly uploads: { readonly p: SamplesUpload | null; readonly q: SamplesUpload | null };
  /** A file being read: which set and the fraction done. */
  readonly reading: { readonly which: 'p' | 'q'; readonly progress: number } | null;
  /** Why the last file was refused, or what was skipped in it. */
  readonly fileNote: {
    readonly which: 'p' | 'q';
    readonly text: string;
    readonly refused: boolean;
  } | null;
}

export interface SamplesSlice {
  readonly samples: SamplesUiState;
  setSamples(patch: Partial<SamplesUiState>): void;
}

export const INITIAL_SAMPLES: SamplesUiState = {
  mle: null,
  mleState: 'idle',
  mleProgress: 0,
  estimate: null,
  estimateState: 'idle',
  estimateProgress: 0,
  uploads: { p: null, q: null },
  reading: null,
  fileNote: null,
};

export const createSamplesSlice: StateCreator<AppState, [], [], SamplesSlice> = (set) => ({
  samples: INITIAL_SAMPLES,
  setSamples: (patch) => set((s) => ({ samples: { ...s.samples, ...patch } })),
});
