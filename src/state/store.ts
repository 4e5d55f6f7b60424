import { create } from 'zustand';
import { subscribeWithSelector } from 'zustand/middleware';
import { createFitSlice, type FitSlice } from './slices/fit';
import { createInteractionSlice, type InteractionSlice } from './slices/interaction';
import { createMessagesSlice, type MessagesSlice } from './slices/messages';
import { createMlSlice, type MlSlice } from './slices/ml';
import { createMonteCarloSlice, type MonteCarloSlice } from './slices/monteCarlo';
import { createReadoutsSlice, type ReadoutsSlice } from './slices/readouts';
import { createResultsSlice, type ResultsSlice } from './slices/results';
import { createSamplesSlice, type SamplesSlice } from './slices/samples';
import { createScenarioSlice, type ScenarioSlice } from './slices/scenario';

export type AppState = ScenarioSlice &
  ResultsSlice &
  MessagesSlice &
  MlSlice &
  MonteCarloSlice &
  FitSlice &
  InteractionSlice &
  ReadoutsSlice &
  SamplesSlice;

/** Builds a fresh store; the app uses one, tests make their own. Middleware wraps the combined store only. */
export const createAppStore = () =>
  create<AppState>()(
    subscribeWithSelector((...a) => ({
      ...createScenarioSlice(...a),
      ...createResultsSlice(...a),
      ...createMessagesSlice(...a),
      ...createMlSlice(...a),
      ...createMonteCarloSlice(...a),
      ...createFitSlice(...a),
      ...createInteractionSlice(...a),
      ...createReadoutsSlice(...a),
      ...createSamplesSlice(...a), // issue 16
    })),
  );

export type AppStore = ReturnType<typeof createAppStore>;

export const useAppStore = createAppStore();
