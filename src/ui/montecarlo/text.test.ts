import { describe, expect, it } from 'vitest';
import { formatCount, formatSeconds, formatThroughput } from './text';

describe('Monte Carlo status text', () => {
  it('counts samples in k and M', () => {
    expect(formatCount(950)).toBe('950');
    expect(formatCount(120_000)).toBe('120 k');
    expect(formatCount(2_500_000)).toBe('2.5 M');
  });

  it('gives the throughput as samples over wall time, with the workers', () => {
    // 2·10⁸ samples in 2 s = 10⁸ per second.
    expect(formatThroughput(2e8, 2000, 2)).toBe('100 M samples/s on 2 workers');
    // 10⁶ samples in 0.4 s = 2.5·10⁶ per second.
    expect(formatThroughput(1e6, 400, 1)).toBe('2.5 M samples/s on 1 worker');
  });

  it('says nothing about throughput before a meaningful rate exists', () => {
    expect(formatThroughput(0, 1000, 2)).toBe('');
    expect(formatThroughput(1e6, 20, 2)).toBe(''); // under 50 ms: mostly start-up
    expect(formatThroughput(1e6, 1000, 0)).toBe('');
    expect(formatThroughput(1e6, Number.NaN, 2)).toBe('');
  });

  it('gives durations in seconds', () => {
    expect(formatSeconds(840)).toBe('0.84 s');
    expect(formatSeconds(12_345)).toBe('12.3 s');
  });
});
