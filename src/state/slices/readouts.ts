import type { StateCreator } from 'zustand';
import type { AppState } from '../store';

/**
 * Every view's readouts, published under their test id with the attributes of the readout contract
 * (README): `data-value` and friends, as the strings the DOM carries. One source for every consumer
 * (the lessons, exports); the DOM attributes are written from the same values.
 */
export interface ReadoutsSlice {
  readonly readouts: { readonly [testId: string]: { readonly [attribute: string]: string } };
  publishReadout(testId: string, attributes: { readonly [attribute: string]: string }): void;
  withdrawReadout(testId: string): void;
}

const same = (
  a: Readonly<Record<string, string>> | undefined,
  b: Readonly<Record<string, string>>,
) =>
  a !== undefined &&
  Object.keys(a).length === Object.keys(b).length &&
  Object.keys(b).every((k) => a[k] === b[k]);

export const createReadoutsSlice: StateCreator<AppState, [], [], ReadoutsSlice> = (set) => ({
  readouts: {},
  publishReadout: (testId, attributes) =>
    set((s) =>
      same(s.readouts[testId], attributes)
        ? s
        : { readouts: { ...s.readouts, [testId]: { ...attributes } } },
    ),
  withdrawReadout: (testId) =>
    set((s) => {
      if (!(testId in s.readouts)) return s;
      return {
        readouts: Object.fromEntries(Object.entries(s.readouts).filter(([id]) => id !== testId)),
      };
    }),
});
