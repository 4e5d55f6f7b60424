import { afterEach, describe, expect, it, vi } from 'vitest';
import { pacedRedrawAt, requestRedraw } from './redrawScheduler';

describe('pacedRedrawAt', () => {
  it('keeps redraws to the given share of the time: a 20 ms redraw at ½ waits 20 ms more', () => {
    expect(pacedRedrawAt(100, 120, 0.5)).toBe(140);
    // At ¼: three times its cost of rest.
    expect(pacedRedrawAt(0, 10, 0.25)).toBe(40);
  });

  it('a redraw that took no time leaves the next one free to start at once', () => {
    expect(pacedRedrawAt(50, 50, 0.5)).toBe(50);
  });
});

describe('requestRedraw', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it("measures only the jobs that drew: a skipped job is no 'chart-redraw'", async () => {
    vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => {
      queueMicrotask(() => cb(0));
      return 0;
    });
    const measure = vi.spyOn(performance, 'measure');
    const ran: string[] = [];
    let skippedAt = Infinity;
    requestRedraw(Symbol('skipped'), () => {
      ran.push('skipped');
      skippedAt = performance.now();
      return false;
    });
    requestRedraw(Symbol('drawn'), () => {
      ran.push('drawn');
      return true;
    });
    // Both end-of-task messages go through one port in order: a measure of the skipped job would
    // be the first, and start before it ran; the drawn job's starts in a later task.
    await vi.waitFor(() => expect(measure).toHaveBeenCalled());
    expect(ran).toEqual(['skipped', 'drawn']);
    const [name, options] = measure.mock.calls[0]!;
    expect(name).toBe('chart-redraw');
    expect((options as PerformanceMeasureOptions).start).toBeGreaterThan(skippedAt);
  });

  it('draws direct jobs inside the frame, and leaves the others (and a refused direct) to the pump', async () => {
    const frames: FrameRequestCallback[] = [];
    vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => {
      frames.push(cb);
      return 0;
    });
    const ran: string[] = [];
    requestRedraw(
      Symbol('moved'),
      () => (ran.push('moved: plotly'), true),
      true,
      () => (ran.push('moved: direct'), true),
    );
    requestRedraw(
      Symbol('refused'),
      () => (ran.push('refused: plotly'), true),
      true,
      () => (ran.push('refused: direct'), false),
    );
    expect(frames).toHaveLength(1);
    frames.shift()!(0);
    // Inside the frame: both directs were tried, nothing went through Plotly yet.
    expect(ran).toEqual(['moved: direct', 'refused: direct']);
    await vi.waitFor(() => expect(ran).toContain('refused: plotly'));
    expect(ran).not.toContain('moved: plotly');
  });
});
