import { normal2 } from '../src/core/distributions/make';
import { drawSamples2 } from '../src/core/samples/draw';
import { knnKl } from '../src/core/samples/knnKl';
import { bench } from './harness';

// The same sizes and distribution as `python3 scripts/references/knn_kl.py --bench` (SciPy cKDTree):
// 10⁵ vs 10⁵ standard 2-D normals, k = 3. Building both k-d trees is part of each timed run.
const n = 100_000;
const p = { dimension: 2 as const, values: drawSamples2(normal2(0, 0, 1, 1, 0), 1, 0, n) };
const q = { dimension: 2 as const, values: drawSamples2(normal2(0, 0, 1, 1, 0), 1, 1, n) };
const p1 = { dimension: 1 as const, values: p.values.filter((_, i) => i % 2 === 0) };
const q1 = { dimension: 1 as const, values: q.values.filter((_, i) => i % 2 === 0) };

bench(
  'samples',
  'kNN KL estimate, 10⁵ vs 10⁵ points in 2-D, k = 3 (trees included)',
  () => {
    const r = knnKl(p, q, 3);
    return r.ok ? r.value : 0;
  },
  { budgetMs: 1000, sampleMs: 1 },
);
bench(
  'samples',
  'kNN KL estimate, 10⁵ vs 10⁵ values in 1-D, k = 3 (sorting included)',
  () => {
    const r = knnKl(p1, q1, 3);
    return r.ok ? r.value : 0;
  },
  { budgetMs: 1000, sampleMs: 1 },
);
