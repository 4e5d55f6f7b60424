import type { Distribution } from '../../core/distributions/types';
import { SAMPLE_STREAM } from '../../core/samples/draw';
import type { ComputeClient } from '../../worker/client';
import type { SampleSource } from '../../worker/samplesHandlers';
import { computeClient } from '../computeWorker';
import { dataFileRefusal } from '../dataFiles';
import type { SamplesUpload } from '../slices/samples';
import type { AppState, AppStore } from '../store';
import { clampSamplesN } from './samplesScenario';

/** EM restarts per fit (seeded: the same link gives the same fit). */
export const SAMPLES_EM_RESTARTS = 4;

let mleClient: ComputeClient | null = null;
let estimateClient: ComputeClient | null = null;

/**
 * The lab's two workers, created on first use: a refit (n, P, components) and a re-estimate
 * (k, bins, Q, files) never queue behind each other. Channels supersede within each.
 */
const clients = () => {
  mleClient ??= computeClient('the samples lab (fits)');
  estimateClient ??= computeClient('the samples lab (estimators)');
  return { mle: mleClient, estimate: estimateClient };
};

const source = (upload: SamplesUpload | null, spec: Distribution, stream: number): SampleSource =>
  upload ? { kind: 'data', set: upload.set } : { kind: 'draw', spec, stream };

const mleInputs = (s: AppState) => [s.p, s.n, s.seed, s.components] as const;
const estimateInputs = (s: AppState) =>
  [s.p, s.q, s.n, s.seed, s.knnK, s.bins, s.samples.uploads] as const;
const sameInputs = (a: readonly unknown[], b: readonly unknown[]) =>
  a.length === b.length && a.every((v, i) => Object.is(v, b[i]));

/**
 * While the samples view is shown: refit on every change of P, n, seed or components, and
 * re-estimate on every change of the estimators' inputs, at most once per animation frame each (a
 * dragged slider supersedes the request in flight). Keeps `data=local` in the scenario true to
 * whether a file is in use. Returns the unsubscriber.
 */
export function startSamplesBridge(
  store: AppStore,
  frame: (callback: () => void) => void = (cb) => requestAnimationFrame(cb),
): () => void {
  let mleQueued = false;
  let estimateQueued = false;
  let stopped = false;
  const first = store.getState();
  if (first.sampleData === 'local' && !first.samples.uploads.p && !first.samples.uploads.q)
    first.pushMessage({
      level: 'info',
      topic: 'samples-data',
      text: 'This link was made with sample files from its author’s computer, which links never carry: the samples below are drawn from P and Q instead. Upload the files to use them.',
    });

  const runMle = () => {
    mleQueued = false;
    if (stopped) return;
    const s = store.getState();
    const n = clampSamplesN(s.n);
    s.setSamples({ mleState: 'running', mleProgress: 0 });
    void clients()
      .mle.request(
        'samplesMle',
        { p: s.p, n, seed: s.seed, components: s.components, restarts: SAMPLES_EM_RESTARTS },
        {
          channel: 'samplesMle',
          onProgress: (done, total) => store.getState().setSamples({ mleProgress: done / total }),
        },
      )
      .then((o) => {
        if (o.status === 'superseded' || stopped) return;
        if (o.status === 'done')
          store.getState().setSamples({ mle: o.result, mleState: o.result.ok ? 'done' : 'failed' });
        else store.getState().setSamples({ mleState: 'failed' });
      });
  };

  const runEstimate = () => {
    estimateQueued = false;
    if (stopped) return;
    const s = store.getState();
    const { p: up, q: uq } = s.samples.uploads;
    const local = up !== null || uq !== null ? 'local' : 'drawn';
    if (s.sampleData !== local && (local === 'local' || s.sampleData === 'local'))
      s.applyScenario({ sampleData: local });
    s.setSamples({ estimateState: 'running', estimateProgress: 0 });
    void clients()
      .estimate.request(
        'samplesEstimate',
        {
          p: source(up, s.p, SAMPLE_STREAM.p),
          q: source(uq, s.q, SAMPLE_STREAM.q),
          n: clampSamplesN(s.n),
          seed: s.seed,
          k: s.knnK,
          bins: s.bins,
        },
        {
          channel: 'samplesEstimate',
          onProgress: (done, total) =>
            store.getState().setSamples({ estimateProgress: done / total }),
        },
      )
      .then((o) => {
        if (o.status === 'superseded' || stopped) return;
        if (o.status === 'done')
          store.getState().setSamples({
            estimate: o.result,
            estimateState: o.result.ok ? 'done' : 'failed',
          });
        else store.getState().setSamples({ estimateState: 'failed' });
      });
  };

  const offMle = store.subscribe(
    mleInputs,
    () => {
      if (mleQueued) return;
      mleQueued = true;
      frame(runMle);
    },
    { equalityFn: sameInputs, fireImmediately: true },
  );
  const offEstimate = store.subscribe(
    estimateInputs,
    () => {
      if (estimateQueued) return;
      estimateQueued = true;
      frame(runEstimate);
    },
    { equalityFn: sameInputs, fireImmediately: true },
  );
  return () => {
    stopped = true;
    offMle();
    offEstimate();
    clients().mle.cancelChannel('samplesMle');
    clients().estimate.cancelChannel('samplesEstimate');
  };
}

/**
 * Reads a file of samples in the estimators' worker (with progress) and, if it can be used, makes
 * it the sample set for P or Q. A refused file changes nothing and says why; skipped rows are named.
 */
export async function uploadSamples(store: AppStore, which: 'p' | 'q', file: File): Promise<void> {
  const { setSamples } = store.getState();
  const refused = dataFileRefusal(file);
  if (refused) {
    setSamples({ fileNote: { which, refused: true, text: refused } });
    return;
  }
  setSamples({ reading: { which, progress: 0 }, fileNote: null });
  const text = await file.text();
  const o = await clients().estimate.request(
    'samplesParseCsv',
    { text },
    {
      channel: `samplesCsv-${which}`,
      onProgress: (done, total) =>
        store.getState().setSamples({ reading: { which, progress: done / total } }),
    },
  );
  const s = store.getState();
  if (o.status === 'superseded') return;
  if (o.status !== 'done') {
    s.setSamples({
      reading: null,
      fileNote: { which, refused: true, text: `${file.name} could not be read.` },
    });
    return;
  }
  const r = o.result;
  if (!r.ok) {
    s.setSamples({
      reading: null,
      fileNote: { which, refused: true, text: `${file.name} was not used: it ${r.reason}.` },
    });
    return;
  }
  const upload: SamplesUpload = {
    name: file.name,
    set: { dimension: r.dimension, values: r.values },
    rows: r.rows,
    badRows: r.badRows,
    badCount: r.badCount,
  };
  const skipped =
    r.badCount === 0
      ? null
      : `${r.badCount} row${r.badCount === 1 ? '' : 's'} of ${file.name} skipped: ${r.badRows
          .slice(0, 5)
          .map((b) => `line ${b.line} ${b.reason}`)
          .join('; ')}${r.badCount > 5 ? '; …' : ''}.`;
  s.setSamples({
    reading: null,
    uploads: { ...s.samples.uploads, [which]: upload },
    fileNote: skipped ? { which, refused: false, text: skipped } : null,
  });
}

/** Goes back to drawing the set from its distribution. */
export function clearUpload(store: AppStore, which: 'p' | 'q'): void {
  const s = store.getState();
  s.setSamples({ uploads: { ...s.samples.uploads, [which]: null }, fileNote: null });
}
