import type { StateCreator } from 'zustand';
import type { AppState } from '../store';

/**
 * Whether a person is dragging a slider or a plot handle, or pressing keys on one, right now.
 * Charts draw on fixed axes while it is true (only the data is restyled; the full redraw with
 * autorange runs once it ends), and the compute bridge may answer coarsely first
 * (computeBridge.ts).
 */
export interface InteractionSlice {
  readonly interacting: boolean;
  setInteracting(interacting: boolean): void;
}

export const createInteractionSlice: StateCreator<AppState, [], [], InteractionSlice> = (set) => ({
  interacting: false,
  setInteracting: (interacting) => set({ interacting }),
});
