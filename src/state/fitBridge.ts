import type { Continuous1Spec, Continuous2Spec, Distribution } from '../core/distributions/types';
import { fitMixture1, forwardFit2, mixture1Summary, type Gaussian1 } from '../core/fit';
import { fitClient } from './fitClient';
import type { AppStore } from './store';

/** Seed and restarts of every reverse fit the view runs (deterministic results, shareable). */
export const FIT_SEED = 1;
export const FIT_RESTARTS = 12;
/** Animation: one path step per 400 ms at speed 1. */
const STEP_MS = 400;

export const isFit1 = (d: Distribution): d is Continuous1Spec =>
  d.family === 'mixture' || d.family === 'normal';
export const isFit2 = (d: Distribution): d is Continuous2Spec =>
  d.family === 'mixture2' || d.family === 'normal2';

/** Where the animated path starts before the person moves it: 30 % across P's range, σ = 0.6 sd(P). */
export function defaultStart1(p: Continuous1Spec): Gaussian1 {
  const s = mixture1Summary(fitMixture1(p));
  return { mu: s.lo + 0.3 * (s.hi - s.lo), sigma: 0.6 * Math.sqrt(s.variance) };
}

/** Starts the reverse fit for the store's P (superseding any running one); `start1` moves the 1-D start. */
export function runReverseFit(store: AppStore, start1?: Gaussian1): void {
  const { p, setFit, fit } = store.getState();
  const onProgress = (done: number, total: number) => setFit({ progress: done / total });
  if (isFit1(p)) {
    const start = start1 ?? fit.start1 ?? defaultStart1(p);
    setFit({ start1: start, reverse1: null, progress: 0, playing: false, frame: 0 });
    void fitClient()
      .request(
        'fitReverse',
        { dimension: 1, p, seed: FIT_SEED, restarts: FIT_RESTARTS, start },
        { channel: 'fit', onProgress },
      )
      .then((o) => {
        if (o.status === 'superseded') return;
        if (o.status === 'done' && o.result.dimension === 1)
          setFit({ reverse1: o.result, frame: 0, playing: true, progress: null });
        else setFit({ progress: null });
      });
  } else if (isFit2(p)) {
    const start = fit.start2 ?? forwardFit2(p);
    setFit({ start2: start, reverse2: null, progress: 0 });
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

export function cancelReverseFit(store: AppStore): void {
  fitClient().cancelChannel('fit');
  store.getState().setFit({ progress: null });
}

function runLandscape(store: AppStore, p: Continuous1Spec): void {
  void fitClient()
    .request('fitLandscape', { p, n: 60 }, { channel: 'fitLandscape' })
    .then((o) => {
      if (o.status === 'done') store.getState().setFit({ landscape: o.result });
    });
}

/**
 * While the fit view is shown: on every new P (and at once), reset the start and refit, and (1-D)
 * recompute the landscape; and advance the animation frame while `playing`. Returns the unsubscriber.
 */
export function startFitBridge(store: AppStore): () => void {
  const offP = store.subscribe(
    (s) => s.p,
    (p) => {
      store.getState().setFit({
        start1: null,
        start2: null,
        landscape: null,
        reverse1: null,
        reverse2: null,
      });
      runReverseFit(store);
      if (isFit1(p)) runLandscape(store, p);
    },
    { fireImmediately: true },
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
        const last = (fit.reverse1?.path.length ?? 1) - 1;
        if (fit.frame >= last) setFit({ playing: false });
        else setFit({ frame: fit.frame + 1 });
      }, STEP_MS / speed);
    },
    { equalityFn: (a, b) => a[0] === b[0] && a[1] === b[1], fireImmediately: true },
  );
  return () => {
    offP();
    offPlay();
    stop();
    fitClient().cancelChannel('fit');
    fitClient().cancelChannel('fitLandscape');
  };
}
