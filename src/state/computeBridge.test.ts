import { describe, expect, it } from 'vitest';
import { ComputeClient } from '../worker/client';
import { installComputeBridge } from './computeBridge';
import { createAppStore } from './store';

describe('installComputeBridge', () => {
  it('sends at most one request per frame, with the latest (P, Q)', async () => {
    const store = createAppStore();
    const client = new ComputeClient(null);
    const frames: (() => void)[] = [];
    const sent: number[] = [];
    const original = client.request.bind(client);
    client.request = ((type, params, options) => {
      sent.push((params as { p: { p: number } }).p.p);
      return original(type, params, options);
    }) as typeof client.request;
    installComputeBridge(store, client, (cb) => frames.push(cb));
    for (const p of [0.1, 0.2, 0.3, 0.4])
      store.getState().setDistribution('p', { family: 'bernoulli', p });
    expect(frames).toHaveLength(1); // four edits, one frame scheduled
    frames.shift()!();
    expect(sent).toEqual([0.4]);
    await new Promise((r) => setTimeout(r, 0));
    const analysis = store.getState().analysis;
    expect(analysis?.ok).toBe(true);
    // KL(Bern(0.4)‖Bern(0.6)) = 0.4 ln(2/3) + 0.6 ln(3/2) = 0.2 ln(3/2), by hand.
    if (analysis?.ok)
      expect(Math.abs(analysis.measures.klPQ.value - 0.2 * Math.log(1.5))).toBeLessThan(1e-15);
  });
});
