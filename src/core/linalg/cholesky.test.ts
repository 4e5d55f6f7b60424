import { describe, expect, it } from 'vitest';
import {
  choleskyFactor,
  choleskyLogDet,
  choleskySolve,
  solveLower,
  solveLowerTransposed,
} from './cholesky';

// Hand derivation: L = [[2, 0, 0], [1, 3, 0], [-1, 2, 1]] gives Σ = L·Lᵀ =
// [[4, 2, -2], [2, 10, 5], [-2, 5, 6]], det Σ = (2·3·1)² = 36.
const L = [
  [2, 0, 0],
  [1, 3, 0],
  [-1, 2, 1],
];
const S = [
  [4, 2, -2],
  [2, 10, 5],
  [-2, 5, 6],
];

describe('choleskyFactor', () => {
  it('recovers the hand-built factor', () => {
    const F = choleskyFactor(S);
    for (let i = 0; i < 3; i++)
      for (let j = 0; j < 3; j++) expect(F[i]![j]).toBeCloseTo(L[i]![j]!, 14);
  });

  it.each([
    [
      'indefinite',
      [
        [1, 2],
        [2, 1],
      ],
    ],
    [
      'singular',
      [
        [1, 1],
        [1, 1],
      ],
    ],
    ['negative diagonal', [[-1]]],
    ['non-square', [[1, 0]]],
    ['NaN entry', [[NaN]]],
  ])('throws on a %s matrix', (_, m) => {
    expect(() => choleskyFactor(m)).toThrow(/choleskyFactor/);
  });
});

describe('triangular solves', () => {
  it('solve L·x = b and Lᵀ·x = b (hand-checked)', () => {
    // L·(1, 2, 3) = (2, 7, 6); Lᵀ·(1, 2, 3) = (2 + 2 − 3, 6 + 6, 3) = (1, 12, 3).
    const x = solveLower(L, [2, 7, 6]);
    const y = solveLowerTransposed(L, [1, 12, 3]);
    [1, 2, 3].forEach((v, i) => {
      expect(x[i]).toBeCloseTo(v, 14);
      expect(y[i]).toBeCloseTo(v, 14);
    });
  });

  it('Σ⁻¹·b through the factor: Σ·(1, −1, 2) = (−2, 2, 5)', () => {
    const x = choleskySolve(choleskyFactor(S), [-2, 2, 5]);
    [1, -1, 2].forEach((v, i) => expect(x[i]).toBeCloseTo(v, 13));
  });

  it('log det Σ = log 36 from the diagonal', () => {
    expect(choleskyLogDet(choleskyFactor(S))).toBeCloseTo(Math.log(36), 14);
  });
});
