import { describe, expect, it } from 'vitest';
import { baseLayout, scaleLayout } from './layout';

describe('scaleLayout', () => {
  it('returns the same object at scale 1', () => {
    const layout = baseLayout('x');
    expect(scaleLayout(layout, 1)).toBe(layout);
  });

  it('scales the font, the label margins and annotation fonts, and nothing else', () => {
    const layout = {
      ...baseLayout('x'),
      annotations: [{ text: '∞', font: { size: 18 } }, { text: 'b' }],
    };
    const scaled = scaleLayout(layout, 1.5);
    expect(scaled.font?.size).toBe(20); // 13 × 1.5 = 19.5, rounded
    expect(scaled.margin).toEqual({ l: 84, r: 16, t: 42, b: 72 });
    expect(scaled.annotations?.map((a) => a.font?.size)).toEqual([27, 20]);
    expect(scaled.uirevision).toBe('x');
    expect(layout.font?.size).toBe(13); // the input is not mutated
  });
});
