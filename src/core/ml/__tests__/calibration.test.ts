import { describe, expect, it } from 'vitest';
import {
  type CalibrationSet,
  calibrationStudy,
  fitTemperature,
  nllAtTemperature,
  reliabilityDiagram,
  syntheticCalibrationSet,
} from '../calibration';
import { mulberry32 } from '../prng';
import { expectClose } from './helpers';

describe('calibration by temperature scaling', () => {
  it('hand derivation, 2 classes: T = 2 / ln 3 and NLL = H(¾)', () => {
    // Four samples with logits [2, 0], labels 0,0,0,1: NLL(β) = −[¾ log σ(2β) + ¼ log σ(−2β)] is
    // minimal where σ(2β) = ¾, i.e. 2β = ln 3, T = 2/ln 3; there NLL = ¾ ln(4/3) + ¼ ln 4.
    const set: CalibrationSet = {
      logits: [
        [2, 0],
        [2, 0],
        [2, 0],
        [2, 0],
      ],
      labels: [0, 0, 0, 1],
    };
    const fit = fitTemperature(set);
    expectClose(fit.temperature, 2 / Math.log(3), 1e-13);
    expectClose(fit.nll, 0.75 * Math.log(4 / 3) + 0.25 * Math.log(4), 1e-14);
    expect(fit.atBoundary).toBe(false);
  });

  // scripts/references/ml_calibration.py (mpmath).
  const six: CalibrationSet = {
    logits: [
      [3, 0, -1],
      [2.5, 1, 0],
      [0, 4, 1],
      [1, 1, 3],
      [-2, 0, 2],
      [3, 2, 0],
    ],
    labels: [0, 1, 1, 0, 2, 1],
  };
  it.each([
    { T: 0.5, nll: 1.5406950451969028 },
    { T: 1, nll: 0.9382707198019937 },
    { T: 2, nll: 0.8317608388131236 },
    { T: 3, nll: 0.8680616410843847 },
  ])('NLL(T = $T) of a 6-sample set', ({ T, nll }) => {
    expectClose(nllAtTemperature(six, T), nll, 1e-14);
  });

  it('fitted T of the 6-sample set', () => {
    const fit = fitTemperature(six);
    expectClose(fit.temperature, 1.8001146593904291, 1e-13);
    expectClose(fit.nll, 0.829537522837031, 1e-14);
  });

  it('reliability diagram and ECE, by hand', () => {
    // Confidences 0.85 (right), 0.85 (wrong), 0.65 (right), 0.95 (right); 10 bins:
    // bin 8: n=2, conf .85, acc .5; bin 6: n=1, conf .65, acc 1; bin 9: n=1, conf .95, acc 1.
    // ECE = ½·0.35 + ¼·0.35 + ¼·0.05 = 0.275; accuracy ¾.
    const set: CalibrationSet = {
      logits: [
        [Math.log(17 / 3), 0],
        [Math.log(17 / 3), 0],
        [0, Math.log(13 / 7)],
        [Math.log(19), 0],
      ],
      labels: [0, 1, 1, 0],
    };
    const d = reliabilityDiagram(set);
    expect(d.bins.map((b) => b.count)).toEqual([0, 0, 0, 0, 0, 0, 1, 0, 2, 1]);
    expectClose(d.bins[8]!.confidence!, 0.85, 1e-14);
    expectClose(d.bins[8]!.accuracy!, 0.5);
    expectClose(d.bins[6]!.confidence!, 0.65, 1e-14);
    expect(d.bins[0]!.confidence).toBeNull();
    expectClose(d.ece, 0.275, 1e-13);
    expectClose(d.accuracy, 0.75);
  });

  it('mulberry32 matches an independent Python transcription (scripts/references/ml_calibration.py)', () => {
    const g = mulberry32(42);
    const want = [
      0.6011037519201636, 0.44829055899754167, 0.8524657934904099, 0.6697340414393693,
      0.17481389874592423,
    ];
    for (const w of want) expectClose(g.next(), w, 0, 0);
    const g0 = mulberry32(0);
    for (const w of [0.26642920868471265, 0.0003297457005828619, 0.2232720274478197])
      expectClose(g0.next(), w, 0, 0);
  });

  it('seed 2024: a synthetic overconfident set (model = 3 × true logits) is fitted near T = 3 and recalibrated', () => {
    const set = syntheticCalibrationSet({ seed: 2024, size: 4000, classes: 5, overconfidence: 3 });
    expect(syntheticCalibrationSet({ seed: 2024, size: 4000 }).labels).toEqual(set.labels);
    expect(syntheticCalibrationSet({ seed: 2025, size: 4000 }).labels).not.toEqual(set.labels);
    const study = calibrationStudy(set);
    // Sampling error of the fitted T with 4000 samples is a few percent.
    expect(study.fit.temperature).toBeGreaterThan(2.6);
    expect(study.fit.temperature).toBeLessThan(3.4);
    expect(study.fit.nll).toBeLessThan(study.nllBefore);
    for (const f of [1.01, 1 / 1.01]) {
      expect(nllAtTemperature(set, study.fit.temperature * f)).toBeGreaterThan(study.fit.nll);
    }
    expect(study.after.ece).toBeLessThan(study.before.ece / 3);
    expect(study.after.accuracy).toBe(study.before.accuracy); // T never changes the argmax
    expect(study.before.bins.reduce((s, b) => s + b.count, 0)).toBe(4000);
    expect(study.curve).toHaveLength(61);
    expect(study.curve.every((p) => Number.isFinite(p.nll))).toBe(true);
  });

  it('edge cases: separable data fits at the boundary; bad inputs throw', () => {
    const separable: CalibrationSet = {
      logits: [
        [1, 0],
        [0, 1],
      ],
      labels: [0, 1],
    };
    expect(fitTemperature(separable).atBoundary).toBe(true);
    expect(nllAtTemperature({ logits: [[0, -Infinity]], labels: [1] }, 1)).toBe(Infinity);
    expect(() => nllAtTemperature({ logits: [[0, 1]], labels: [2] }, 1)).toThrow(RangeError);
    expect(() => nllAtTemperature({ logits: [], labels: [] }, 1)).toThrow(RangeError);
    expect(() => reliabilityDiagram(six, 1, 0)).toThrow(RangeError);
    expect(() => syntheticCalibrationSet({ seed: 1, classes: 1 })).toThrow(RangeError);
  });
});
