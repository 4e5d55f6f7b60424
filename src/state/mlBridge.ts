import type { ComputeClient } from '../worker/client';
import type { AppStore } from './store';

/**
 * Runs the calibration study in the worker while the calibration view is open and its seed or size
 * changes. The channel supersedes an older request, so typing a size digit by digit never lets a
 * stale study replace the current one.
 */
export function installMlBridge(store: AppStore, client: ComputeClient): () => void {
  let lastKey = '';
  const send = () => {
    const { view, calSeed: seed, calSize: size } = store.getState();
    if (view !== 'calibration') return;
    const key = `${seed}:${size}`;
    if (key === lastKey) return;
    lastKey = key;
    store.getState().setCalibration({ status: 'computing', seed, size });
    void client
      .request('calibrationStudy', { seed, size }, { channel: 'calibration' })
      .then((outcome) => {
        if (outcome.status === 'done')
          store.getState().setCalibration({ status: 'done', seed, size, study: outcome.result });
        else if (outcome.status === 'failed') {
          lastKey = '';
          store.getState().setCalibration({ status: 'failed', message: outcome.message });
        }
      });
  };
  const unsubscribe = store.subscribe((s) => [s.view, s.calSeed, s.calSize] as const, send, {
    equalityFn: (a, b) => a[0] === b[0] && a[1] === b[1] && a[2] === b[2],
  });
  send();
  return unsubscribe;
}
