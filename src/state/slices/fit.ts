import type { StateCreator } from 'zustand';
import type { Gaussian1, PathPoint } from '../../core/fit';
import type { FitLandscapeResult, FitReverseResult } from '../../worker/fitHandlers';
import type { AppState } from '../store';

export type Reverse1Result = Extract<FitReverseResult, { dimension: 1 }>;
export type Reverse2Result = Extract<FitReverseResult, { dimension: 2 }>;

/**
 * The fit view's state (issue 5). Requests are started by src/state/fitBridge.ts, never by React.
 * The start lives in the scenario (`fitStart`, the link's `start=`); each result names the start
 * its path came from, so a path from an older start is never drawn as the current one.
 */
export interface FitUiState {
  readonly reverse1: Reverse1Result | null;
  /** The forward fit's path (damped Newton on KL(P‖Q)) from the 1-D start, for the shared Play. */
  readonly forward1: {
    readonly start: Gaussian1;
    readonly path: readonly PathPoint<Gaussian1>[];
  } | null;
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
  reverse1: null,
  forward1: null,
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
