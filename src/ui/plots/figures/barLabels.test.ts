import { describe, expect, it } from 'vitest';
import { barLabels, groupedBarSlot, labelFontSize } from './barLabels';

describe('bar value labels', () => {
  it('fit the longest label to its bar: 13 px at most, none below 9 px', () => {
    // '0.7097' is 6 characters of 0.62 em: 3.72 px per px of font size.
    expect(labelFontSize(['0.7097', '1.3'], 69)).toBe(13); // 69 / 3.72 = 18.5
    expect(labelFontSize(['0.7097'], 40)).toBe(10); // 40 / 3.72 = 10.75
    expect(labelFontSize(['0.7097'], 19)).toBeNull(); // 5.1 px: unreadable, left out
    expect(labelFontSize(['0.7097'], undefined)).toBe(13);
  });

  it('sit above a positive bar and below a negative one, and draw nothing when they do not fit', () => {
    const [t] = barLabels(['a', 'b'], [1, -0.5], ['1', '−0.5'], 100) as [
      { textposition: string[]; mode: string },
    ];
    expect(t.mode).toBe('text');
    expect(t.textposition).toEqual(['top center', 'bottom center']);
    // 19 px cannot hold even '0.25' at 9 px (4 · 0.62 · 9 = 22.32 px): no label trace at all.
    expect(barLabels(['a'], [1], ['0.7097'], 19)).toEqual([]);
  });

  it('keep a label trace whose labels do not fit, empty, so a drag never adds or removes a trace', () => {
    // 30 px holds '0.1' (30 / (3 · 0.62) = 16.1 → 13 px) but not '0.0952' (30 / 3.72 = 8.06 px).
    const [shown] = barLabels(['a', 'b'], [0.1, 0.9], ['0.1', '0.9'], 30);
    const [hidden] = barLabels(['a', 'b'], [0.0952, 0.9], ['0.0952', '0.9'], 30);
    expect(shown).toMatchObject({ text: ['0.1', '0.9'], textfont: { size: 13 } });
    expect(hidden).toMatchObject({ text: ['', ''], textfont: { size: 9 } });
  });

  it('give a grouped bar its share of the plot: (930 − 56 − 16)/10 · (1 − 0.25)/2 = 32.175 px', () => {
    const layout = { margin: { l: 56, r: 16 }, bargap: 0.25 };
    expect(groupedBarSlot(930, layout, 10, 2)).toBeCloseTo(32.175, 12);
    expect(groupedBarSlot(undefined, layout, 10, 2)).toBeUndefined();
  });
});
