import { it } from 'vitest';
import {
  binomialIntegerDistribution as B,
  integerMeasures,
  poissonIntegerDistribution as P,
} from './integerSums';
it('scratch', () => {
  const t0 = performance.now();
  console.log(integerMeasures(B({ n: 100, p: 0.03 }), P({ lambda: 3 })));
  console.log(
    integerMeasures(P({ lambda: 1e4 }), B({ n: 10000, p: 0.5 })).klQP,
    integerMeasures(P({ lambda: 1e-9 }), P({ lambda: 2 })),
  );
  console.log(integerMeasures(B({ n: 10000, p: 0.5 }), B({ n: 10000, p: 0.5 })).js);
  console.log(performance.now() - t0);
});
