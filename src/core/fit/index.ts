export * from './types';
export { forwardFit1, forwardFit2 } from './forward';
export { gaussian2FromNormal2, normal2FromGaussian2 } from './gaussian2';
export { fitMixture1, mixture1Summary } from './mixture1';
export { Reverse1Objective } from './reverse1Objective';
export { reverseFit1, reverseFit1Run, reverseFitStarts1, distinctMinima1 } from './reverse1';
export {
  reverseFit2,
  reverseFit2Run,
  reverseFitStarts2,
  distinctMinima2,
  Reverse2Objective,
  pScale2,
} from './reverse2';
export { landscape1Grid, landscape1Rows, forwardKl1 } from './landscape';
export { mixture1Entropy } from './mixture1';
export { SEPARATION_THRESHOLDS } from './separation';
export { Forward1Objective, forwardFit1Path } from './forwardPath';
export { newtonRun1, type Objective1 } from './reverse1';
export { defaultStart1, roundStep, snapToStep, startRanges1, type SliderRange } from './start1';
export { defaultStart2 } from './start2';
export { fitTarget1, type FitTarget1, type FitInfinity1 } from './target1';
export { GenericReverse1Objective } from './reverse1Generic';
