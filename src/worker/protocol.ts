import type { RenyiPoint } from '../core/divergences/renyiCurve';
import type { PairAnalysis } from '../core/analysis';
import type { Continuous1Spec, Distribution } from '../core/distributions/types';
import type { FitLandscapeResult, FitReverseParams, FitReverseResult } from './fitHandlers';
import type { CalibrationStudy } from '../core/ml/calibration';
import type { MonteCarloChunk, MonteCarloChunkRequest } from '../core/montecarlo/chunk';
import type { K3VarianceStatus } from '../core/montecarlo/k3Variance';
import type { CsvSamples } from '../core/samples/csv';
import type { ImportReading, ImportResult } from '../core/import/parsePair';
import type { QuadraturePrecision } from '../core/divergences/continuous2';
import type {
  SamplesEstimateParams,
  SamplesEstimateResult,
  SamplesMleParams,
  SamplesMleResult,
} from './samplesHandlers';

/**
 * The worker's commands: each names its parameters and its result, and the message unions below are
 * derived from this one table, so a request's result type follows from its `type`.
 * To add a command: add it here and add its handler in handlers.ts (the type check insists).
 */
export interface Commands {
  analyse: {
    /** `precision` (default fine): a drag's coarse first pass, see analysePair. */
    params: {
      readonly p: Distribution;
      readonly q: Distribution;
      readonly precision?: QuadraturePrecision;
      /** The Rényi order α (default 0.5). */
      readonly order?: number;
    };
    result: PairAnalysis;
  };
  /**
   * D_α(P‖Q) at each of `orders` (the f-divergence panel's curve), one order per chunk with a
   * checkpoint between them, so a newer pair cancels it. `points` is empty if P and Q cannot be compared.
   */
  renyiCurve: {
    params: {
      readonly p: Distribution;
      readonly q: Distribution;
      readonly orders: readonly number[];
    };
    result: { readonly points: readonly RenyiPoint[] };
  };
  /** Issue 5: reverse fit (the path from a start, and seeded restarts); see fitHandlers.ts. */
  fitReverse: { params: FitReverseParams; result: FitReverseResult };
  fitLandscape: {
    params: { readonly p: Continuous1Spec; readonly n: number };
    result: FitLandscapeResult;
  };
  /** The ML lab's temperature-scaling study of a seeded synthetic validation set (~100 ms per 1000). */
  calibrationStudy: {
    params: { readonly seed: number; readonly size: number };
    result: CalibrationStudy;
  };
  /**
   * Whether k3's variance is finite in each direction of the Monte Carlo lab's pair (x ~ P, then
   * x ~ Q): a few milliseconds of tail readings for a non-Gaussian pair, so not on the main thread.
   */
  k3Variance: {
    params: { readonly p: Distribution; readonly q: Distribution };
    result: { readonly pq: K3VarianceStatus; readonly qp: K3VarianceStatus };
  };
  /** One chunk of a Monte Carlo run (the pool in pool.ts hands chunks out and folds them). */
  monteCarloChunk: {
    params: MonteCarloChunkRequest;
    result: TimedMonteCarloChunk;
  };
  /** Issue 16, the samples lab: maximum-likelihood fits on growing prefixes; see samplesHandlers.ts. */
  samplesMle: { params: SamplesMleParams; result: SamplesMleResult };
  /** kNN and histogram estimates of KL(P‖Q) from two sample sets. */
  samplesEstimate: { params: SamplesEstimateParams; result: SamplesEstimateResult };
  /** A sample file's CSV text, read in slices with progress. */
  samplesParseCsv: { params: { readonly text: string }; result: CsvSamples };
  /** The explorer's import: two vectors from pasted text or a data file, read in slices with progress. */
  importPair: {
    params: { readonly text: string; readonly reading: ImportReading };
    result: ImportResult;
  };
}

/**
 * A chunk with the time the worker spent computing it, measured there so that main-thread delays
 * (a chart redraw holding up the answer) do not count: the pool sizes its queues from it.
 */
export type TimedMonteCarloChunk = MonteCarloChunk & { readonly computeMs: number };

export type CommandName = keyof Commands;
export type ParamsOf<K extends CommandName> = Commands[K]['params'];
export type ResultOf<K extends CommandName> = Commands[K]['result'];

export type CommandRequest = {
  [K in CommandName]: { readonly type: K; readonly id: number; readonly params: ParamsOf<K> };
}[CommandName];

/** Main thread → worker. */
export type WorkerRequest = CommandRequest | { readonly type: 'cancel'; readonly id: number };

/** Worker → main thread. */
export type WorkerResponse =
  | {
      [K in CommandName]: {
        readonly type: 'result';
        readonly command: K;
        readonly id: number;
        readonly result: ResultOf<K>;
      };
    }[CommandName]
  | {
      readonly type: 'progress';
      readonly id: number;
      readonly done: number;
      readonly total: number;
    }
  | { readonly type: 'cancelled'; readonly id: number }
  | { readonly type: 'failed'; readonly id: number; readonly message: string };
