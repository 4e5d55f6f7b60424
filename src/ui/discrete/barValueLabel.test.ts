import { describe, expect, it } from 'vitest';
import { valueLabel } from './barValueLabel';

describe("the bar drawing's value labels", () => {
  it('show where the label fits its column and nothing where it would overlap the next', () => {
    // '0.0588' is 6 characters of 12 · 0.62 = 7.44 px: 44.64 px. A phone's ten columns are ~25 px.
    expect(valueLabel(1 / 17, 57)).toBe('0.0588');
    expect(valueLabel(1 / 17, 25)).toBe('');
    // '0.1' is 22.32 px: it fits a 25 px column.
    expect(valueLabel(0.1, 25)).toBe('0.1');
  });
});
