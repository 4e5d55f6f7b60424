import type { ComponentType } from 'react';
import type { ViewId } from '../../state/views';
import { ExploreView } from '../explore/ExploreView';
import { FitView } from '../fit/FitView';
import { CalibrationView } from '../ml/CalibrationView';
import { DistillView } from '../ml/DistillView';
import { RlView } from '../ml/RlView';
import { TorchView } from '../ml/TorchView';
import { VaeView } from '../ml/VaeView';
import { MonteCarloView } from '../montecarlo/MonteCarloView';

export interface ViewEntry {
  /** The tab's label. */
  readonly label: string;
  readonly component: ComponentType;
}

/** One entry per view id; the mapped type makes a missing view a type error. */
export const VIEWS: { readonly [K in ViewId]: ViewEntry } = {
  explore: { label: 'Explore', component: ExploreView },
  fit: { label: 'Fit', component: FitView }, // issue 5
  // ML recipes lab (issue 8)
  torch: { label: 'KLDivLoss', component: TorchView },
  distill: { label: 'Distillation', component: DistillView },
  vae: { label: 'VAE', component: VaeView },
  rl: { label: 'Trust region', component: RlView },
  calibration: { label: 'Calibration', component: CalibrationView },
  mc: { label: 'Monte Carlo', component: MonteCarloView },
};
