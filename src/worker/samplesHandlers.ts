import type { Continuous1Spec, Continuous2Spec, Distribution } from '../core/distributions/types';
import { isContinuous1, isContinuous2 } from '../core/distributions/types';
import {
  CsvSamplesReader,
  KnnKlEstimator,
  SAMPLE_STREAM,
  drawSamples1,
  drawSamples2,
  exactPair1,
  exactPair2,
  forwardOptimum1,
  forwardOptimum2,
  histogramKl,
  knnBatchCount,
  knnBatchInterval,
  knnKl,
  mleFit1,
  mleFit2,
  mlePoint1,
  mlePoint2,
  sampleBlocks,
  sampleCount,
  sharedHistogram,
  traceSizes,
  type CsvSamples,
  type MleFitPoint,
  type SampleSet,
} from '../core/samples';
import type { JobContext } from './job';

/** Points of P sent back for the scatter chart (2-D): enough to see the shape, cheap to draw. */
const SCATTER_POINTS = 1500;
/** Bins of the samples' histogram under the fitted density (1-D). */
const PLOT_BINS = 60;
/** Points scanned between two checkpoints of the kNN estimator. */
const KNN_CHUNK = 20_000;

export interface SamplesMleParams {
  readonly p: Distribution;
  readonly n: number;
  readonly seed: number;
  /** 1: a Gaussian (closed form); 2 … 4: a mixture by EM (1-D only). */
  readonly components: number;
  readonly restarts: number;
}

export type SamplesMleResult =
  | {
      readonly ok: true;
      readonly dimension: 1;
      /** The fitted Q: a normal (components = 1) or a mixture. */
      readonly q: Continuous1Spec;
      readonly final: MleFitPoint;
      /** KL(P‖Q̂_n) at n = 10, 20, 50, … (each fit on the first n samples). */
      readonly trace: MleFitPoint[];
      /** The forward-KL optimum over Gaussians and its KL (moment matching), the MLE's limit. */
      readonly forwardKl: number;
      readonly histogram: {
        readonly lo: number;
        readonly width: number;
        readonly counts: Float64Array;
      };
    }
  | {
      readonly ok: true;
      readonly dimension: 2;
      /** N2 (the closed-form MLE) or, for k > 1 components, a 2-D mixture fitted by EM. */
      readonly q: Continuous2Spec;
      readonly final: MleFitPoint;
      readonly trace: MleFitPoint[];
      readonly forwardKl: number;
      /** The first points of the sample, interleaved. */
      readonly scatter: Float64Array;
    }
  | { readonly ok: false; readonly reason: string };

/** Draws n samples of P, fits Q by maximum likelihood on growing prefixes, and compares each exactly. */
export async function samplesMleHandler(
  params: SamplesMleParams,
  context: JobContext,
): Promise<SamplesMleResult> {
  const { p, n, seed } = params;
  const sizes = traceSizes(n);
  try {
    const components = Math.min(params.components, 4);
    const checkpoint = () => context.checkpoint();
    const tooFew = {
      ok: false as const,
      reason: `n = ${n} is too few samples to fit ${components} components`,
    };
    if (isContinuous1(p)) {
      const xs = drawSamples1(p, seed, SAMPLE_STREAM.p, n);
      // A mixture needs a few points per component (2 parameters each); below that the trace starts later.
      const fitted = await fitTrace(
        sizes,
        5 * components,
        context,
        (size) => mleFit1(xs, size, components, seed, params.restarts, checkpoint),
        (q, size) => mlePoint1(p, q, xs, size),
      );
      if (fitted === null) return tooFew;
      return {
        ok: true,
        dimension: 1,
        ...fitted,
        forwardKl: forwardOptimum1(p).kl,
        histogram: histogram1(xs, PLOT_BINS),
      };
    }
    if (isContinuous2(p)) {
      const xy = drawSamples2(p, seed, SAMPLE_STREAM.p, n);
      // 5 parameters per component in 2-D.
      const fitted = await fitTrace(
        sizes,
        10 * components,
        context,
        (size) => mleFit2(xy, size, components, seed, params.restarts, checkpoint),
        (q, size) => mlePoint2(p, q, xy, size),
      );
      if (fitted === null) return tooFew;
      return {
        ok: true,
        dimension: 2,
        ...fitted,
        forwardKl: forwardOptimum2(p).kl,
        scatter: xy.slice(0, 2 * Math.min(n, SCATTER_POINTS)),
      };
    }
    return {
      ok: false,
      reason: 'the samples lab needs a continuous P (N, N2 or a mixture of them)',
    };
  } catch (e) {
    if (e instanceof RangeError) return { ok: false, reason: e.message };
    throw e;
  }
}

/**
 * Fits Q on each prefix of the samples in `sizes` (from `minSize` on) and compares each fit with P
 * exactly; null when no prefix is large enough. The last fit is the lab's Q̂.
 */
async function fitTrace<Q>(
  sizes: readonly number[],
  minSize: number,
  context: JobContext,
  fit: (size: number) => Promise<Q>,
  point: (q: Q, size: number) => MleFitPoint,
): Promise<{ q: Q; final: MleFitPoint; trace: MleFitPoint[] } | null> {
  const trace: MleFitPoint[] = [];
  let q: Q | null = null;
  for (const [i, size] of sizes.entries()) {
    await context.checkpoint();
    if (size < minSize) continue;
    q = await fit(size);
    trace.push(point(q, size));
    context.progress(i + 1, sizes.length);
  }
  return q === null ? null : { q, final: trace[trace.length - 1]!, trace };
}

function histogram1(xs: Float64Array, bins: number) {
  let lo = Infinity;
  let hi = -Infinity;
  for (const x of xs) {
    if (x < lo) lo = x;
    if (x > hi) hi = x;
  }
  const width = hi > lo ? (hi - lo) / bins : 1;
  const counts = new Float64Array(bins);
  for (const x of xs) counts[Math.min(bins - 1, Math.floor((x - lo) / width))]!++;
  return { lo, width, counts };
}

/** Where a sample set comes from: drawn from a spec with the lab's seed, or a person's file. */
export type SampleSource =
  | { readonly kind: 'draw'; readonly spec: Distribution; readonly stream: number }
  | { readonly kind: 'data'; readonly set: SampleSet };

export interface SamplesEstimateParams {
  readonly p: SampleSource;
  readonly q: SampleSource;
  /** Samples drawn for each 'draw' source. */
  readonly n: number;
  readonly seed: number;
  readonly k: number;
  readonly bins: number;
}

export type KnnResult =
  | {
      readonly ok: true;
      readonly value: number;
      readonly lo: number;
      readonly hi: number;
      readonly k: number;
    }
  | { readonly ok: false; readonly reason: string; readonly k: number };

export type HistResult =
  | { readonly finite: true; readonly value: number; readonly lo: number; readonly hi: number }
  | { readonly finite: false; readonly value: number; readonly emptyQBins: number };

export type SamplesEstimateResult =
  | {
      readonly ok: true;
      readonly dimension: 1 | 2;
      readonly n: number;
      readonly m: number;
      readonly bins: number;
      readonly knn: KnnResult;
      readonly hist: HistResult;
      /** KL(P‖Q) from the core when both sets are drawn from known distributions, else null. */
      readonly exact: number | null;
    }
  | { readonly ok: false; readonly reason: string };

function resolve(source: SampleSource, n: number, seed: number): SampleSet | string {
  if (source.kind === 'data') return source.set;
  const d = source.spec;
  if (isContinuous1(d)) return { dimension: 1, values: drawSamples1(d, seed, source.stream, n) };
  if (isContinuous2(d)) return { dimension: 2, values: drawSamples2(d, seed, source.stream, n) };
  return 'the estimators need continuous samples (N, N2, a mixture, or a file)';
}

/**
 * Both estimators of KL(P‖Q) from two sample sets: kNN (points in chunks, then the batch-means
 * blocks, a checkpoint between each) and the histogram plug-in.
 */
export async function samplesEstimateHandler(
  params: SamplesEstimateParams,
  context: JobContext,
): Promise<SamplesEstimateResult> {
  const p = resolve(params.p, params.n, params.seed);
  const q = resolve(params.q, params.n, params.seed);
  if (typeof p === 'string') return { ok: false, reason: p };
  if (typeof q === 'string') return { ok: false, reason: q };
  if (p.dimension !== q.dimension)
    return {
      ok: false,
      reason: `P's samples are ${p.dimension}-D and Q's ${q.dimension}-D: both must be on the same space`,
    };
  const n = sampleCount(p);
  const m = sampleCount(q);
  const { k, seed } = params;
  const blocks = knnBatchCount(n, m, k);
  const total = n + blocks * Math.floor(n / Math.max(1, blocks));
  const est = new KnnKlEstimator(p, q, k);
  while (est.done < n) {
    await context.checkpoint();
    context.progress(est.runPoints(KNN_CHUNK), total);
  }
  const full = est.result();
  let knn: KnnResult;
  if (!full.ok) knn = { ok: false, reason: full.reason, k };
  else if (blocks < 2)
    knn = { ok: false, reason: `an interval needs at least ${40 * (k + 1)} points of each`, k };
  else {
    const bp = sampleBlocks(p, blocks, seed, 0);
    const bq = sampleBlocks(q, blocks, seed, 1);
    const values: number[] = [];
    let failed: string | null = null;
    for (let b = 0; b < blocks && failed === null; b++) {
      await context.checkpoint();
      const r = knnKl(bp[b]!, bq[b]!, k);
      if (r.ok) values.push(r.value);
      else failed = r.reason;
      context.progress(n + (b + 1) * Math.floor(n / blocks), total);
    }
    const iv = failed === null ? knnBatchInterval(full.value, values) : null;
    knn = iv
      ? { ok: true, value: full.value, lo: iv.lo, hi: iv.hi, k }
      : { ok: false, reason: failed ?? 'no interval', k };
  }
  const h = histogramKl(sharedHistogram(p, q, params.bins));
  const hist: HistResult = h.finite
    ? { finite: true, value: h.value, lo: h.lo, hi: h.hi }
    : { finite: false, value: Infinity, emptyQBins: h.emptyQBins.length };
  return {
    ok: true,
    dimension: p.dimension,
    n,
    m,
    bins: params.bins,
    knn,
    hist,
    exact: exactOf(params.p, params.q),
  };
}

function exactOf(p: SampleSource, q: SampleSource): number | null {
  if (p.kind !== 'draw' || q.kind !== 'draw') return null;
  if (isContinuous1(p.spec) && isContinuous1(q.spec)) return exactPair1(p.spec, q.spec).kl;
  if (isContinuous2(p.spec) && isContinuous2(q.spec)) return exactPair2(p.spec, q.spec).kl;
  return null;
}

/** Reads a CSV file's text in slices of 50,000 lines, with progress and a checkpoint between them. */
export async function samplesParseCsvHandler(
  params: { readonly text: string },
  context: JobContext,
): Promise<CsvSamples> {
  const reader = new CsvSamplesReader(params.text);
  while (!reader.step(50_000)) {
    const { done, total } = reader.progress;
    context.progress(done, total);
    await context.checkpoint();
  }
  return reader.result();
}
