import { lazy } from 'react';

// Each view is its own chunk, fetched when it is first opened: the first screen loads only its own
// view, and its numbers appear before any other view's code (or Plotly, or KaTeX) is fetched.
export const ExploreView = lazy(() =>
  import('../explore/ExploreView').then((m) => ({ default: m.ExploreView })),
);
export const FitView = lazy(() => import('../fit/FitView').then((m) => ({ default: m.FitView })));
export const LessonsGallery = lazy(() =>
  import('../lessons/LessonsGallery').then((m) => ({ default: m.LessonsGallery })),
);
export const CalibrationView = lazy(() =>
  import('../ml/CalibrationView').then((m) => ({ default: m.CalibrationView })),
);
export const DistillView = lazy(() =>
  import('../ml/DistillView').then((m) => ({ default: m.DistillView })),
);
export const RlView = lazy(() => import('../ml/RlView').then((m) => ({ default: m.RlView })));
export const TorchView = lazy(() =>
  import('../ml/TorchView').then((m) => ({ default: m.TorchView })),
);
export const VaeView = lazy(() => import('../ml/VaeView').then((m) => ({ default: m.VaeView })));
export const MonteCarloView = lazy(() =>
  import('../montecarlo/MonteCarloView').then((m) => ({ default: m.MonteCarloView })),
);
export const SamplesView = lazy(() =>
  import('../samples/SamplesView').then((m) => ({ default: m.SamplesView })),
);
