import { describe, expect, it } from 'vitest';
import type { Data, Layout } from 'plotly.js';
import {
  drawDuringDrag,
  freshDrawState,
  layoutKeyOf,
  moveDuringDrag,
  noteSettledDraw,
} from './drawFigure';
import type { PlotlyApi } from './loadPlotly';
import { moveKind, moveMarks } from './moveMarks';

const marks = { moveKind, moveMarks };

/** A Plotly stand-in that records which call a draw made. */
function recorder() {
  const calls: string[] = [];
  const api = {
    animate: () => (calls.push('animate'), Promise.resolve()),
    react: () => (calls.push('react'), Promise.resolve()),
  } as unknown as PlotlyApi;
  return { calls, api };
}

/** A graph div with no SVG in it: moveMarks finds no marks to move, so Plotly draws. */
const gd = () =>
  ({
    _fullLayout: { xaxis: { range: [0, 1] }, yaxis: { range: [0, 2] } },
    querySelectorAll: () => [],
  }) as unknown as HTMLElement;
const lines: Data[] = [{ type: 'scatter', x: [0, 1], y: [1, 2] }];

describe('drawDuringDrag', () => {
  it('moves only the data while the layout differs in ranges and data-derived ticks only', () => {
    const { calls, api } = recorder();
    const state = freshDrawState();
    const layout = (hi: number): Partial<Layout> => ({
      title: { text: 't' },
      yaxis2: { range: [0, hi], tickvals: [0, hi / 2, hi] },
    });
    noteSettledDraw(state, lines, layout(1));
    const el = gd();
    const moved = (y: number): Data[] => [{ type: 'scatter', x: [0, 1], y: [1, y] }];
    drawDuringDrag(el, moved(2), layout(1), {}, state, api, 0);
    drawDuringDrag(el, moved(3), layout(2), {}, state, api, 10);
    drawDuringDrag(el, moved(4), layout(3), {}, state, api, 20);
    // The first frame of a drag pins the axes (a full draw); the rest only move data.
    expect(calls).toEqual(['react', 'animate', 'animate']);
  });

  it('draws in full when anything else in the layout changes (a title, a shape)', () => {
    const { calls, api } = recorder();
    const state = freshDrawState();
    noteSettledDraw(state, lines, { title: { text: 'a' } });
    const el = gd();
    // Nothing changed: nothing to draw, without Plotly (the axes are pinned where they stand).
    expect(moveDuringDrag(el, lines, { title: { text: 'a' } }, state, marks, 0)?.direct).toBe(true);
    expect(state.pinned).not.toBeNull();
    // A new title: not movable, and Plotly draws it in full.
    expect(moveDuringDrag(el, lines, { title: { text: 'b' } }, state, marks, 1000)).toBeNull();
    drawDuringDrag(el, lines, { title: { text: 'b' } }, {}, state, api, 1000);
    expect(calls).toEqual(['react']);
  });

  it('layoutKeyOf keeps everything but ranges and tick values', () => {
    expect(layoutKeyOf({ xaxis: { range: [0, 1], tickvals: [0, 1], title: { text: 'x' } } })).toBe(
      JSON.stringify({ xaxis: { title: { text: 'x' } } }),
    );
  });
});
