import { RENYI_CURVE_ORDERS } from '../core/measures/renyiOrder';
import { smoothDistribution } from '../core/divergences/smoothing';
import type { ComputeClient } from '../worker/client';
import type { AppStore } from './store';

/**
 * Computes the f-divergence panel's D_α curve (`renyiCurve` on its own channel, so a newer pair
 * cancels the older request between two orders) while a panel wants it, for the analysed (smoothed)
 * pair, and never during a drag: the curve follows when the pointer is released.
 */
export function installRenyiCurveBridge(store: AppStore, client: ComputeClient): () => void {
  let lastKey: unknown[] = [];
  const send = () => {
    const { p, q: rawQ, eps, alpha, interacting, renyiCurveWanted } = store.getState();
    if (renyiCurveWanted <= 0 || interacting) return;
    const key = [p, rawQ, eps, alpha];
    if (key.every((x, i) => x === lastKey[i])) return;
    lastKey = key;
    const q = smoothDistribution(rawQ, { eps, alpha });
    store.getState().setRenyiCurve({ status: 'computing' });
    void client
      .request('renyiCurve', { p, q, orders: RENYI_CURVE_ORDERS }, { channel: 'renyiCurve' })
      .then((outcome) => {
        if (outcome.status === 'done')
          store.getState().setRenyiCurve({ status: 'done', points: outcome.result.points });
        else if (outcome.status === 'failed') {
          lastKey = [];
          store.getState().setRenyiCurve({ status: 'failed', message: outcome.message });
        }
      });
  };
  const unsubscribe = store.subscribe(
    (s) => [s.p, s.q, s.eps, s.alpha, s.interacting, s.renyiCurveWanted > 0] as const,
    send,
    { equalityFn: (a, b) => a.every((x, i) => x === b[i]) },
  );
  send();
  return unsubscribe;
}
