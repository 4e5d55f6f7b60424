import { describe, expect, it } from 'vitest';
import { formatRenyiOrder, subscriptOrder, withOrder } from './renyiOrderLabel';

describe('the Rényi order on screen', () => {
  it('writes α to four significant digits, as a subscript in a label', () => {
    expect(formatRenyiOrder(1 / 3)).toBe('0.3333');
    expect(formatRenyiOrder(2)).toBe('2');
    expect(subscriptOrder(0.5)).toBe('₀.₅');
    expect(withOrder('Dα(P‖Q)', 12.5)).toBe('D₁₂.₅(P‖Q)');
  });
});
