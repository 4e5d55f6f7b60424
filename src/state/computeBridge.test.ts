import { describe, expect, it } from 'vitest';
import { ComputeClient } from '../worker/client';
import { mixture2 as mix2, normal2 as n2 } from '../core/distributions/make';
import { continuous2Measures } from '../core/divergences/continuous2';
import { MEASURE_KEYS } from '../core/divergences/types';
import { installComputeBridge, isCoarseAnalysis } from './computeBridge';
import { createAppStore } from './store';

/** A store holding two 2-D mixtures (quadrature, so a drag gets the coarse pass). */
function mixturePair() {
  const p = mix2([0.5, n2(-1, 0, 1, 1, 0.3)], [0.5, n2(1.5, 0, 0.8, 1, 0)]);
  const q = mix2([0.5, n2(0, 1, 1.2, 1, 0)], [0.5, n2(0, -1, 1, 0.9, -0.2)]);
  const store = createAppStore();
  store.getState().setDistribution('p', p);
  store.getState().setDistribution('q', q);
  return { p, q, store };
}

/** Resolves when the store's analysis next changes. */
const nextAnalysis = (store: ReturnType<typeof createAppStore>) =>
  new Promise<void>((resolve) => {
    const off = store.subscribe(
      (s) => s.analysis,
      () => {
        off();
        resolve();
      },
    );
  });

/**
 * The bridge's frame and timer hooks, held by the test: `frames` are the scheduled animation
 * frames, `rests` the pending rest timers (a cancelled one is removed), each run by hand.
 */
function fakeClock() {
  const frames: (() => void)[] = [];
  const rests: (() => void)[] = [];
  const schedule = (cb: () => void) => void frames.push(cb);
  const later = (cb: () => void) => {
    rests.push(cb);
    return () => void rests.splice(rests.indexOf(cb), 1);
  };
  return { frames, rests, schedule, later };
}

/** A main-thread client that records each analysis request's parameters as it leaves. */
function recordingClient() {
  const client = new ComputeClient(null);
  const sent: { p: unknown; precision?: string }[] = [];
  const request = client.request.bind(client);
  client.request = ((type, params, options) => {
    sent.push(params as { p: unknown; precision?: string });
    return request(type, params, options);
  }) as typeof client.request;
  return { client, sent };
}

/** The Bernoulli p of each request `recordingClient` saw. */
const bernoulliPs = (sent: readonly { p: unknown }[]) => sent.map((r) => (r.p as { p: number }).p);

describe('installComputeBridge', () => {
  it('sends at most one request per frame, with the latest (P, Q)', async () => {
    const store = createAppStore();
    const { client, sent } = recordingClient();
    const frames: (() => void)[] = [];
    installComputeBridge(store, client, (cb) => frames.push(cb));
    for (const p of [0.1, 0.2, 0.3, 0.4])
      store.getState().setDistribution('p', { family: 'bernoulli', p });
    expect(frames).toHaveLength(1); // four edits, one frame scheduled
    frames.shift()!();
    expect(bernoulliPs(sent)).toEqual([0.4]);
    await expect.poll(() => store.getState().analysis?.ok).toBe(true);
    const analysis = store.getState().analysis;
    expect(analysis?.ok).toBe(true);
    // KL(Bern(0.4)‖Bern(0.6)) = 0.4 ln(2/3) + 0.6 ln(3/2) = 0.2 ln(3/2), by hand.
    if (analysis?.ok)
      expect(Math.abs(analysis.measures.klPQ.value - 0.2 * Math.log(1.5))).toBeLessThan(1e-15);
  });

  it('keeps one request in flight: the latest position waits for it, the ones between are skipped', async () => {
    const store = createAppStore();
    store.getState().setDistribution('q', { family: 'bernoulli', p: 0.6 });
    const { client, sent } = recordingClient();
    const { frames, schedule } = fakeClock();
    const shown: number[] = [];
    store.subscribe(
      (s) => s.analysis,
      (a) => {
        if (a?.ok) shown.push(a.measures.klPQ.value);
      },
    );
    installComputeBridge(store, client, schedule);
    store.getState().setDistribution('p', { family: 'bernoulli', p: 0.2 });
    frames.shift()!(); // the first position leaves at once
    for (const p of [0.3, 0.4]) {
      store.getState().setDistribution('p', { family: 'bernoulli', p });
      frames.shift()!(); // each frame finds the client busy: the position waits
    }
    expect(bernoulliPs(sent)).toEqual([0.2]);
    await expect.poll(() => shown.length).toBe(2);
    // The first answer is shown although the pointer moved on; then the latest position, never 0.3.
    expect(bernoulliPs(sent)).toEqual([0.2, 0.4]);
    // KL(Bern(a)‖Bern(0.6)) = a ln(a/0.6) + (1 − a) ln((1 − a)/0.4), by hand.
    const kl = (a: number) => a * Math.log(a / 0.6) + (1 - a) * Math.log((1 - a) / 0.4);
    expect(shown[0]).toBeCloseTo(kl(0.2), 14);
    expect(shown[1]).toBeCloseTo(kl(0.4), 14);
  });

  it('answers a 2-D mixture drag coarsely, refines at rest and on release', async () => {
    const { p, q, store } = mixturePair();
    const { client, sent } = recordingClient();
    const { frames, rests, schedule, later } = fakeClock();
    const precisions = () => sent.map((r) => r.precision);
    const answered = () => nextAnalysis(store);
    installComputeBridge(store, client, schedule, later);
    frames.shift()!();
    await answered();
    expect(precisions()).toEqual(['fine']);

    // A drag: the position is answered by the coarse pass, marked so.
    store.getState().setInteracting(true);
    const moved = mix2([0.5, n2(-0.5, 0, 1, 1, 0.3)], [0.5, n2(1.5, 0, 0.8, 1, 0)]);
    store.getState().setDistribution('p', moved);
    frames.shift()!();
    await answered();
    expect(precisions().at(-1)).toBe('coarse');
    const coarse = store.getState().analysis!;
    expect(isCoarseAnalysis(coarse)).toBe(true);
    // The pointer rests: the refinement is due, and replaces it with the fine answer.
    expect(rests).toHaveLength(1);
    rests.shift()!();
    await answered();
    expect(precisions().at(-1)).toBe('fine');
    const fine = store.getState().analysis!;
    expect(isCoarseAnalysis(fine)).toBe(false);
    // The refined values are the core's fine ones, within the coarse pass's stated errors of it.
    const reference = continuous2Measures(moved, q);
    if (!coarse.ok || !fine.ok) throw new Error('expected answers');
    for (const k of MEASURE_KEYS) {
      expect(fine.measures[k].value).toBe(reference[k].value);
      expect(Math.abs(coarse.measures[k].value - reference[k].value)).toBeLessThanOrEqual(
        coarse.measures[k].error + reference[k].error,
      );
    }

    // Another move, then the release before any rest: refined at once on release.
    store.getState().setDistribution('p', p);
    frames.shift()!();
    await answered();
    expect(precisions().at(-1)).toBe('coarse');
    store.getState().setInteracting(false);
    expect(rests).toHaveLength(0);
    await answered();
    expect(precisions().at(-1)).toBe('fine');
    expect(isCoarseAnalysis(store.getState().analysis!)).toBe(false);
  });

  it('refines on a worker of its own, which the next position abandons', async () => {
    const { p, store } = mixturePair();
    const client = new ComputeClient(null);
    // The refiner's worker never answers by itself: its refinement stays in flight.
    const refinerSent: string[] = [];
    let terminations = 0;
    const refiner = new ComputeClient(
      () =>
        ({
          addEventListener() {},
          postMessage(m: { type: string; params?: { precision?: string } }) {
            refinerSent.push(`${m.type}:${m.params?.precision ?? ''}`);
          },
          terminate() {
            terminations += 1;
          },
        }) as unknown as Worker,
    );
    const { frames, rests, schedule, later } = fakeClock();
    const answered = () => nextAnalysis(store);
    installComputeBridge(store, client, schedule, later, () => refiner);
    frames.shift()!();
    await answered();
    store.getState().setInteracting(true);
    store
      .getState()
      .setDistribution('p', mix2([0.5, n2(-0.5, 0, 1, 1, 0.3)], [0.5, n2(1.5, 0, 0.8, 1, 0)]));
    frames.shift()!();
    await answered();
    expect(isCoarseAnalysis(store.getState().analysis!)).toBe(true);
    // The pointer rests: the refinement goes to the refiner, not to the explorer's client.
    rests.shift()!();
    expect(refinerSent).toEqual(['analyse:fine']);
    // The next position: the refinement is abandoned (its worker terminated), the position is
    // answered coarsely by the explorer's client at once.
    store.getState().setDistribution('p', p);
    frames.shift()!();
    expect(terminations).toBe(1);
    await answered();
    expect(isCoarseAnalysis(store.getState().analysis!)).toBe(true);
    const coarse = store.getState().analysis;
    // Released before any rest: refined on the refiner's fresh worker; the coarse answer on screen
    // stays until then.
    store.getState().setInteracting(false);
    expect(refinerSent).toEqual(['analyse:fine', 'analyse:fine']);
    expect(store.getState().analysis).toBe(coarse);
  });
});
