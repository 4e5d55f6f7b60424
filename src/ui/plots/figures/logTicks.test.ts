import { describe, expect, it } from 'vitest';
import { logAxis, logTicks } from './logTicks';

describe('logTicks', () => {
  it('labels the 1-2-5 values between the ends, ends included', () => {
    // The example: distillation's T from 0.5 to 50.
    expect(logTicks(0.5, 50)).toEqual([0.5, 1, 2, 5, 10, 20, 50]);
    expect(logTicks(0.3, 12)).toEqual([0.5, 1, 2, 5, 10]);
    expect(logTicks(0.05, 0.2)).toEqual([0.05, 0.1, 0.2]);
  });
  it('gives nothing for a range that is not positive', () => {
    expect(logTicks(0, 10)).toEqual([]);
    expect(logTicks(2, 1)).toEqual([]);
  });
  it('writes the ticks as plain numbers on a log axis', () => {
    expect(logAxis(0.5, 20)).toEqual({
      type: 'log',
      tickmode: 'array',
      tickvals: [0.5, 1, 2, 5, 10, 20],
      ticktext: ['0.5', '1', '2', '5', '10', '20'],
    });
  });
});
