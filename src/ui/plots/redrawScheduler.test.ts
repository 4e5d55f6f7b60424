import { describe, expect, it } from 'vitest';
import { pacedRedrawAt } from './redrawScheduler';

describe('pacedRedrawAt', () => {
  it('keeps redraws to the given share of the time: a 20 ms redraw at ½ waits 20 ms more', () => {
    expect(pacedRedrawAt(100, 120, 0.5)).toBe(140);
    // At ¼: three times its cost of rest.
    expect(pacedRedrawAt(0, 10, 0.25)).toBe(40);
  });

  it('a redraw that took no time leaves the next one free to start at once', () => {
    expect(pacedRedrawAt(50, 50, 0.5)).toBe(50);
  });
});
