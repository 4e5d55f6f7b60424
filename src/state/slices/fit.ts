import type { StateCreator } from 'zustand';
import type { Gaussian1, Gaussian2 } from '../../core/fit';
import type { FitLandscapeResult, FitReverseResult } from '../../worker/fitHandlers';
import type { AppState } from '../store';

export type Reverse1Result = Extract<FitReverseResult, { dimension: 1 }>;
export type Reverse2Result = Extract<FitReverseResult, { dimension: 2 }>;

/** The fit view's state (issue 5). Requests are started by src/state/fitBridge.ts, never by React. */
export interface FitUiState {
  /** The person's starting point for the animated 1-D path; null = the default for P. */
  readonly start1: Gaussian1 | null;
  /** The 2-D start (its centre is draggable; its covariance is the forward fit's); null = the forward fit. */
  readonly start2: Gaussian2 | null;
  readonly reverse1: Reverse1Result | null;
  readonly reverse2: Reverse2Result | null;
  /** Fraction done of the running reverse fit, or null when none is running. */
  readonly progress: number | null;
  readonly landscape: FitLandscapeResult | null;
  /** Animation: the path index shown, whether it plays, and its speed factor. */
  readonly frame: number;
  readonly playing: boolean;
  readonly speed: number;
  readonly showForward: boolean;
}

export interface FitSlice {
  readonly fit: FitUiState;
  setFit(patch: Partial<FitUiState>): void;
}

export const INITIAL_FIT: FitUiState = {
  start1: null,
  start2: null,
  reverse1: null,
  reverse2: null,
  progress: null,
  landscape: null,
  frame: 0,
  playing: false,
  speed: 1,
  showForward: false,
};

export const createFitSlice: StateCreator<AppState, [], [], FitSlice> = (set) => ({
  fit: INITIAL_FIT,
  setFit: (patch) => set((s) => ({ fit: { ...s.fit, ...patch } })),
});
