import { calibrationStudy, syntheticCalibrationSet } from '../src/core/ml/calibration';
import { distillationGradientScale } from '../src/core/ml/distillation';
import { klDivLab } from '../src/core/ml/klDivLab';
import { trustRegionMaxStep } from '../src/core/ml/trustRegion';
import { vaeKl } from '../src/core/ml/vae';
import { bench } from './harness';

// The largest lab the UI allows: 8 rows × 10 classes.
const rows = (offset: number) =>
  Array.from({ length: 8 }, (_, i) =>
    Array.from({ length: 10 }, (_, j) => Math.sin(i * 10 + j + offset) * 3),
  );
const student = rows(0);
const teacher = rows(1.7);
const temps = Array.from({ length: 50 }, (_, i) => 0.5 + i * 0.2);
const set1000 = syntheticCalibrationSet({ seed: 1, size: 1000, classes: 10 });

bench(
  'ml',
  'KLDivLoss lab, 8×10 batch (all reductions + pitfalls)',
  () => klDivLab({ student, teacher, temperature: 2 }),
  {
    budgetMs: 1,
  },
);
bench(
  'ml',
  'distillation gradient scan, 8×10 batch × 50 temperatures',
  () => distillationGradientScale(teacher, student, temps),
  {
    budgetMs: 5,
  },
);
bench(
  'ml',
  'VAE KL, 10 dimensions',
  () =>
    vaeKl(
      [0.1, 0.5, 1, 0, 2, 0.01, -1, 0.3, 0, 0.7],
      [1, 0.8, 0.5, 1, 1.2, 0.99, 0.3, 1, 1.01, 0.6],
    ),
  {
    budgetMs: 0.05,
  },
);
bench(
  'ml',
  'trust region: largest η by bisection, 10 actions',
  () => trustRegionMaxStep(student[0]!, teacher[0]!, 0.01),
  {
    budgetMs: 2,
  },
);
bench(
  'ml',
  'calibration study, 1000 samples × 10 classes (fit + diagrams + 61-point curve)',
  () => calibrationStudy(set1000),
  {
    budgetMs: 150,
  },
);
