import { describe, expect, it } from 'vitest';
import { ComputeClient } from '../worker/client';
import { installK3VarianceBridge, k3VarianceOfCurrentPair } from './k3VarianceBridge';
import { createAppStore } from './store';

describe('installK3VarianceBridge', () => {
  it("reads k3's variance in the worker while the lab is open, and never claims it for another pair", async () => {
    const store = createAppStore();
    // x ~ T(3): E[(log r)²] ≈ E[x⁴]/4 = ∞; x ~ N: ∫ t²/φ = ∞ (k3Variance.test derives both).
    store.getState().setDistribution('p', { family: 'studentT', nu: 3, mu: 0, s: 1 });
    store.getState().setDistribution('q', { family: 'normal', mu: 0, sigma: 1 });
    installK3VarianceBridge(store, new ComputeClient(null));
    expect(store.getState().mcK3Variance).toBeNull(); // the explorer does not need it
    store.getState().setView('mc');
    await expect.poll(() => k3VarianceOfCurrentPair(store.getState())).not.toBeNull();
    expect(k3VarianceOfCurrentPair(store.getState())).toMatchObject({
      pq: 'infinite-log',
      qp: 'infinite-ratio',
    });

    // σ_Q² = 2.25 ≥ 2σ_P²: infinite for x ~ P only. The old answer is not shown for the new pair.
    store.getState().setDistribution('p', { family: 'normal', mu: 0, sigma: 1 });
    store.getState().setDistribution('q', { family: 'normal', mu: 1, sigma: 1.5 });
    expect(k3VarianceOfCurrentPair(store.getState())).toBeNull();
    await expect.poll(() => k3VarianceOfCurrentPair(store.getState())).not.toBeNull();
    expect(k3VarianceOfCurrentPair(store.getState())).toMatchObject({
      pq: 'infinite-ratio',
      qp: 'finite',
    });
  });
});
