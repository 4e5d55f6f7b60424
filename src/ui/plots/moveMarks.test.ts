import { describe, expect, it } from 'vitest';
import type { Data } from 'plotly.js';
import { barPath, labelOffset, linePath, moveKind, staticKey, zeroFillPath } from './moveMarks';

describe('moveMarks geometry', () => {
  it("writes a bar as Plotly's rectangle path, y in px to 0.01", () => {
    // plotly.js src/traces/bar/plot.js: 'M' + x0 + ',' + y0 + 'V' + y1 + 'H' + x1 + 'V' + y0 + 'Z'.
    expect(barPath(10, 30.5, 200, 123.456)).toBe('M10,200V123.46H30.5V200Z');
  });

  it('writes a line as M…L… and its zero fill with both ends on the axis first', () => {
    expect(linePath([0, 10, 20], [5, 6.004, 7])).toBe('M0,5L10,6L20,7');
    // plotly.js src/traces/scatter/plot.js, fill 'tozeroy': 'M' + pt1 + 'L' + pt0 + 'L' + path.
    expect(zeroFillPath([0, 10, 20], [5, 6, 7], 100)).toBe('M20,100L0,100L0,5L10,6L20,7');
  });

  it('keeps coordinates SVG can draw when a value runs off the pinned axis', () => {
    expect(linePath([0, 1], [1e300, -Infinity])).toBe('M0,100000L1,-100000');
  });

  it('moves bars, lines (unfilled or to zero), markers, text, heatmaps and line contours; nothing else', () => {
    const kinds = (
      [
        { type: 'bar', y: [1] },
        { type: 'bar', orientation: 'h', x: [1] },
        { type: 'scatter', mode: 'lines', fill: 'tozeroy' },
        { type: 'scatter', mode: 'lines', fill: 'tonexty' },
        { type: 'scatter', mode: 'text+markers' },
        { type: 'scatter', mode: 'lines+markers' },
        { type: 'heatmap', z: [[1]] },
        { type: 'heatmap', z: [[1]], zsmooth: 'best' },
        { type: 'contour', contours: { coloring: 'lines' } },
        { type: 'contour', contours: { coloring: 'fill' } },
        { type: 'surface' },
      ] as Data[]
    ).map(moveKind);
    expect(kinds).toEqual([
      'bar',
      null,
      'lines',
      null,
      'points',
      null,
      'heatmap',
      null,
      'contour',
      null,
      null,
    ]);
  });

  it('ignores only what a move may change when comparing two traces', () => {
    const a = { type: 'bar', x: ['P', 'Q'], y: [0.1, 0.2], marker: { color: 'red' } } as Data;
    const b = { ...a, y: [0.3, 0.4] } as Data;
    const recoloured = { ...b, marker: { color: 'blue' } } as Data;
    const moreBars = { ...b, x: ['P', 'Q', 'R'] } as Data;
    expect(staticKey(a, 'bar')).toBe(staticKey(b, 'bar'));
    expect(staticKey(a, 'bar')).not.toBe(staticKey(recoloured, 'bar'));
    expect(staticKey(a, 'bar')).not.toBe(staticKey(moreBars, 'bar'));
    // A label's text may change, its position may not (Plotly offsets it by textposition).
    const label = {
      type: 'scatter',
      mode: 'text',
      y: [1],
      text: ['0.1'],
      textposition: 'top center',
    };
    const relabelled = { ...label, y: [2], text: ['0.2'] };
    const flipped = { ...relabelled, textposition: 'bottom center' };
    expect(staticKey(label as Data, 'points')).toBe(staticKey(relabelled as Data, 'points'));
    expect(staticKey(label as Data, 'points')).not.toBe(staticKey(flipped as Data, 'points'));
    // A label trace's font size moves too (barLabels sizes its labels to fit).
    const shrunk = { ...relabelled, textfont: { size: 9 } };
    expect(staticKey(label as Data, 'points')).toBe(staticKey(shrunk as Data, 'points'));
  });

  it('offsets a label from its point as Plotly does, by its font size', () => {
    // plotly.js components/drawing textPointPosition without markers: dy = 0.75·f + ((s − 1)·f)/2,
    // s = −1 above, 0 on, +1 below; Plotly's own 12 px labels above their bars carry translate(0,-3).
    expect(labelOffset(12, 'top center')).toBe('translate(0,-3)');
    expect(labelOffset(9, 'bottom center')).toBe('translate(0,6.75)');
    expect(labelOffset(10, 'middle center')).toBe('translate(0,2.5)');
    expect(labelOffset(10, 'top left')).toBeNull();
  });
});
