import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectClose } from '../../test/tolerance';
import { bernoulliDistribution, categoricalDistribution } from '../distributions/discrete';
import { discreteMeasures } from './discrete';

const bern = (p: number) => bernoulliDistribution({ family: 'bernoulli', p });
const cat = (...weights: number[]) => categoricalDistribution({ family: 'categorical', weights });

// Closed forms must match to 1e-12 relative, or 1e-15 absolute near zero.
const REL = 1e-12;
const ABS = 1e-15;

describe('Bernoulli measures against 40-digit references', () => {
  // From scripts/references/bernoulli.py (mpmath, mp.dps = 40), inputs taken as the exact doubles.
  // Columns: p, q, KL(P‖Q), KL(Q‖P), JS, H(P,Q), H(P), H(Q).
  const I = Infinity;
  const TABLE: [number, number, number, number, number, number, number, number][] = [
    [0, 0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0],
    [
      0,
      1e-12,
      1.0000000000004999799e-12,
      I,
      3.4657359028009764774e-13,
      1.0000000000004999799e-12,
      0.0,
      2.8631021115928047652e-11,
    ],
    [
      0,
      0.5,
      0.69314718055994530942,
      I,
      0.21576155433883569558,
      0.69314718055994530942,
      0.0,
      0.69314718055994530942,
    ],
    [
      0,
      1 - 1e-12,
      27.631043237893358571,
      I,
      0.69314718054563010448,
      27.631043237893358571,
      0.0,
      2.8630409869967563236e-11,
    ],
    [0, 1, I, I, 0.69314718055994530942, I, 0.0, 0.0],
    [
      1e-12,
      0,
      I,
      1.0000000000004999799e-12,
      3.4657359028009764774e-13,
      I,
      2.8631021115928047652e-11,
      0.0,
    ],
    [
      1e-12, 1e-12, 0.0, 0.0, 0.0, 2.8631021115928047652e-11, 2.8631021115928047652e-11,
      2.8631021115928047652e-11,
    ],
    [
      1e-12, 0.5, 0.6931471805313142883, 13.122363377404828805, 0.21576155432506949117,
      0.69314718055994530942, 2.8631021115928047652e-11, 0.69314718055994530942,
    ],
    [
      1e-12,
      1 - 1e-12,
      27.631043237837096507,
      27.631021115872287409,
      0.69314718053131459392,
      27.631043237865727528,
      2.8631021115928047652e-11,
      2.8630409869967563236e-11,
    ],
    [1e-12, 1, I, 27.631021115928548228, 0.69314718054562979886, I, 2.8631021115928047652e-11, 0.0],
    [0.5, 0, I, 0.69314718055994530942, 0.21576155433883569558, I, 0.69314718055994530942, 0.0],
    [
      0.5, 1e-12, 13.122363377404828805, 0.6931471805313142883, 0.21576155432506949117,
      13.815510557964774114, 0.69314718055994530942, 2.8631021115928047652e-11,
    ],
    [
      0.5, 0.5, 0.0, 0.0, 0.0, 0.69314718055994530942, 0.69314718055994530942,
      0.69314718055994530942,
    ],
    [
      0.5,
      1 - 1e-12,
      13.122374438387233965,
      0.69314718053131489955,
      0.21576155432506978464,
      13.815521618947179275,
      0.69314718055994530942,
      2.8630409869967563236e-11,
    ],
    [0.5, 1, I, 0.69314718055994530942, 0.21576155433883569558, I, 0.69314718055994530942, 0.0],
    [
      1 - 1e-12,
      0,
      I,
      27.631043237893358571,
      0.69314718054563010448,
      I,
      2.8630409869967563236e-11,
      0.0,
    ],
    [
      1 - 1e-12,
      1e-12,
      27.631021115872287409,
      27.631043237837096507,
      0.69314718053131459392,
      27.631021115900917818,
      2.8630409869967563236e-11,
      2.8631021115928047652e-11,
    ],
    [
      1 - 1e-12,
      0.5,
      0.69314718053131489955,
      13.122374438387233965,
      0.21576155432506978464,
      0.69314718055994530942,
      2.8630409869967563236e-11,
      0.69314718055994530942,
    ],
    [
      1 - 1e-12,
      1 - 1e-12,
      0.0,
      0.0,
      0.0,
      2.8630409869967563236e-11,
      2.8630409869967563236e-11,
      2.8630409869967563236e-11,
    ],
    [
      1 - 1e-12,
      1,
      I,
      9.9997787828037847384e-13,
      3.4656592347613197081e-13,
      I,
      2.8630409869967563236e-11,
      0.0,
    ],
    [1, 0, I, I, 0.69314718055994530942, I, 0.0, 0.0],
    [
      1,
      1e-12,
      27.631021115928548228,
      I,
      0.69314718054562979886,
      27.631021115928548228,
      0.0,
      2.8631021115928047652e-11,
    ],
    [
      1,
      0.5,
      0.69314718055994530942,
      I,
      0.21576155433883569558,
      0.69314718055994530942,
      0.0,
      0.69314718055994530942,
    ],
    [
      1,
      1 - 1e-12,
      9.9997787828037847384e-13,
      I,
      3.4656592347613197081e-13,
      9.9997787828037847384e-13,
      0.0,
      2.8630409869967563236e-11,
    ],
    [1, 1, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0],
  ];

  it.each(TABLE)('Bern(%s) against Bern(%s)', (p, q, klPQ, klQP, js, ce, hP, hQ) => {
    const m = discreteMeasures(bern(p), bern(q));
    expectClose(m.klPQ.value, klPQ, REL, ABS);
    expectClose(m.klQP.value, klQP, REL, ABS);
    expectClose(m.js.value, js, REL, ABS);
    expectClose(m.cePQ.value, ce, REL, ABS);
    expectClose(m.hP.value, hP, REL, ABS);
    expectClose(m.hQ.value, hQ, REL, ABS);
    expectClose(m.symKl.value, klPQ + klQP, REL, ABS);
  });

  it('explains an infinite KL by the distribution with the zero and the outcome', () => {
    const m = discreteMeasures(bern(0.5), bern(0));
    expect(m.klPQ.value).toBe(Infinity);
    expect(m.klPQ.reason).toEqual({ code: 'support-mismatch', zeroIn: 'Q', outcome: 1 });
    expect(m.cePQ.reason).toMatchObject({ zeroIn: 'Q' });
    expect(m.klQP.reason).toBeUndefined();
    const r = discreteMeasures(bern(0), bern(0.5));
    expect(r.klQP.reason).toEqual({ code: 'support-mismatch', zeroIn: 'P', outcome: 1 });
  });
});

describe('accuracy where P ≈ Q', () => {
  it('keeps relative accuracy for a tiny difference (where textbook terms cancel)', () => {
    // KL(Bern(p)‖Bern(q)) = (p−q)²/(2p(1−p)) + O((p−q)³). With p = ½, q = ½ + δ:
    // KL(P‖Q) = −½ln(1 − 4δ²) = 2δ² + 4δ⁴ + O(δ⁶). With u = 2δ,
    // KL(Q‖P) = ½[(1+u)ln(1+u) + (1−u)ln(1−u)] = ½Σ u^{2k}/(k(2k−1)) = 2δ² + (4/3)δ⁴ + O(δ⁶).
    // δ = 2^−20 is exact, and the O(δ⁶) terms are 1e-24 of the total.
    const delta = 2 ** -20;
    const m = discreteMeasures(bern(0.5), bern(0.5 + delta));
    expectClose(m.klPQ.value, 2 * delta ** 2 + 4 * delta ** 4, 1e-13);
    expectClose(m.klQP.value, 2 * delta ** 2 + (4 / 3) * delta ** 4, 1e-13);
  });
});

describe('categorical by hand', () => {
  it('Cat(1,2,1) against Cat(1,1,2): every measure', () => {
    // P = (¼, ½, ¼), Q = (¼, ¼, ½): KL(P‖Q) = ½ln2 + ¼ln½ = ¼ln2, and by symmetry KL(Q‖P) = ¼ln2.
    // H(P) = H(Q) = 1.5·ln2. M = (¼, ⅜, ⅜):
    // JS = ½[½ln(4/3) + ¼ln(2/3)] + ½[¼ln(2/3) + ½ln(4/3)] = ½ln(4/3) + ¼ln(2/3).
    const m = discreteMeasures(cat(1, 2, 1), cat(1, 1, 2));
    expectClose(m.klPQ.value, 0.25 * Math.LN2, 1e-14);
    expectClose(m.klQP.value, 0.25 * Math.LN2, 1e-14);
    expectClose(m.hP.value, 1.5 * Math.LN2, 1e-14);
    expectClose(m.cePQ.value, 1.75 * Math.LN2, 1e-14);
    expectClose(m.js.value, 0.5 * Math.log(4 / 3) + 0.25 * Math.log(2 / 3), 1e-14);
  });

  it('a zero in P is fine forward and infinite in reverse', () => {
    // P = (0, ½, ½), Q = (⅓, ⅓, ⅓): KL(P‖Q) = ln(3/2); KL(Q‖P) = ∞ because P(0) = 0.
    const m = discreteMeasures(cat(0, 1, 1), cat(1, 1, 1));
    expectClose(m.klPQ.value, Math.log(1.5), 1e-14);
    expect(m.klQP.value).toBe(Infinity);
    expect(m.klQP.reason).toEqual({ code: 'support-mismatch', zeroIn: 'P', outcome: 0 });
  });
});

describe('properties (seed 20261121)', () => {
  const weights = (k: number) =>
    fc
      .array(fc.double({ min: 0, max: 100, noNaN: true }), { minLength: k, maxLength: k })
      .filter((w) => w.some((x) => x > 0));
  const pair = fc.integer({ min: 2, max: 12 }).chain((k) => fc.tuple(weights(k), weights(k)));

  it('KL ≥ 0, KL(P‖P) = 0, H(P,Q) = H(P) + KL(P‖Q), 0 ≤ JS ≤ ln 2, never NaN', () => {
    fc.assert(
      fc.property(pair, ([wp, wq]) => {
        const p = cat(...wp);
        const q = cat(...wq);
        const m = discreteMeasures(p, q);
        for (const v of Object.values(m)) expect(Number.isNaN(v.value)).toBe(false);
        expect(m.klPQ.value).toBeGreaterThanOrEqual(0);
        expect(m.klQP.value).toBeGreaterThanOrEqual(0);
        expect(m.js.value).toBeGreaterThanOrEqual(0);
        expect(m.js.value).toBeLessThanOrEqual(Math.LN2);
        if (Number.isFinite(m.klPQ.value))
          expectClose(m.cePQ.value, m.hP.value + m.klPQ.value, 1e-12, 1e-15);
        else expect(m.cePQ.value).toBe(Infinity);
        expect(discreteMeasures(p, p).klPQ.value).toBe(0);
      }),
      { seed: 20261121, numRuns: 500 },
    );
  });
});
