import { describe, expect, it } from 'vitest';
import { arrowStep } from './bernoulliKeys';

describe('Bernoulli slider keys', () => {
  it('steps 0.01 per arrow press, 0.001 with Shift', () => {
    expect(arrowStep(0.3, 'ArrowRight', false)).toBe(0.31);
    expect(arrowStep(0.3, 'ArrowUp', false)).toBe(0.31);
    expect(arrowStep(0.3, 'ArrowLeft', false)).toBe(0.29);
    expect(arrowStep(0.3, 'ArrowDown', true)).toBe(0.299);
    expect(arrowStep(0.3, 'ArrowRight', true)).toBe(0.301);
  });
  it('moves off-grid values to the next grid point in the direction pressed', () => {
    expect(arrowStep(0.305, 'ArrowRight', false)).toBe(0.31);
    expect(arrowStep(0.305, 'ArrowLeft', false)).toBe(0.3);
  });
  it('stays within [0, 1]', () => {
    expect(arrowStep(1, 'ArrowRight', false)).toBe(1);
    expect(arrowStep(0.004, 'ArrowLeft', false)).toBe(0);
  });
  it('ignores other keys', () => {
    expect(arrowStep(0.5, 'Home', false)).toBeNull();
  });
});
