/** The samples lab's core (issue 16): sampling, maximum likelihood, and KL estimated from data. */
export { drawSamples1, drawSamples2, SAMPLE_STREAM } from './draw';
export { gaussianMle1, gaussianMle2, averageLogLikelihood1, averageLogLikelihood2 } from './mle';
export {
  emMixture1,
  emMixture1Run,
  mixtureFitSpec,
  averageMixtureLogLik,
  type MixtureFit1,
} from './em1';
export {
  KnnKlEstimator,
  knnKl,
  knnBatchCount,
  knnBatchInterval,
  sampleBlocks,
  sampleCount,
  type KnnKlValue,
  type SampleSet,
} from './knnKl';
export {
  sharedHistogram,
  histogramKl,
  type SharedHistogram,
  type HistogramKlValue,
} from './histogramKl';
export {
  CsvSamplesReader,
  parseSamplesCsv,
  CSV_MAX_ROWS,
  type CsvSamples,
  type CsvBadRow,
} from './csv';
export { exactPair1, exactPair2 } from './exact';
export { traceSizes } from './trace';
export {
  mleFit1,
  mleFit2,
  mlePoint1,
  mlePoint2,
  forwardOptimum1,
  forwardOptimum2,
  type MleFitPoint,
} from './mleStudy';
