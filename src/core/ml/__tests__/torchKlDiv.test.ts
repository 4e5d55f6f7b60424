import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { categoricalKlFromLogProbs } from '../categoricalKl';
import { softmax } from '../softmax';
import {
  TORCH_NAN_REASONS,
  torchKlDiv,
  torchKlDivElement,
  torchKlDivReduction,
  torchValues,
} from '../torchKlDiv';
import { expectClose, num } from './helpers';

// The URL example of issue 8 (student = 1,2,3;0,1,2, teacher = 0.5,1,-1;2,0,1, T = 2), with
// input = log_softmax(student/T), target = softmax(teacher/T). Expected values from
// scripts/references/ml_kldivloss.py (PyTorch's formula re-implemented in 50-digit mpmath).
const student = [
  [1, 2, 3],
  [0, 1, 2],
];
const teacher = [
  [0.5, 1, -1],
  [2, 0, 1],
];
const T = 2;
const input = student.map((r) => softmax(r, T).logProbs);
const target = teacher.map((r) => softmax(r, T).probs);
const logTarget = teacher.map((r) => softmax(r, T).logProbs);
const noneRef = [
  [0.24174613442606413, 0.19394928917244625, -0.18570703612932915],
  [0.506480391055654, -0.0931618616129238, -0.1535979428592492],
];

describe('torchKlDiv: PyTorch KLDivLoss semantics', () => {
  it.each([false, true])('URL example matches the mpmath reference (log_target=%s)', (lt) => {
    const r = torchKlDiv(input, lt ? logTarget : target, lt);
    torchValues(r.none).forEach((row, i) =>
      row.forEach((v, j) => expectClose(num(v), noneRef[i]![j]!, 1e-13)),
    );
    expectClose(num(r.sum.value), 0.5097089740526622);
    expectClose(num(r.mean.value), 0.08495149567544372);
    expectClose(num(r.batchmean.value), 0.2548544870263311);
    expectClose(num(torchKlDivReduction(r, 'batchmean').value), 0.2548544870263311);
    expect(r.nanCells).toEqual([]);
  });

  it('3×4 batch at T = 1 matches the mpmath reference', () => {
    const s = [
      [0.3, -1.2, 2.0, 0.0],
      [1, 1, 1, 1],
      [-3, 0.5, 0.25, 4],
    ];
    const t = [
      [1.5, 0.2, -0.7, 0.1],
      [0, 2, -2, 1],
      [2, 2, -1, 0.5],
    ];
    const r = torchKlDiv(
      s.map((row) => softmax(row).logProbs),
      t.map((row) => softmax(row).probs),
    );
    expectClose(num(r.sum.value), 5.339608288229407);
    expectClose(num(r.mean.value), 0.4449673573524506);
    expectClose(num(r.batchmean.value), 1.7798694294098023);
    expectClose(num(r.none[2]![0]!.value), 2.741904963919804);
  });

  it('hand derivation, 2 classes: input = log[½, ½], target = [¼, ¾]', () => {
    // L_j = t_j log t_j − t_j log ½ = t_j log(2 t_j): L = [¼ log ½, ¾ log 1.5];
    // sum = batchmean (B = 1) = −¼ ln 2 + ¾ ln 1.5 = 0.13081203594113694..., mean = sum / 2.
    const r = torchKlDiv([[Math.log(0.5), Math.log(0.5)]], [[0.25, 0.75]]);
    const sum = -0.25 * Math.LN2 + 0.75 * Math.log(1.5);
    expectClose(num(r.none[0]![0]!.value), 0.25 * Math.log(0.5));
    expectClose(num(r.batchmean.value), sum);
    expectClose(num(r.sum.value), sum);
    expectClose(num(r.mean.value), sum / 2);
  });

  // Each row: PyTorch's pointwise value, derived by hand from xlogy(t,t) − t·x or exp(t)·(t − x)
  // in IEEE arithmetic (0·∞ = NaN, log(negative) = NaN).
  it.each([
    { x: -Infinity, t: 0, lt: false, want: 'NaN', reason: 'zero-target-neg-inf-input' }, // 0 − 0·(−∞)
    { x: -Infinity, t: 0.3, lt: false, want: Infinity }, // 0.3 ln 0.3 + ∞
    { x: -1.5, t: 0, lt: false, want: 0 }, // xlogy(0, 0) = 0, 0·(−1.5) = 0
    { x: -1, t: -0.1, lt: false, want: 'NaN', reason: 'negative-target' }, // −0.1·log(−0.1)
    { x: -1, t: -Infinity, lt: true, want: 'NaN', reason: 'neg-inf-log-target' }, // 0·(−∞)
    { x: -Infinity, t: -Infinity, lt: true, want: 'NaN', reason: 'neg-inf-log-target' }, // 0·NaN
    { x: -Infinity, t: Math.log(0.3), lt: true, want: Infinity },
    { x: NaN, t: 0.5, lt: false, want: 'NaN', reason: 'nan-input' },
    { x: -1, t: NaN, lt: false, want: 'NaN', reason: 'nan-target' },
    { x: Infinity, t: 0.5, lt: false, want: -Infinity }, // not a log-prob, but PyTorch computes it
    // Probabilities as input: t·(log t − x) with x = 0.5, t = 0.5: 0.5 ln 0.5 − 0.25 < 0.
    { x: 0.5, t: 0.5, lt: false, want: 0.5 * Math.log(0.5) - 0.25 },
    // log_target: exp(ln ½)·(ln ½ − ln ¼) = ½ ln 2.
    { x: Math.log(0.25), t: Math.log(0.5), lt: true, want: 0.5 * Math.LN2 },
  ])('element x=$x t=$t log_target=$lt → $want', ({ x, t, lt, want, reason }) => {
    const el = torchKlDivElement(x, t, lt);
    if (want === 'NaN') {
      expect(el).toEqual({ value: 'NaN', nanReason: reason });
      expect(TORCH_NAN_REASONS[el.nanReason!]).toMatch(/./);
    } else {
      expect(el.nanReason).toBeUndefined();
      expectClose(num(el.value), want as number);
    }
  });

  it('a NaN element makes every reduction NaN with its reason; ±∞ elements make it NaN too', () => {
    const r = torchKlDiv([[-Infinity, Math.log(0.5)]], [[0, 0.5]]);
    expect(r.none[0]![1]!.value).toBe(0);
    expect(r.nanCells).toEqual([{ row: 0, col: 0, reason: 'zero-target-neg-inf-input' }]);
    for (const red of ['sum', 'mean', 'batchmean'] as const) {
      expect(r[red]).toEqual({ value: 'NaN', nanReason: 'zero-target-neg-inf-input' });
    }
    const mixed = torchKlDiv([[-Infinity, Infinity]], [[0.5, 0.5]]); // +∞ and −∞ elements
    expect(mixed.sum).toEqual({ value: 'NaN', nanReason: 'inf-minus-inf' });
    const inf = torchKlDiv([[-Infinity, 0]], [[0.5, 0.5]]);
    expect(inf.batchmean.value).toBe(Infinity);
  });

  it('throws for an empty batch or mismatched shapes', () => {
    expect(() => torchKlDiv([], [])).toThrow(RangeError);
    expect(() => torchKlDiv([[0, 0]], [[1]])).toThrow(RangeError);
    expect(() => torchKlDiv([[0]], [[1], [1]])).toThrow(RangeError);
  });

  const batchArb = fc
    .record({ rows: fc.integer({ min: 1, max: 5 }), cols: fc.integer({ min: 2, max: 8 }) })
    .chain(({ rows, cols }) => {
      const logit = fc.double({ min: -20, max: 20, noNaN: true });
      const matrix = fc.array(fc.array(logit, { minLength: cols, maxLength: cols }), {
        minLength: rows,
        maxLength: rows,
      });
      return fc.record({ s: matrix, t: matrix, T: fc.double({ min: 0.1, max: 10, noNaN: true }) });
    });

  it('property (seed 42): batchmean(log_softmax, softmax) = mean row KL; mean = batchmean / C; sum = B·batchmean', () => {
    fc.assert(
      fc.property(batchArb, ({ s, t, T: temp }) => {
        const q = s.map((row) => softmax(row, temp));
        const p = t.map((row) => softmax(row, temp));
        const r = torchKlDiv(
          q.map((x) => x.logProbs),
          p.map((x) => x.probs),
        );
        const kls = p.map((pi, i) => categoricalKlFromLogProbs(pi.logProbs, q[i]!.logProbs).value);
        const meanKl = kls.reduce((a, b) => a + b, 0) / kls.length;
        const bm = num(r.batchmean.value);
        const scale = 1e-12 * (1 + Math.max(...kls));
        expect(Math.abs(bm - meanKl)).toBeLessThanOrEqual(scale + 1e-10 * meanKl);
        expectClose(num(r.mean.value), bm / s[0]!.length, 1e-14, 1e-300);
        expectClose(num(r.sum.value), bm * s.length, 1e-14, 1e-300);
        // log_target=True gives the same value for proper log-probabilities
        const rl = torchKlDiv(
          q.map((x) => x.logProbs),
          p.map((x) => x.logProbs),
          true,
        );
        expect(Math.abs(num(rl.batchmean.value) - bm)).toBeLessThanOrEqual(scale + 1e-10 * meanKl);
      }),
      { seed: 42, numRuns: 300 },
    );
  });
});
