import fc from 'fast-check';
import { describe, it } from 'vitest';
import type { Continuous1Spec } from '../../distributions/types';
import { forwardFit1 } from '../forward';
import { forwardKl1 } from '../landscape';
import { mixture1Entropy } from '../mixture1';
import { fitMixture1, mixture1Summary } from '../mixture1';
import { Reverse1Objective } from '../reverse1Objective';

// fast-check's doubles are biased towards the range ends, 0 and subnormals, so 40 runs cover
// components stacked at μ ≈ 0 (P symmetric about Q's centre: E[g] = 0 exactly), σ at both ends of
// the range and Q far outside P (|μ| = 60, σ = 1e-3 or 30).
const comp = fc.record({
  weight: fc.double({ min: 0.01, max: 10, noNaN: true }),
  mu: fc.double({ min: -20, max: 20, noNaN: true }),
  sigma: fc.double({ min: 1e-3, max: 10, noNaN: true }),
});

describe('the fit core never returns NaN', () => {
  it('objective (default tolerance), entropy, forward fit and forward KL are finite on random mixtures and Q (seed 42, 40 runs)', () => {
    fc.assert(
      fc.property(
        fc.array(comp, { minLength: 1, maxLength: 4 }),
        fc.double({ min: -60, max: 60, noNaN: true }),
        fc.double({ min: 1e-3, max: 30, noNaN: true }),
        (cs, mu, sigma) => {
          const p: Continuous1Spec = {
            family: 'mixture',
            components: cs.map((c) => ({
              weight: c.weight,
              component: { family: 'normal', mu: c.mu, sigma: c.sigma },
            })),
          };
          const t = fitMixture1(p);
          const v = new Reverse1Objective(t).evaluate(mu, sigma);
          const f = forwardFit1(p);
          const s = mixture1Summary(t);
          const fk = forwardKl1(mixture1Entropy(t), s.mean, s.variance, mu, sigma);
          return [v.kl, ...v.grad, ...v.hess, f.mu, f.sigma, fk].every(Number.isFinite);
        },
      ),
      { seed: 42, numRuns: 40 },
    );
  });
});
