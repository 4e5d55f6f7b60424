import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { distillation, distillationGradientScale } from '../distillation';
import { expectClose } from './helpers';

const teacher = [
  [0.5, 1, -1],
  [2, 0, 1],
];
const student = [
  [1, 2, 3],
  [0, 1, 2],
];

describe('distillation', () => {
  // scripts/references/ml_kldivloss.py, "url example" (T = 2, B = 2).
  it('loss and gradients match the mpmath reference', () => {
    const r = distillation(teacher, student, 2);
    expectClose(r.klBatchmean.value, 0.2548544870263311);
    expectClose(r.loss.value, 1.0194179481053245);
    const g = [
      [-0.176469381343835, -0.15863968154802763, 0.3351090628918626],
      [-0.32015666782980645, 0.12087216249265081, 0.19928450533715564],
    ];
    const gu = [
      [-0.04411734533595875, -0.03965992038700691, 0.08377726572296565],
      [-0.08003916695745161, 0.030218040623162704, 0.04982112633428891],
    ];
    r.gradient.forEach((row, i) => row.forEach((v, j) => expectClose(v, g[i]![j]!, 1e-12)));
    r.gradientUnscaled.forEach((row, i) =>
      row.forEach((v, j) => expectClose(v, gu[i]![j]!, 1e-12)),
    );
  });

  it('3×4 batch at T = 0.5 matches the mpmath reference', () => {
    const r = distillation(
      [
        [1.5, 0.2, -0.7, 0.1],
        [0, 2, -2, 1],
        [2, 2, -1, 0.5],
      ],
      [
        [0.3, -1.2, 2.0, 0.0],
        [1, 1, 1, 1],
        [-3, 0.5, 0.25, 4],
      ],
      0.5,
    );
    expectClose(r.loss.value, 1.1272662115562788);
    expectClose(r.klBatchmean.value, 4.509064846225115);
    expectClose(r.gradientUnscaled[2]![3]!, 0.6495178575383858, 1e-12);
  });

  it('property (seed 5): the analytic gradient matches a central finite difference', () => {
    const arb = fc.integer({ min: 2, max: 5 }).chain((cols) => {
      const row = fc.array(fc.double({ min: -4, max: 4, noNaN: true }), {
        minLength: cols,
        maxLength: cols,
      });
      return fc.tuple(
        fc.array(row, { minLength: 1, maxLength: 3 }),
        fc.array(row, { minLength: 3, maxLength: 3 }),
        fc.double({ min: 0.5, max: 8, noNaN: true }),
      );
    });
    fc.assert(
      fc.property(arb, ([t, sAll, T]) => {
        const s = sAll.slice(0, t.length);
        const r = distillation(t, s, T);
        const h = 1e-5;
        s.forEach((row, i) =>
          row.forEach((_, j) => {
            const shifted = (d: number) =>
              s.map((rr, ii) => rr.map((v, jj) => (ii === i && jj === j ? v + d : v)));
            const up = distillation(t, shifted(h), T);
            const down = distillation(t, shifted(-h), T);
            // Central difference error is O(h²·f''') ≈ 1e-10 here; rounding adds ε·f/h ≈ 1e-11.
            const fd = (up.loss.value - down.loss.value) / (2 * h);
            const fdU = (up.klBatchmean.value - down.klBatchmean.value) / (2 * h);
            expect(Math.abs(fd - r.gradient[i]![j]!)).toBeLessThan(1e-7 * (1 + T * T));
            expect(Math.abs(fdU - r.gradientUnscaled[i]![j]!)).toBeLessThan(1e-7);
          }),
        );
      }),
      { seed: 5, numRuns: 60 },
    );
  });

  it('as T grows the T²-scaled gradient keeps its scale and the unscaled one falls like 1/T²', () => {
    // For large T, q − p ≈ (s − t − mean(s − t))/(C·T), so ‖T(q − p)‖ → const and ‖(q − p)/T‖ ∝ 1/T².
    const [a, b] = distillationGradientScale(teacher, student, [100, 200]);
    expectClose(b!.gradientNorm / a!.gradientNorm, 1, 1e-3);
    expectClose(b!.gradientNormUnscaled / a!.gradientNormUnscaled, 0.25, 1e-3);
    expectClose(a!.gradientNormUnscaled * 100 * 100, a!.gradientNorm, 1e-12);
  });

  it('edge cases: a student mask under teacher mass gives +∞ loss; bad inputs throw', () => {
    const r = distillation([[0, 0]], [[0, -Infinity]], 1);
    expect(r.loss.value).toBe(Infinity);
    expect(r.loss.reason).toEqual({ code: 'support-mismatch', zeroIn: 'Q', outcome: 1 });
    expect(r.gradient[0]).toEqual([0.5, -0.5]); // T(q − p)/B = [1 − ½, 0 − ½]
    expect(() => distillation([[0, 0]], [[0, 0]], 0)).toThrow(RangeError);
    expect(() => distillation([[0, 0]], [], 1)).toThrow(RangeError);
    expect(() => distillation([[-Infinity, -Infinity]], [[0, 0]], 1)).toThrow(RangeError);
  });
});
