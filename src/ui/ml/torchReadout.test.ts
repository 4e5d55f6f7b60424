import { describe, expect, it } from 'vitest';
import { noneMatrixJson, torchDataValue, torchValueText } from './torchReadout';
import { pyMatrix } from './torchCode';

describe('KLDivLoss readouts', () => {
  it('encodes non-finite cells of the none matrix as strings, finite ones as numbers', () => {
    const json = noneMatrixJson([
      [{ value: 0.25 }, { value: Infinity }],
      [{ value: 'NaN', nanReason: 'zero-target-neg-inf-input' }, { value: -Infinity }],
    ]);
    expect(json).toBe('[[0.25,"Infinity"],["NaN","-Infinity"]]');
    expect(JSON.parse(json)).toEqual([
      [0.25, 'Infinity'],
      ['NaN', '-Infinity'],
    ]);
  });

  it('data-value is String(x); the text shows NaN only for a PyTorch NaN', () => {
    expect(torchDataValue(0.1)).toBe('0.1');
    expect(torchDataValue(Infinity)).toBe('Infinity');
    expect(torchDataValue('NaN')).toBe('NaN');
    expect(torchValueText('NaN')).toBe('NaN');
    expect(torchValueText(-1.5)).toBe('−1.5');
  });

  it('writes logits as a Python literal, −∞ as float("-inf")', () => {
    expect(
      pyMatrix([
        [1, -Infinity],
        [0.5, 2],
      ]),
    ).toBe("[[1., float('-inf')], [0.5, 2.]]");
  });
});
