import type { StateCreator } from 'zustand';
import type { PairAnalysis } from '../../core/analysis';
import type { RenyiPoint } from '../../core/divergences/renyiCurve';
import type { AppState } from '../store';

export interface RenyiCurveState {
  readonly status: 'computing' | 'done' | 'failed';
  /** The latest computed curve, of the pair `pairKey` (empty before the first, or after a failure). */
  readonly points: readonly RenyiPoint[];
  /** What the points were computed for (renyiCurveBridge's `renyiPairKey`). */
  readonly pairKey?: readonly unknown[];
  /** Why the computation failed. */
  readonly message?: string;
}

export interface ResultsSlice {
  /** The latest analysis of the current (P, Q), or null before the first one arrives. */
  readonly analysis: PairAnalysis | null;
  /** True while a newer analysis than the one shown is being computed. */
  readonly computing: boolean;
  setAnalysis(analysis: PairAnalysis): void;
  setComputing(computing: boolean): void;
  /**
   * The f-divergence panel's D_α curve for the current pair (renyiCurveBridge.ts), computed only
   * while some panel wants it (`renyiCurveWanted` counts the mounted ones). While a new pair's
   * curve is computed the previous points stay (so the chart is redrawn, not remounted);
   * `pairKey` says which pair the points belong to.
   */
  readonly renyiCurve: RenyiCurveState | null;
  readonly renyiCurveWanted: number;
  setRenyiCurve(curve: ResultsSlice['renyiCurve']): void;
  wantRenyiCurve(delta: 1 | -1): void;
}

export const createResultsSlice: StateCreator<AppState, [], [], ResultsSlice> = (set) => ({
  analysis: null,
  computing: false,
  setAnalysis: (analysis) => set({ analysis, computing: false }),
  setComputing: (computing) => set({ computing }),
  renyiCurve: null,
  renyiCurveWanted: 0,
  setRenyiCurve: (renyiCurve) => set({ renyiCurve }),
  wantRenyiCurve: (delta) => set((s) => ({ renyiCurveWanted: s.renyiCurveWanted + delta })),
});
