import type { StateCreator } from 'zustand';
import type { CalibrationStudy } from '../../core/ml/calibration';
import type { AppState } from '../store';

/** The calibration study for one (seed, size), computed in the worker (~100 ms per 1000 samples). */
export type CalibrationState =
  | { readonly status: 'idle' }
  | { readonly status: 'computing'; readonly seed: number; readonly size: number }
  | {
      readonly status: 'done';
      readonly seed: number;
      readonly size: number;
      readonly study: CalibrationStudy;
    }
  | { readonly status: 'failed'; readonly message: string };

export interface MlSlice {
  readonly calibration: CalibrationState;
  setCalibration(calibration: CalibrationState): void;
}

export const createMlSlice: StateCreator<AppState, [], [], MlSlice> = (set) => ({
  calibration: { status: 'idle' },
  setCalibration: (calibration) => set({ calibration }),
});
