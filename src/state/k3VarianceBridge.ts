import { smoothDistribution } from '../core/divergences/smoothing';
import type { ComputeClient } from '../worker/client';
import { renyiPairKey } from './renyiCurveBridge';
import type { AppState, AppStore } from './store';

const sameKey = (a: readonly unknown[] | undefined, b: readonly unknown[]): boolean =>
  a !== undefined && a.length === b.length && a.every((x, i) => x === b[i]);

/** The stored k3 variance if it is of the pair now in the store (P and the smoothed Q), else null. */
export const k3VarianceOfCurrentPair = (s: AppState) =>
  s.mcK3Variance && sameKey(s.mcK3Variance.pairKey, renyiPairKey(s)) ? s.mcK3Variance : null;

/**
 * Asks the worker whether k3's variance is finite in each direction while the Monte Carlo lab is
 * open and its pair changes (P, Q and Q's smoothing, as the lab samples them), on its own channel,
 * so a newer pair supersedes an older request. For a non-Gaussian pair the answer reads tails and
 * edges for a few milliseconds: in the worker, not in a render of the readouts.
 */
export function installK3VarianceBridge(store: AppStore, client: ComputeClient): () => void {
  let lastKey: readonly unknown[] = [];
  const send = () => {
    const state = store.getState();
    if (state.view !== 'mc') return;
    const key = renyiPairKey(state);
    if (sameKey(lastKey, key)) return;
    lastKey = key;
    const { p, q: rawQ, eps, alpha } = state;
    const q = smoothDistribution(rawQ, { eps, alpha });
    void client.request('k3Variance', { p, q }, { channel: 'k3Variance' }).then((outcome) => {
      if (outcome.status === 'done')
        store.getState().setMcK3Variance({ pairKey: key, ...outcome.result });
      // Not known: no warning is claimed either way, and the next change of pair asks again.
      else if (outcome.status === 'failed') lastKey = [];
    });
  };
  const unsubscribe = store.subscribe((s) => [s.view, ...renyiPairKey(s)] as const, send, {
    equalityFn: (a, b) => a.every((x, i) => x === b[i]),
  });
  send();
  return unsubscribe;
}
