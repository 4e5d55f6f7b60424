import type { Layout } from 'plotly.js';
import { describe, expect, it } from 'vitest';
import { baseLayout, scaleLayout, withYTickLabelsUnmeasured } from './layout';

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

describe('withYTickLabelsUnmeasured', () => {
  it("lets every y axis's labels be, keeps an axis's own choice, and leaves x axes alone", () => {
    const layout: Partial<Layout> = {
      ...baseLayout('x'),
      xaxis: { title: { text: 'x' } },
      yaxis: { title: { text: 'density' } },
      yaxis2: { domain: [0, 0.3], ticklabeloverflow: 'hide past domain' },
      yaxis10: { range: [0, 1] },
    };
    const out = withYTickLabelsUnmeasured(layout) as Record<string, Record<string, unknown>>;
    expect(out.yaxis).toEqual({ title: { text: 'density' }, ticklabeloverflow: 'allow' });
    expect(out.yaxis2!.ticklabeloverflow).toBe('hide past domain');
    expect(out.yaxis10).toEqual({ range: [0, 1], ticklabeloverflow: 'allow' });
    expect(out.xaxis).toBe(layout.xaxis);
    expect(layout.yaxis).toEqual({ title: { text: 'density' } }); // the input is not mutated
  });

  it('returns a layout without y axes as it is', () => {
    const layout = baseLayout('x');
    expect(withYTickLabelsUnmeasured(layout)).toBe(layout);
  });
});
