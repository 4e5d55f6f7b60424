import { describe, expect, it } from 'vitest';
import { ComputeClient } from '../worker/client';
import { installRenyiCurveBridge, renyiCurveIsOfCurrentPair } from './renyiCurveBridge';
import { createAppStore } from './store';

/** D₂(Bern(a)‖Bern(b)) = ln(a²/b + (1 − a)²/(1 − b)), by hand. */
const d2Bern = (a: number, b: number) => Math.log((a * a) / b + ((1 - a) * (1 - a)) / (1 - b));
const d2Of = (points: readonly { order: number; value: { value: number } }[]) =>
  points.find((pt) => pt.order === 2)!.value.value;

describe('installRenyiCurveBridge', () => {
  it("keeps the previous pair's points while the new curve computes, and says whose they are", async () => {
    const store = createAppStore();
    store.getState().setDistribution('p', { family: 'bernoulli', p: 0.3 });
    store.getState().setDistribution('q', { family: 'bernoulli', p: 0.6 });
    installRenyiCurveBridge(store, () => new ComputeClient(null));
    expect(store.getState().renyiCurve).toBeNull(); // no panel wants it yet
    store.getState().wantRenyiCurve(1);
    await expect.poll(() => store.getState().renyiCurve?.status).toBe('done');
    const first = store.getState().renyiCurve!;
    expect(d2Of(first.points)).toBeCloseTo(d2Bern(0.3, 0.6), 12);
    expect(renyiCurveIsOfCurrentPair(store.getState())).toBe(true);

    store.getState().setDistribution('q', { family: 'bernoulli', p: 0.8 });
    const computing = store.getState().renyiCurve!;
    expect(computing.status).toBe('computing');
    expect(computing.points).toBe(first.points);
    expect(renyiCurveIsOfCurrentPair(store.getState())).toBe(false);

    await expect.poll(() => store.getState().renyiCurve?.status).toBe('done');
    expect(d2Of(store.getState().renyiCurve!.points)).toBeCloseTo(d2Bern(0.3, 0.8), 12);
    expect(renyiCurveIsOfCurrentPair(store.getState())).toBe(true);
  });

  it('abandons a curve in flight when a drag starts, and computes the released pair', async () => {
    const store = createAppStore();
    store.getState().setDistribution('p', { family: 'bernoulli', p: 0.3 });
    store.getState().setDistribution('q', { family: 'bernoulli', p: 0.6 });
    let clients = 0;
    const outcomes: string[] = [];
    installRenyiCurveBridge(store, () => {
      clients++;
      const client = new ComputeClient(null);
      const request = client.request.bind(client);
      client.request = ((...args: Parameters<typeof request>) =>
        request(...args).then((o) => {
          outcomes.push(o.status);
          return o;
        })) as typeof client.request;
      return client;
    });
    const done: number[] = [];
    store.subscribe((s) => {
      if (s.renyiCurve?.status === 'done') done.push(d2Of(s.renyiCurve.points));
    });
    store.getState().wantRenyiCurve(1);
    expect(store.getState().renyiCurve?.status).toBe('computing');
    expect(clients).toBe(1); // started on first use

    // A drag begins while the curve computes: the curve is abandoned, and nothing is sent for the
    // positions the drag passes through.
    store.getState().setInteracting(true);
    store.getState().setDistribution('q', { family: 'bernoulli', p: 0.7 });
    store.getState().setDistribution('q', { family: 'bernoulli', p: 0.8 });
    await expect.poll(() => outcomes.length).toBe(1);
    expect(outcomes[0]).toBe('cancelled');
    expect(store.getState().renyiCurve?.status).toBe('computing');

    store.getState().setInteracting(false);
    await expect.poll(() => store.getState().renyiCurve?.status).toBe('done');
    // Only the released pair's curve ever landed: not the abandoned one of Bern(0.6).
    expect(done.length).toBeGreaterThan(0);
    for (const d2 of done) expect(d2).toBeCloseTo(d2Bern(0.3, 0.8), 12);
    expect(renyiCurveIsOfCurrentPair(store.getState())).toBe(true);
    expect(clients).toBe(1);
  });
});
