import { analysePair } from '../core/analysis';
import { renyiDivergence, type RenyiPoint } from '../core/divergences/renyiCurve';
import { PairTextReader, type ImportResult } from '../core/import/parsePair';
import { calibrationStudy, syntheticCalibrationSet } from '../core/ml/calibration';
import { runMonteCarloChunk } from '../core/montecarlo/chunk';
import { k3VarianceStatus } from '../core/montecarlo/k3Variance';
import { fitLandscapeHandler, fitReverseHandler } from './fitHandlers';
import type { JobContext } from './job';
import {
  samplesEstimateHandler,
  samplesMleHandler,
  samplesParseCsvHandler,
} from './samplesHandlers';
import type { CommandName, ParamsOf, ResultOf } from './protocol';

type Handlers = {
  [K in CommandName]: (
    params: ParamsOf<K>,
    context: JobContext,
  ) => ResultOf<K> | Promise<ResultOf<K>>;
};

/** One handler per command. Each is a thin call into the core: no maths lives here. */
export const handlers: Handlers = {
  analyse: ({ p, q, precision, order }) => analysePair(p, q, precision, order),
  renyiCurve: async ({ p, q, orders }, context) => {
    const points: RenyiPoint[] = [];
    for (const [i, order] of orders.entries()) {
      const value = renyiDivergence(p, q, order);
      if (!value) return { points: [] };
      points.push({ order, value });
      context.progress(i + 1, orders.length);
      await context.checkpoint();
    }
    return { points };
  },
  fitReverse: fitReverseHandler,
  fitLandscape: fitLandscapeHandler,
  calibrationStudy: ({ seed, size }) => calibrationStudy(syntheticCalibrationSet({ seed, size })),
  k3Variance: ({ p, q }) => ({ pq: k3VarianceStatus(p, q), qp: k3VarianceStatus(q, p) }),
  monteCarloChunk: (request) => {
    const start = performance.now();
    const chunk = runMonteCarloChunk(request);
    return { ...chunk, computeMs: performance.now() - start };
  },
  samplesMle: samplesMleHandler,
  samplesEstimate: samplesEstimateHandler,
  samplesParseCsv: samplesParseCsvHandler,
  importPair: importPairHandler,
};

/** Reads an import's text in slices of 20,000 lines, with progress and a checkpoint between them. */
async function importPairHandler(
  { text, reading }: ParamsOf<'importPair'>,
  context: JobContext,
): Promise<ImportResult> {
  const reader = new PairTextReader(text);
  while (!reader.step(20_000)) {
    const { done, total } = reader.progress;
    context.progress(done, total);
    await context.checkpoint();
  }
  return reader.result(reading);
}
