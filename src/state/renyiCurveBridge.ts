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
 *
 * The curve runs on a client of its own (`curveClient`, started on first use), not the
 * explorer's: for a 2-D mixture it is 60 fine quadratures, several seconds, and the drag's
 * positions queued behind it (bench:ui: no answer for the first 2.2 s of a drag begun soon after
 * the page opened). A drag that starts while the curve computes abandons it (its worker is
 * terminated and replaced), and the release computes the curve of the pair it left.
 */
export function installRenyiCurveBridge(
  store: AppStore,
  curveClient: () => ComputeClient,
): () => void {
  let lastKey: readonly unknown[] = [];
  let client: ComputeClient | undefined;
  /** The request in flight, counted so an abandoned one's late outcome is told apart. */
  let inFlight = 0;
  let requests = 0;
  const send = () => {
    const state = store.getState();
    const { p, q: rawQ, eps, alpha, interacting, renyiCurveWanted } = state;
    if (interacting && inFlight) {
      client?.abandon();
      inFlight = 0;
      lastKey = [];
    }
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
    client ??= curveClient();
    const mine = (inFlight = ++requests);
    void client
      .request('renyiCurve', { p, q, orders: RENYI_CURVE_ORDERS }, { channel: 'renyiCurve' })
      .then((outcome) => {
        if (inFlight === mine) inFlight = 0;
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
