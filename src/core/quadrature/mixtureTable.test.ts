import { describe, expect, it } from 'vitest';
import type { Continuous2Spec } from '../distributions/types';
import {
  mixtureLogDensity2Row,
  mixtureLogDensity2Rows,
  mixtureTable2,
  mixtureTable2AtY,
} from './mixtureTable';
import { normal2 as n2 } from '../distributions/make';

describe('mixtureLogDensity2Rows', () => {
  // The batch form must reproduce the scalar one bit for bit, on both of its paths: the table exp
  // (every term within ±700) and logsumexp (a narrow component far away, an underflowing row).
  const specs: [string, Continuous2Spec][] = [
    ['single N2', n2(0.5, -1, 1.3, 0.4, 0.9)],
    [
      'mixture of four (the 2-D bench case: table exp near the modes)',
      {
        family: 'mixture2',
        components: [
          { weight: 0.2, component: n2(-2, 0, 1, 0.5, 0.5) },
          { weight: 0.3, component: n2(2, 1, 0.7, 1, -0.3) },
          { weight: 0.3, component: n2(0, -2, 1.5, 1, 0.9) },
          { weight: 0.2, component: n2(3, 3, 0.5, 0.5, 0) },
        ],
      },
    ],
    [
      'mixture with a σ = 1e-3 component',
      {
        family: 'mixture2',
        components: [
          { weight: 0.3, component: n2(-1, 0, 1e-3, 0.5, 0.2) },
          { weight: 0.7, component: n2(2, 1, 1, 2, -0.6) },
          { weight: 0.2, component: n2(3, 3, 0.5, 0.5, 0.999) },
        ],
      },
    ],
    [
      'mixture with a zero weight (its terms are −∞: logsumexp everywhere)',
      {
        family: 'mixture2',
        components: [
          { weight: 0.4, component: n2(0, 0, 1, 1, 0) },
          { weight: 0, component: n2(1, 1, 1, 1, 0) },
        ],
      },
    ],
  ];
  it.each(specs)('matches mixtureLogDensity2Row exactly: %s', (_, spec) => {
    const t = mixtureTable2(spec);
    const xs = new Float64Array(15);
    const logs = new Float64Array(15);
    const dens = new Float64Array(15);
    for (const y of [-40, -3, 0, 0.7, 1, 2.5, 30]) {
      mixtureTable2AtY(t, y);
      for (const [a, b] of [
        [-50, 50],
        [-1.01, -0.99],
        [-3, 4],
        [1e3, 1e3 + 1],
      ] as const) {
        for (let i = 0; i < 15; i++) xs[i] = a + ((b - a) * i) / 14;
        mixtureLogDensity2Rows(t, xs, 15, logs, dens);
        for (let i = 0; i < 15; i++) {
          const lp = mixtureLogDensity2Row(t, xs[i]!);
          expect(Object.is(logs[i], lp), `log p at (${xs[i]}, ${y})`).toBe(true);
          expect(Object.is(dens[i], t.density[0]), `p at (${xs[i]}, ${y})`).toBe(true);
        }
      }
    }
  });
});
