import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { klDivLab } from '../klDivLab';
import { expectClose, num } from './helpers';

// Expected values: scripts/references/ml_kldivloss.py, "url example" (mpmath, PyTorch's formula).
describe('klDivLab: the URL example ?student=1,2,3;0,1,2&teacher=0.5,1,-1;2,0,1&T=2', () => {
  const lab = klDivLab({
    student: [
      [1, 2, 3],
      [0, 1, 2],
    ],
    teacher: [
      [0.5, 1, -1],
      [2, 0, 1],
    ],
    temperature: 2,
  });

  it('readouts: sum, mean, batchmean, distill loss, probs-as-input', () => {
    expectClose(num(lab.torch.sum.value), 0.5097089740526622);
    expectClose(num(lab.torch.mean.value), 0.08495149567544372);
    expectClose(num(lab.torch.batchmean.value), 0.2548544870263311);
    expectClose(num(lab.torchLogTarget.batchmean.value), 0.2548544870263311);
    expectClose(num(lab.distillLoss.value), 1.0194179481053245);
    expectClose(num(lab.pitfalls.probsAsInput.value), -1.32543767140733);
  });

  it('true KL per row, and batchmean equals their mean', () => {
    expectClose(lab.klPQ.rows[0]!.value, 0.24998838746918123);
    expectClose(lab.klPQ.rows[1]!.value, 0.259720586583481);
    expectClose(lab.klPQ.mean!.value, 0.2548544870263311);
    expectClose(lab.klQP.mean!.value, 0.25865348368290003);
  });

  it('pitfalls: swapped = mean KL(Q‖P); mean = batchmean / C; target ×2 = 2·KL + 2 ln 2', () => {
    expectClose(num(lab.pitfalls.swapped.value), 0.25865348368290003);
    expectClose(num(lab.pitfalls.meanInsteadOfBatchmean.value), 0.2548544870263311 / 3);
    // Hand: Σ c·p(log(c·p) − log q) = c·KL + c·log c·Σp, so batchmean = c·meanKL + c·ln c.
    expectClose(num(lab.pitfalls.unnormalizedTarget.value), 1.896003335172553);
    expectClose(num(lab.pitfalls.unnormalizedTarget.value), 2 * 0.2548544870263311 + 2 * Math.LN2);
    expect(lab.invalidRows).toEqual([]);
  });
});

describe('klDivLab: masked logits (−∞)', () => {
  // P = softmax([0, −∞, 0]) = [½, 0, ½], Q = softmax([0, −∞, ln 3]) = [¼, 0, ¾]:
  // KL(P‖Q) = ½ ln 2 + ½ ln(2/3) = ½ ln(4/3). PyTorch: the middle element is xlogy(0,0) − 0·(−∞) = NaN.
  it('masked in both: PyTorch NaN, our KL finite', () => {
    const lab = klDivLab({
      student: [[0, -Infinity, Math.log(3)]],
      teacher: [[0, -Infinity, 0]],
      temperature: 1,
    });
    expect(lab.torch.none[0]![1]).toEqual({ value: 'NaN', nanReason: 'zero-target-neg-inf-input' });
    expect(lab.torch.batchmean.value).toBe('NaN');
    expect(lab.torchLogTarget.batchmean).toEqual({ value: 'NaN', nanReason: 'neg-inf-log-target' });
    expect(lab.distillLoss.value).toBe('NaN');
    expectClose(lab.klPQ.mean!.value, 0.5 * Math.log(4 / 3));
  });

  it('masked in the student only: PyTorch +∞, our KL +∞ with the offending class', () => {
    const lab = klDivLab({ student: [[0, -Infinity, 0]], teacher: [[0, 1, 0]], temperature: 1 });
    expect(lab.torch.batchmean.value).toBe(Infinity);
    expect(lab.klPQ.mean).toEqual({
      value: Infinity,
      error: 0,
      method: 'closed-form',
      reason: { code: 'support-mismatch', zeroIn: 'Q', outcome: 1 },
    });
  });

  it('masked in the teacher only: 0 with log_target=False, NaN with log_target=True', () => {
    // P = [½, 0, ½], Q = [⅓, ⅓, ⅓]: KL = ln(3/2).
    const lab = klDivLab({ student: [[0, 0, 0]], teacher: [[0, -Infinity, 0]], temperature: 1 });
    expect(lab.torch.none[0]![1]!.value).toBe(0);
    expectClose(num(lab.torch.batchmean.value), Math.log(1.5));
    expect(lab.torchLogTarget.batchmean.nanReason).toBe('neg-inf-log-target');
    expectClose(lab.klPQ.mean!.value, Math.log(1.5));
  });

  it('an all-masked row: invalid, PyTorch NaN, our KL null (no number)', () => {
    const lab = klDivLab({
      student: [
        [-Infinity, -Infinity],
        [0, 1],
      ],
      teacher: [
        [0, 0],
        [0, 1],
      ],
      temperature: 1,
    });
    expect(lab.invalidRows).toEqual([0]);
    expect(lab.torch.batchmean).toEqual({ value: 'NaN', nanReason: 'nan-input' });
    expect(lab.klPQ.rows[0]).toBeNull();
    expect(lab.klPQ.rows[1]!.value).toBe(0);
    expect(lab.klPQ.mean).toBeNull();
  });

  it('throws for batches of different sizes', () => {
    expect(() => klDivLab({ student: [[0, 1]], teacher: [], temperature: 1 })).toThrow(RangeError);
  });

  it('property (seed 7): our KL values are never NaN, even with masked logits', () => {
    const logit = fc.oneof(
      { weight: 4, arbitrary: fc.double({ min: -30, max: 30, noNaN: true }) },
      { weight: 1, arbitrary: fc.constant(-Infinity) },
    );
    const arb = fc.integer({ min: 2, max: 6 }).chain((cols) => {
      const m = fc.array(fc.array(logit, { minLength: cols, maxLength: cols }), {
        minLength: 1,
        maxLength: 4,
      });
      return fc.tuple(m, m, fc.double({ min: 0.1, max: 10, noNaN: true }));
    });
    fc.assert(
      fc.property(arb, ([s, t, T]) => {
        const rows = Math.min(s.length, t.length);
        const lab = klDivLab({
          student: s.slice(0, rows),
          teacher: t.slice(0, rows),
          temperature: T,
        });
        for (const kl of [...lab.klPQ.rows, ...lab.klQP.rows, lab.klPQ.mean, lab.klQP.mean]) {
          if (kl) {
            expect(Number.isNaN(kl.value)).toBe(false);
            expect(kl.value).toBeGreaterThanOrEqual(0);
          }
        }
        // A PyTorch NaN never appears as a raw number either.
        const scalars = [
          lab.torch.sum,
          lab.torch.mean,
          lab.torch.batchmean,
          lab.distillLoss,
          lab.pitfalls.swapped,
        ];
        for (const x of scalars)
          expect(typeof x.value === 'number' && Number.isNaN(x.value)).toBe(false);
      }),
      { seed: 7, numRuns: 300 },
    );
  });
});
