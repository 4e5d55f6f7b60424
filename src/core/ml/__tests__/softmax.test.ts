import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { logSoftmax, softmax, softmaxBatch } from '../softmax';
import { expectClose } from './helpers';

describe('softmax with temperature', () => {
  // Hand derivations: softmax([0, ln 3]) = [1, 3]/4; dividing [0, 2 ln 3] by T = 2 gives the same.
  it.each([
    { z: [0, Math.log(3)], T: 1, p: [0.25, 0.75] },
    { z: [0, 2 * Math.log(3)], T: 2, p: [0.25, 0.75] },
    { z: [0, 0, 0, 0], T: 0.3, p: [0.25, 0.25, 0.25, 0.25] },
    // 1000/0.01 = 1e5 would overflow exp() without the max shift.
    // log p₃ = (990 − 1000)/0.01 − ln 2 = −1000 − ln 2; p₃ = e^−1000·½ underflows to 0.
    {
      z: [1000, 1000, 990],
      T: 0.01,
      p: [0.5, 0.5, 0],
      lp: [-Math.LN2, -Math.LN2, -1000 - Math.LN2],
    },
    // softmax([ln 2, ln 1, ln 1]) = [2, 1, 1]/4
    { z: [Math.LN2, 0, 0], T: 1, p: [0.5, 0.25, 0.25] },
  ])(
    'softmax($z / $T)',
    ({ z, T, p, lp }: { z: number[]; T: number; p: number[]; lp?: number[] }) => {
      const r = softmax(z, T);
      expect(r.valid).toBe(true);
      r.probs.forEach((x, k) => expectClose(x, p[k]!, 1e-15, 1e-300));
      r.logProbs.forEach((x, k) => expectClose(x, lp ? lp[k]! : Math.log(p[k]!), 1e-15, 1e-15));
    },
  );

  it('a masked logit (−∞) has probability 0 and log-probability −∞', () => {
    const r = softmax([0, -Infinity, 0], 2);
    expect(r.valid).toBe(true);
    expect(r.probs[1]).toBe(0);
    expect(r.logProbs[1]).toBe(-Infinity);
    expectClose(r.probs[0]!, 0.5);
    expectClose(r.logProbs[2]!, -Math.LN2);
  });

  it('an all-masked row is reported invalid, without NaN', () => {
    const r = softmax([-Infinity, -Infinity]);
    expect(r).toMatchObject({ valid: false, reason: 'all-masked' });
    expect(r.probs).toEqual([0, 0]);
    expect(r.logProbs).toEqual([-Infinity, -Infinity]);
  });

  it.each([[NaN], [Infinity]])('a logit of %s makes the row invalid', (bad) => {
    const r = softmax([0, bad]);
    expect(r).toMatchObject({ valid: false, reason: 'non-finite-logit' });
    expect(r.probs.some(Number.isNaN)).toBe(false);
  });

  it.each([0, -1, NaN, Infinity])('throws for T = %s', (T) => {
    expect(() => softmax([0, 1], T)).toThrow(RangeError);
  });

  it('logSoftmax and softmaxBatch agree with softmax', () => {
    expect(logSoftmax([1, 2], 3)).toEqual(softmax([1, 2], 3).logProbs);
    expect(softmaxBatch([[1, 2], [3]], 3).map((r) => r.probs)).toEqual([
      softmax([1, 2], 3).probs,
      [1],
    ]);
  });

  it('property (seed 42): probabilities sum to 1, never NaN, and log-probs ≤ 0', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.constant(-Infinity)),
          {
            minLength: 1,
            maxLength: 10,
          },
        ),
        fc.double({ min: 1e-3, max: 1e3, noNaN: true }),
        (z, T) => {
          const r = softmax(z, T);
          expect(r.probs.some(Number.isNaN) || r.logProbs.some(Number.isNaN)).toBe(false);
          if (r.valid) {
            expectClose(
              r.probs.reduce((a, b) => a + b, 0),
              1,
              1e-14,
              0,
            );
            expect(r.logProbs.every((x) => x <= 0)).toBe(true);
          }
        },
      ),
      { seed: 42, numRuns: 300 },
    );
  });
});
