import { isContinuous1, isContinuous2 } from '../core/families/registry';
import type { Continuous1Spec, Continuous2Spec, Distribution } from '../core/distributions/types';
import {
  defaultStart1 as defaultStartOf,
  defaultStart2,
  fitTarget1,
  forwardFit1Path,
  type FitTarget1,
  type Gaussian1,
  type Gaussian2,
} from '../core/fit';
import { fitClient } from './fitClient';
import { isStart1, isStart2 } from './fitScenario';
import type { AppState, AppStore } from './store';

/** Seed and restarts of every reverse fit the view runs (deterministic results, shareable). */
export const FIT_SEED = 1;
export const FIT_RESTARTS = 12;
/** Animation: one path step per 400 ms at speed 1. */
const STEP_MS = 400;

/**
 * Any 1-D P has a 1-D fit (core/fit/target1.ts): a Gaussian mixture through its tables, any other
 * through its log-density; a direction infinite for every Gaussian Q is said so, not fitted.
 */
export const isFit1 = (d: Distribution): d is Continuous1Spec => isContinuous1(d);
export const isFit2 = (d: Distribution): d is Continuous2Spec => isContinuous2(d);

/** One target per P object (specs in the store are immutable): the view and the bridge share it. */
const targets = new WeakMap<Continuous1Spec, FitTarget1>();
export function fitTarget1Of(p: Continuous1Spec): FitTarget1 {
  let t = targets.get(p);
  if (!t) targets.set(p, (t = fitTarget1(p)));
  return t;
}

/** Where the path starts before the person moves it: inside one mode's basin (core/fit/start1.ts). */
export const defaultStart1 = (p: Continuous1Spec): Gaussian1 =>
  defaultStartOf(fitTarget1Of(p).table);

/** The 1-D start in use: the scenario's, or P's default when it has none of this dimension. */
export const start1Of = (s: Pick<AppState, 'fitStart'>, p: Continuous1Spec): Gaussian1 =>
  isStart1(s.fitStart) ? s.fitStart : defaultStart1(p);
/** The 2-D start in use: the scenario's, or beside P's heaviest mode (core/fit/start2.ts). */
export const start2Of = (s: Pick<AppState, 'fitStart'>, p: Continuous2Spec): Gaussian2 =>
  isStart2(s.fitStart) ? s.fitStart : defaultStart2(p);

/** Whether a result's path came from `start` (the same numbers: a moved start makes it stale). */
export const pathIsFrom = <G>(result: { readonly start: G } | null, start: G): boolean =>
  result !== null && JSON.stringify(result.start) === JSON.stringify(start);

/**
 * Starts the reverse fit for the store's P (superseding any running one) from the scenario's start;
 * `start1` first moves the 1-D start there. The last result stays on screen while it runs: the
 * optima depend on P only, and `progress` says a new run is under way.
 */
export function runReverseFit(store: AppStore, start1?: Gaussian1): void {
  const state = store.getState();
  const { p, setFit } = state;
  const onProgress = (done: number, total: number) => setFit({ progress: done / total });
  if (isFit1(p)) {
    // Only a start that differs is written: the same numbers again would restart the forward path
    // and redraw both charts for nothing.
    if (start1 && JSON.stringify(start1) !== JSON.stringify(state.fitStart))
      state.applyScenario({ fitStart: start1 });
    const start = start1 ?? start1Of(state, p);
    // KL(Q‖P) = ∞ for every Gaussian (a bounded P): nothing to run; the view says why.
    if (fitTarget1Of(p).reverseInfinite) {
      setFit({ progress: null, reverse1: null, frame: 0 });
      return;
    }
    setFit({ progress: 0, playing: false, frame: 0 });
    void fitClient()
      .request(
        'fitReverse',
        { dimension: 1, p, seed: FIT_SEED, restarts: FIT_RESTARTS, start },
        { channel: 'fit', onProgress },
      )
      .then((o) => {
        if (o.status === 'superseded') return;
        if (o.status === 'done' && o.result.dimension === 1)
          // Played at once, unless the person asked for less motion: then the paths are shown
          // whole (Play still animates them on request).
          setFit(
            prefersReducedMotion()
              ? { reverse1: o.result, frame: o.result.path.length, playing: false, progress: null }
              : { reverse1: o.result, frame: 0, playing: true, progress: null },
          );
        else setFit({ progress: null });
      });
  } else if (isFit2(p)) {
    const start = start2Of(state, p);
    setFit({ progress: 0 });
    void fitClient()
      .request(
        'fitReverse',
        { dimension: 2, p, seed: FIT_SEED, restarts: FIT_RESTARTS, start },
        { channel: 'fit', onProgress },
      )
      .then((o) => {
        if (o.status === 'superseded') return;
        if (o.status === 'done' && o.result.dimension === 2)
          setFit({ reverse2: o.result, progress: null });
        else setFit({ progress: null });
      });
  }
}

const prefersReducedMotion = () =>
  typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;

export function cancelReverseFit(store: AppStore): void {
  fitClient().cancelChannel('fit');
  store.getState().setFit({ progress: null });
}

/** The forward fit's path from the current 1-D start (exact and cheap: on the main thread). */
function updateForwardPath(store: AppStore): void {
  const state = store.getState();
  const { p } = state;
  if (!isFit1(p) || fitTarget1Of(p).forwardInfinite) return state.setFit({ forward1: null });
  const start = start1Of(state, p);
  if (pathIsFrom(state.fit.forward1, start)) return;
  state.setFit({ forward1: { start, path: [...forwardFit1Path(p, start).path] } });
}

function runLandscape(store: AppStore, p: Continuous1Spec): void {
  void fitClient()
    .request('fitLandscape', { p, n: 60 }, { channel: 'fitLandscape' })
    .then((o) => {
      if (o.status === 'done') store.getState().setFit({ landscape: o.result });
    });
}

/**
 * While the fit view is shown: at once and on every new P, refit and (1-D) recompute the landscape;
 * a new P that did not come with its own start (the separation slider, an edit) drops the old
 * start, which belonged to the old P. A moved start stops the animation. And it advances the
 * animation frame while `playing`. Returns the unsubscriber.
 */
export function startFitBridge(store: AppStore): () => void {
  const offP = store.subscribe(
    (s) => [s.p, s.fitStart] as const,
    ([p, fitStart], previous) => {
      const first = previous === undefined || previous[0] === p;
      if (!first && previous[1] === fitStart && fitStart !== null)
        store.getState().applyScenario({ fitStart: null });
      store.getState().setFit({
        landscape: null,
        forward1: null,
        reverse1: null,
        reverse2: null,
        playing: false,
        frame: 0,
      });
      updateForwardPath(store);
      runReverseFit(store);
      if (isFit1(p)) runLandscape(store, p);
    },
    { equalityFn: (a, b) => a[0] === b[0], fireImmediately: true },
  );
  const offStart = store.subscribe(
    (s) => s.fitStart,
    () => {
      store.getState().setFit({ playing: false, frame: 0 });
      updateForwardPath(store);
    },
  );
  let timer: ReturnType<typeof setInterval> | null = null;
  const stop = () => {
    if (timer !== null) clearInterval(timer);
    timer = null;
  };
  const offPlay = store.subscribe(
    (s) => [s.fit.playing, s.fit.speed] as const,
    ([playing, speed]) => {
      stop();
      if (!playing) return;
      timer = setInterval(() => {
        const { fit, setFit } = store.getState();
        if (fit.frame >= playLength(store.getState()) - 1) setFit({ playing: false });
        else setFit({ frame: fit.frame + 1 });
      }, STEP_MS / speed);
    },
    { equalityFn: (a, b) => a[0] === b[0] && a[1] === b[1], fireImmediately: true },
  );
  return () => {
    offP();
    offStart();
    offPlay();
    stop();
    fitClient().cancelChannel('fit');
    fitClient().cancelChannel('fitLandscape');
  };
}

/** Frames the shared Play runs through: the longer of the reverse path and the forward one. */
export function playLength(s: AppState): number {
  return Math.max(s.fit.reverse1?.path.length ?? 1, s.fit.forward1?.path.length ?? 1);
}
