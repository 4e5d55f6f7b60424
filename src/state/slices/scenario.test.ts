import { describe, expect, it } from 'vitest';
import { createAppStore } from '../store';
import { decodeScenario } from '../urlCodec';
import { PAIR_TOPIC } from './scenario';

describe('applyScenario keeps P and Q on one sample space', () => {
  it('a link with only a mixture P keeps P, picks a Gaussian Q and says which', () => {
    const store = createAppStore();
    // q is missing, so it decodes to the default Bern(0.6): the pair the fit lessons once wrote.
    const { scenario } = decodeScenario('view=fit&p=Mix(0.5*N(-3,1),0.5*N(3,1))');
    store.getState().applyScenario(scenario);
    const s = store.getState();
    expect(s.p).toEqual(scenario.p);
    // compatibleQ: P's mean 0 and 1.5·√10 = 4.74 → N(0, 4.7) (src/core/compatibleQ.test.ts).
    expect(s.q).toEqual({ family: 'normal', mu: 0, sigma: 4.7 });
    const note = s.messages.find((m) => m.topic === PAIR_TOPIC);
    expect(note?.text).toContain('Bern(0.6)');
    expect(note?.text).toContain('N(0,4.7)');
    expect(note?.level).toBe('info');
  });
  it('a compatible pair is left alone, and clears an earlier note', () => {
    const store = createAppStore();
    store.getState().applyScenario({ p: { family: 'normal', mu: 0, sigma: 1 } });
    expect(store.getState().messages.some((m) => m.topic === PAIR_TOPIC)).toBe(true);
    const q = { family: 'normal', mu: 1, sigma: 2 } as const;
    store.getState().applyScenario({ q });
    expect(store.getState().q).toEqual(q);
    expect(store.getState().messages.some((m) => m.topic === PAIR_TOPIC)).toBe(false);
  });
});
