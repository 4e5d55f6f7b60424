import { describe, expect, it } from 'vitest';
import { createAppStore } from '../store';

describe('readouts slice', () => {
  it('publishes a readout under its test id and withdraws it', () => {
    const store = createAppStore();
    store.getState().publishReadout('fit-reverse', { 'data-state': 'done', 'data-kl': '0.25' });
    expect(store.getState().readouts['fit-reverse']).toEqual({
      'data-state': 'done',
      'data-kl': '0.25',
    });
    store.getState().withdrawReadout('fit-reverse');
    expect(store.getState().readouts['fit-reverse']).toBeUndefined();
  });
  it('publishing the same attributes again changes nothing (no re-render of its readers)', () => {
    const store = createAppStore();
    store.getState().publishReadout('mc-kl-pq', { 'data-value': '1' });
    const before = store.getState().readouts;
    store.getState().publishReadout('mc-kl-pq', { 'data-value': '1' });
    expect(store.getState().readouts).toBe(before);
    store.getState().publishReadout('mc-kl-pq', { 'data-value': '2' });
    expect(store.getState().readouts).not.toBe(before);
  });
});
