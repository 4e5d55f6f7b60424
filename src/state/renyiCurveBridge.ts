import { RENYI_CURVE_ORDERS } from '../core/measures/renyiOrder';
import { smoothDistribution } from '../core/divergences/smoothing';
import type { ComputeClient } from '../worker/client';
import type { AppState, AppStore } from './store';

/** What a D_α curve depends on: P, the raw Q and its smoothing (the curve is of the smoothed Q). */
export const renyiPairKey = (s: AppState): readonly unknown[] => [s.p, s.q, s.eps, s.alpha];

const sameKey = (a: readonly unknown[] | undefined, b: readonly unknown[]): boolean =>
  a !== undefined && a.length === b.length && a.every((x, i) => x === b[i]);

/** True when the stored curve's points are of the pair now in the store (not a previous one). */
export const renyiCurveIsOfCurrentPair = (s: AppState): boolean =>
  s.renyiCurve !== null && sameKey(s.renyiCurve.pairKey, renyiPairKey(s));

/**
 * Computes the f-divergence panel's D_α curve (`renyiCurve` on its own channel, so a newer pair
 * cancels the older request between two orders) while a panel wants it, for the analysed (smoothed)
 * pair, and never during a drag: the curve follows when the pointer is released. While it computes,
 * the previous pair's points stay in the store, so the chart is redrawn rather than remounted.
 */
export function installRenyiCurveBridge(store: AppStore, client: ComputeClient): () => void {
  let lastKey: readonly unknown[] = [];
  const send = () => {
    const state = store.getState();
    const { p, q: rawQ, eps, alpha, interacting, renyiCurveWanted } = state;
    if (renyiCurveWanted <= 0 || interacting) return;
    const key = renyiPairKey(state);
    if (sameKey(lastKey, key)) return;
    lastKey = key;
    const q = smoothDistribution(rawQ, { eps, alpha });
    const previous = state.renyiCurve;
    store.getState().setRenyiCurve({
      status: 'computing',
      points: previous?.points ?? [],
      ...(previous?.pairKey && { pairKey: previous.pairKey }),
    });
    void client
      .request('renyiCurve', { p, q, orders: RENYI_CURVE_ORDERS }, { channel: 'renyiCurve' })
      .then((outcome) => {
        if (outcome.status === 'done')
          store
            .getState()
            .setRenyiCurve({ status: 'done', points: outcome.result.points, pairKey: key });
        else if (outcome.status === 'failed') {
          lastKey = [];
          // No points: a previous pair's curve must not stand in for this one's.
          store
            .getState()
            .setRenyiCurve({ status: 'failed', points: [], message: outcome.message });
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
