import type { PairAnalysis } from '../core/analysis';
import type { QuadraturePrecision } from '../core/divergences/continuous2';
import { smoothDistribution } from '../core/divergences/smoothing';
import { MEASURE_KEYS } from '../core/divergences/types';
import type { ComputeClient } from '../worker/client';
import type { AppStore } from './store';

/**
 * How long the pointer rests, mid-drag, before a coarse answer is refined (a drag sends a new
 * position every frame, 16 ms; a pause longer than a few frames is a person reading the numbers).
 */
export const REFINE_AT_REST_MS = 150;

/** True when some measure of the analysis is a coarse first pass (a 2-D pair during a drag). */
export const isCoarseAnalysis = (a: PairAnalysis): boolean =>
  a.ok && MEASURE_KEYS.some((k) => a.measures[k].coarse === true);

/**
 * Sends (P, Q) to the worker whenever they change, and stores the answer. The changes of one task
 * (an edit that sets P and Q, a URL restored) are one request, sent in a microtask. Not in the next
 * animation frame: a drag's moves already arrive in one (useFrameCoalesced), so that put every
 * request a frame behind its input (bench:ui, handle drags: p50 33 → 16 ms). Requests cannot pile
 * up (next paragraph). Answers land in the order their requests left: one that arrives after a
 * newer answer was stored is dropped, so a stale answer never replaces a newer one.
 *
 * The explorer's client has at most one request in flight: a position that arrives meanwhile
 * waits, and only the latest waiting one is sent when the answer comes back (and that answer is
 * shown, although the pointer has moved on). Superseding instead (cancelling the request in flight)
 * starved a drag whose answers take about as long as a frame: an analysis has no checkpoint, so the
 * worker computed each superseded position anyway, and every answer arrived just after the next
 * request had made it stale (bench:ui, 2-D mixture: 12 answers in a row computed and dropped).
 *
 * While a person drags (the store's `interacting`) requests ask for the coarse first pass (issue 13:
 * a 2-D mixture answers every position within the frame); a coarse answer is refined when the
 * pointer rests for {@link REFINE_AT_REST_MS} or the drag ends, so the readouts' data-value may
 * change twice, and the displayed ± says which (MeasureReadouts).
 *
 * A refinement runs on `refiner` (started on first use), not on `client`: a 2-D mixture's fine pass
 * is one quadrature of 100–300 ms without a checkpoint, so on the explorer's worker the first
 * position of a drag resumed after a rest waited for it. Any newer request abandons it (its worker
 * is terminated and replaced), so the coarse answers never queue behind a refinement.
 */
export function installComputeBridge(
  store: AppStore,
  client: ComputeClient,
  schedule: (callback: () => void) => void = (cb) => queueMicrotask(cb),
  later: (callback: () => void, ms: number) => () => void = (cb, ms) => {
    const t = setTimeout(cb, ms);
    return () => clearTimeout(t);
  },
  refiner: () => ComputeClient = () => client,
): () => void {
  let scheduled = false;
  let disposed = false;
  let cancelRefine: (() => void) | null = null;
  /** The precision of the answer on screen or on its way: a coarse one is owed a refinement. */
  let owedRefinement = false;
  /** The refinement's client while one is in flight. */
  let refining: ComputeClient | null = null;
  /** Requests are numbered as they leave; `shown` is the number of the answer in the store. */
  let sent = 0;
  let shown = 0;
  /** The request the explorer's client is computing (0: none), and a position waiting for it. */
  let clientBusyWith = 0;
  let waiting: QuadraturePrecision | null = null;
  const send = (precision: QuadraturePrecision, refinement = false) => {
    cancelRefine?.();
    cancelRefine = null;
    refining?.abandon();
    refining = null;
    if (disposed) return;
    store.getState().setComputing(true);
    owedRefinement = precision === 'coarse';
    const via = refinement ? refiner() : client;
    // The refinement is of the state now, so it answers a waiting position too.
    if (refinement) waiting = null;
    else if (clientBusyWith) {
      waiting = precision;
      return;
    }
    const { p, q: rawQ, eps, alpha, order } = store.getState();
    // Smoothing (issue 4) applies to Q only; the smoothed Q is what is analysed.
    const q = smoothDistribution(rawQ, { eps, alpha });
    const number = ++sent;
    if (refinement) refining = via;
    if (via === client) clientBusyWith = number;
    void via
      .request('analyse', { p, q, precision, order }, { channel: 'analysis' })
      .then((outcome) => {
        if (disposed) return;
        if (refining === via) refining = null;
        if (outcome.status === 'done' && number > shown) {
          shown = number;
          store.getState().setAnalysis(outcome.result);
          owedRefinement = isCoarseAnalysis(outcome.result);
          if (owedRefinement)
            cancelRefine = later(() => {
              cancelRefine = null;
              send('fine', true);
            }, REFINE_AT_REST_MS);
        } else if (outcome.status === 'failed') {
          store.getState().setComputing(false);
          store.getState().pushMessage({
            level: 'error',
            topic: 'compute',
            text: `The computation failed: ${outcome.message}`,
          });
        }
        if (clientBusyWith !== number) return;
        clientBusyWith = 0;
        if (waiting) {
          const next = waiting;
          waiting = null;
          send(next);
        }
      });
  };
  const request = () => {
    if (scheduled) return;
    scheduled = true;
    schedule(() => {
      scheduled = false;
      send(store.getState().interacting ? 'coarse' : 'fine');
    });
  };
  const unsubscribe = store.subscribe(
    (s) => [s.p, s.q, s.eps, s.alpha, s.order] as const,
    request,
    {
      equalityFn: (a, b) => a.every((x, i) => x === b[i]),
    },
  );
  // Released: the refined answer now, unless a new position is about to be sent anyway.
  const unsubscribeRelease = store.subscribe(
    (s) => s.interacting,
    (interacting) => {
      if (!interacting && owedRefinement && !scheduled) send('fine', true);
    },
  );
  request();
  return () => {
    disposed = true;
    cancelRefine?.();
    refining?.abandon();
    unsubscribe();
    unsubscribeRelease();
  };
}
