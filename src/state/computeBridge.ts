import { smoothDistribution } from '../core/divergences/smoothing';
import type { ComputeClient } from '../worker/client';
import type { AppStore } from './store';

/**
 * Sends (P, Q) to the worker whenever they change, at most once per animation frame, and stores the
 * answer. The client's channel supersedes older requests, so a stale answer never replaces a newer one.
 */
export function installComputeBridge(
  store: AppStore,
  client: ComputeClient,
  schedule: (callback: () => void) => void = (cb) => requestAnimationFrame(cb),
): () => void {
  let scheduled = false;
  let disposed = false;
  const send = () => {
    scheduled = false;
    if (disposed) return;
    const { p, q: rawQ, eps, alpha } = store.getState();
    // Smoothing (issue 4) applies to Q only; the smoothed Q is what is analysed.
    const q = smoothDistribution(rawQ, { eps, alpha });
    store.getState().setComputing(true);
    void client.request('analyse', { p, q }, { channel: 'analysis' }).then((outcome) => {
      if (disposed) return;
      if (outcome.status === 'done') store.getState().setAnalysis(outcome.result);
      else if (outcome.status === 'failed') {
        store.getState().setComputing(false);
        store.getState().pushMessage({
          level: 'error',
          topic: 'compute',
          text: `The computation failed: ${outcome.message}`,
        });
      }
    });
  };
  const request = () => {
    if (scheduled) return;
    scheduled = true;
    schedule(send);
  };
  const unsubscribe = store.subscribe((s) => [s.p, s.q, s.eps, s.alpha] as const, request, {
    equalityFn: (a, b) => a.every((x, i) => x === b[i]),
  });
  request();
  return () => {
    disposed = true;
    unsubscribe();
  };
}
