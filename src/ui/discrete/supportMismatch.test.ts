import { describe, expect, it } from 'vitest';
import { firstZeroWithMass, massMask, zeroWhereOtherHasMass } from './supportMismatch';

describe('support mismatch', () => {
  it("spells a categorical's support, one character per category, and nothing for other families", () => {
    expect(massMask({ family: 'categorical', weights: [0.5, 0, 0.5] })).toBe('101');
    expect(massMask({ family: 'bernoulli', p: 0.3 })).toBe('');
    expect(massMask(null)).toBe('');
  });

  it('marks the zeros where the partner has mass, and nothing against a partner of another size', () => {
    // P = (0, 0.5, 0.5) against Q = (0.2, 0, 0.8): only category 1 makes KL(Q‖P) infinite.
    expect(zeroWhereOtherHasMass([0, 0.5, 0.5], '101')).toEqual([true, false, false]);
    expect(zeroWhereOtherHasMass([0, 1], '101')).toEqual([false, false]);
    expect(zeroWhereOtherHasMass([0, 1], '')).toEqual([false, false]);
    expect(firstZeroWithMass([0.2, 0, 0.8], [0, 0.5, 0.5])).toBe(0);
  });
});
