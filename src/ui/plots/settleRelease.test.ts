import { describe, expect, it } from 'vitest';
import type { Data, Layout } from 'plotly.js';
import { freshDrawState, noteSettledDraw } from './drawFigure';
import type { PlotlyApi } from './loadPlotly';
import { axesUpdate, settleAxes, settleData, traceShape } from './settleRelease';

/** A Plotly stand-in that records each call with its arguments. */
function recorder() {
  const calls: [string, unknown][] = [];
  const api = {
    animate: (_gd: unknown, frame: unknown) => (calls.push(['animate', frame]), Promise.resolve()),
    relayout: (_gd: unknown, update: unknown) => (
      calls.push(['relayout', update]),
      Promise.resolve()
    ),
  } as unknown as PlotlyApi;
  return { calls, api };
}

const bars = (y: number[], color = '#0072B2'): Data[] => [
  { type: 'bar', x: ['a', 'b'], y, marker: { color }, hovertemplate: `${y[0]}<extra></extra>` },
];
const layout = (top: number): Partial<Layout> => ({
  title: { text: 'measures' },
  yaxis: { range: [0, top] },
});

/** A chart drawn at rest with `data`, then dragged (the axes pinned where they stood). */
function dragged(data: Data[], l: Partial<Layout>) {
  const state = freshDrawState();
  noteSettledDraw(state, data, l);
  state.pinned = { yaxis: [0, 1] };
  const gd = { data, layout: l } as unknown as HTMLElement & { data: Data[]; layout: unknown };
  return { state, gd };
}

describe('axesUpdate', () => {
  it('lists the axis attributes that differ, null where the new layout leaves them to Plotly', () => {
    const drawn = {
      xaxis: { range: [0, 1], autorange: false, ticklabeloverflow: 'allow' },
      yaxis: { range: [0, 2], title: { text: 'y' } },
      yaxis2: { range: [0, 1], autorange: false },
    } as Partial<Layout>;
    const next = {
      xaxis: { range: [0, 1] },
      yaxis: { range: [0, 3], title: { text: 'y' } },
      yaxis2: { range: [0, 1] },
    } as Partial<Layout>;
    expect(axesUpdate(drawn, next)).toEqual({
      'xaxis.autorange': null,
      'xaxis.ticklabeloverflow': null,
      'yaxis.range': [0, 3],
      'yaxis2.autorange': null,
    });
  });

  it('autoranges afresh every axis the new layout leaves to autorange', () => {
    // Plotly writes the range it chose back into the graph div's layout.
    const drawn = {
      xaxis: { range: [0, 1], autorange: true },
      yaxis: { range: [0, 2], autorange: false },
    } as Partial<Layout>;
    const next = {
      xaxis: { autorange: true },
      yaxis2: { autorange: 'reversed' },
    } as Partial<Layout>;
    expect(axesUpdate(drawn, next)).toEqual({
      'xaxis.autorange': true,
      'yaxis.autorange': true,
      'yaxis2.autorange': 'reversed',
    });
  });

  it('is empty when explicit axes are as drawn', () => {
    expect(axesUpdate(layout(2), layout(2))).toEqual({});
  });
});

describe('traceShape', () => {
  it('ignores data arrays and hover text, not colours or names', () => {
    expect(traceShape(bars([1, 2])[0]!)).toBe(traceShape(bars([3, 4])[0]!));
    expect(traceShape(bars([1, 2])[0]!)).not.toBe(traceShape(bars([1, 2], '#D55E00')[0]!));
  });
});

describe('settleData and settleAxes', () => {
  it('releases a drag of bars as the data, then the axes', async () => {
    const before = bars([0.2, 0.4]);
    const { state, gd } = dragged(before, layout(1));
    const { calls, api } = recorder();
    const after = bars([0.5, 1.5]);
    const done = settleData(gd, after, layout(2), state, api);
    expect(done).not.toBeNull();
    await done;
    expect(calls.map((c) => c[0])).toEqual(['animate']);
    const frame = calls[0]![1] as { data: Data[]; traces: number[] };
    expect(frame.traces).toEqual([0]);
    expect((frame.data[0] as { y: number[] }).y).toEqual([0.5, 1.5]);
    // The figure the app built is not Plotly's to merge into.
    expect(frame.data[0]).not.toBe(after[0]);
    expect(gd.data[0]).not.toBe(before[0]);
    await settleAxes(gd, after, layout(2), state, api);
    expect(calls[1]).toEqual(['relayout', { 'yaxis.range': [0, 2] }]);
    expect(state.pinned).toBeNull();
    // Settled: a second release has nothing to step through.
    expect(settleData(gd, after, layout(2), state, api)).toBeNull();
  });

  it('declines (a full draw) when more than data and axes changed', () => {
    const { api } = recorder();
    const before = bars([0.2, 0.4]);
    const title = { ...layout(1), title: { text: 'other' } };
    expect(
      settleData(
        dragged(before, layout(1)).gd,
        bars([1, 1]),
        title,
        dragged(before, layout(1)).state,
        api,
      ),
    ).toBeNull();
    const { state, gd } = dragged(before, layout(1));
    expect(settleData(gd, bars([1, 1], '#D55E00'), layout(1), state, api)).toBeNull();
    const heat: Data[] = [{ type: 'heatmap', z: [[1]] }];
    const h = dragged(heat, layout(1));
    expect(settleData(h.gd, [{ type: 'heatmap', z: [[2]] }], layout(1), h.state, api)).toBeNull();
  });

  it('declines at rest, when no drag pinned the axes', () => {
    const { api } = recorder();
    const { state, gd } = dragged(bars([0.2, 0.4]), layout(1));
    state.pinned = null;
    expect(settleData(gd, bars([1, 1]), layout(1), state, api)).toBeNull();
  });
});
