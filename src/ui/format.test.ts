import { describe, expect, it } from 'vitest';
import { formatColumnNumber, formatLocation, formatNumber } from './format';

describe('formatColumnNumber', () => {
  it('keeps trailing zeros so a column shows one number of significant digits', () => {
    // formatNumber trims 0.1920 to 0.192; beside 0.1838 in the same column that reads as less precise.
    expect(formatNumber(0.192)).toBe('0.192');
    expect(formatColumnNumber(0.192)).toBe('0.1920');
    expect(formatColumnNumber(0.1838)).toBe('0.1838');
    expect(formatColumnNumber(0.181, 4)).toBe('0.1810');
    expect(formatColumnNumber(2, 4)).toBe('2.000');
  });
  it('writes tiny and huge values with exponents, and zero, ∞ and negatives as formatNumber does', () => {
    expect(formatColumnNumber(1.2e-4, 2)).toBe('1.2e−4');
    expect(formatColumnNumber(0)).toBe('0');
    expect(formatColumnNumber(Infinity)).toBe('∞');
    expect(formatColumnNumber(-0.25)).toBe('−0.2500');
  });
});

describe('formatLocation', () => {
  it('drops the digits of μ finer than σ’s five significant ones', () => {
    expect(formatLocation(2.9091e-14, 1.634)).toBe('0');
    expect(formatLocation(-3.0000000002, 1.5)).toBe('−3');
    expect(formatLocation(0.123456789, 1.5)).toBe('0.1235');
    // A narrow σ keeps a small μ's digits.
    expect(formatLocation(2.5e-7, 1e-6)).toBe('2.5000e−7');
    expect(formatLocation(1234.5678, 100)).toBe('1234.6');
    expect(formatLocation(Infinity, 1)).toBe('∞');
  });
});
