/** The Monte Carlo lab's public API: what a worker pool calls. */
export {
  runMonteCarloChunk,
  monteCarloChunkPlan,
  foldMonteCarloChunks,
  monteCarloTrace,
  type MonteCarloChunk,
  type MonteCarloChunkRequest,
  type MonteCarloCheckpoint,
  type MonteCarloDirection,
  type MonteCarloTracePoint,
} from './chunk';
export { traceCheckpointsBetween } from './checkpoints';
export {
  mergeMonteCarlo,
  emptyMonteCarloState,
  type MonteCarloState,
  type EstimatorMoments,
} from './moments';
export {
  summariseMonteCarlo,
  Z_95,
  type MonteCarloSummary,
  type EstimatorSummary,
  type MonteCarloInfiniteReason,
} from './summary';
export { k1FromLogRatio, k2FromLogRatio, k3FromLogRatio } from './estimators';
