import type { StateCreator } from 'zustand';
import type { PairAnalysis } from '../../core/analysis';
import type { AppState } from '../store';

export interface ResultsSlice {
  /** The latest analysis of the current (P, Q), or null before the first one arrives. */
  readonly analysis: PairAnalysis | null;
  /** True while a newer analysis than the one shown is being computed. */
  readonly computing: boolean;
  setAnalysis(analysis: PairAnalysis): void;
  setComputing(computing: boolean): void;
}

export const createResultsSlice: StateCreator<AppState, [], [], ResultsSlice> = (set) => ({
  analysis: null,
  computing: false,
  setAnalysis: (analysis) => set({ analysis, computing: false }),
  setComputing: (computing) => set({ computing }),
});
