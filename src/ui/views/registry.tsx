import type { ComponentType } from 'react';
import type { ViewId } from '../../state/views';
import {
  CalibrationView,
  DistillView,
  ExploreView,
  FitView,
  LessonsGallery,
  MonteCarloView,
  RlView,
  SamplesView,
  TorchView,
  VaeView,
} from './lazyViews';

export interface ViewEntry {
  /** The tab's label. */
  readonly label: string;
  readonly component: ComponentType;
  /** Views that share a group get one top-level tab, and a second row of tabs when it is open. */
  readonly group?: string;
  /** Why the view shows nats whatever the nats/bits switch says, if it does. */
  readonly natsOnly?: string;
}

const PYTORCH_NATS = "PyTorch's losses use the natural log, so the ML recipes are in nats.";

/** One entry per view id; the mapped type makes a missing view a type error. */
export const VIEWS: { readonly [K in ViewId]: ViewEntry } = {
  explore: { label: 'Explore', component: ExploreView },
  fit: { label: 'Fit', component: FitView }, // issue 5
  // ML recipes lab (issue 8)
  torch: { label: 'KLDivLoss', component: TorchView, group: 'ML recipes', natsOnly: PYTORCH_NATS },
  distill: {
    label: 'Distillation',
    component: DistillView,
    group: 'ML recipes',
    natsOnly: PYTORCH_NATS,
  },
  vae: { label: 'VAE', component: VaeView, group: 'ML recipes', natsOnly: PYTORCH_NATS },
  rl: { label: 'Trust region', component: RlView, group: 'ML recipes', natsOnly: PYTORCH_NATS },
  calibration: {
    label: 'Calibration',
    component: CalibrationView,
    group: 'ML recipes',
    natsOnly: PYTORCH_NATS,
  },
  mc: { label: 'Monte Carlo', component: MonteCarloView },
  samples: {
    label: 'Samples',
    component: SamplesView,
    natsOnly: 'Log-likelihoods and the estimators are in nats (natural log).',
  }, // issue 16
  lessons: { label: 'Lessons', component: LessonsGallery }, // issue 7
};
