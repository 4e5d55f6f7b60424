import './plots.css';
import type { Config } from 'plotly.js';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useAppStore } from '../../state/store';
import { ChartHandles, type DragArea } from './ChartHandles';
import type { DragHandle } from './dragHandle';
import { drawFigure, freshDrawState } from './drawFigure';
import { scaleLayout } from './figures/layout';
import type { Figure } from './figures/layout';
import { axesOfTrace, sameAxes, type AxisPair } from './plotAxes';
import { cancelRedraw, requestRedraw } from './redrawScheduler';
import { useLargeType } from './useLargeType';
import { loadPlotly, type PlotlyApi } from './loadPlotly';
import { useSignalFirstNumbers } from '../afterFirstNumbers';

const BASE_CONFIG: Partial<Config> = {
  displaylogo: false,
  showSendToCloud: false,
  // Size changes come from a ResizeObserver on the chart's box, not from window resizes only.
  responsive: false,
  modeBarButtonsToRemove: ['lasso2d', 'select2d'],
};

/** How much larger fonts and charts are in large-type mode (for projectors). */
export const LARGE_TYPE_SCALE = 1.45;

/**
 * A Plotly chart that fills its container's width, optionally with draggable handles.
 *
 * Drawing: every redraw waits for its turn in the redraw scheduler (one chart per frame), and
 * goes through drawFigure, which restyles only the data on pinned axes while a person drags. A
 * chart scrolled out of view does not redraw during a drag; it catches up when the drag ends or
 * when it comes back into view (IntersectionObserver). Nothing polls the layout: the handles'
 * axis map is read after each draw and on resize (ResizeObserver).
 *
 * `name` becomes the file name of Plotly's "download plot" export (kl-explorer-<name>.png).
 * `handlesOn` names the trace whose axes the handles are placed on (default: the first trace).
 */
export function Plot({
  figure,
  title,
  testId,
  height = 300,
  name = testId,
  handles,
  handlesOn,
  onDrag,
  dragArea,
}: {
  figure: Figure;
  title: string;
  testId: string;
  height?: number;
  name?: string;
  handles?: readonly DragHandle[];
  handlesOn?: string;
  onDrag?: (id: string, x: number, y: number) => void;
  dragArea?: DragArea;
}) {
  const largeType = useLargeType();
  const interacting = useAppStore((s) => s.interacting);
  // Plotly arrives after the first numbers (loadPlotly); until then the chart's box holds its place.
  useSignalFirstNumbers();
  const [plotly, setPlotly] = useState<PlotlyApi | null>(null);
  const [loadFailed, setLoadFailed] = useState(false);
  const plotlyRef = useRef<PlotlyApi | null>(null);
  useEffect(() => {
    let live = true;
    loadPlotly().then(
      (api) => {
        plotlyRef.current = api;
        if (live) setPlotly(() => api);
      },
      () => live && setLoadFailed(true),
    );
    return () => {
      live = false;
    };
  }, []);
  const scale = largeType ? LARGE_TYPE_SCALE : 1;
  const layout = useMemo(() => scaleLayout(figure.layout, scale), [figure.layout, scale]);
  const config = useMemo(
    (): Partial<Config> => ({
      ...BASE_CONFIG,
      toImageButtonOptions: { filename: `kl-explorer-${name}`, format: 'png', scale: 2 },
    }),
    [name],
  );
  const graph = useRef<HTMLDivElement>(null);
  const [key] = useState(() => Symbol(testId));
  const draw = useRef(freshDrawState());
  const latest = useRef({ data: figure.data, layout, config, handlesOn });
  const visible = useRef(true);
  const pending = useRef(false);
  const resizeDue = useRef(false);
  const [axes, setAxes] = useState<AxisPair | null>(null);

  const readAxes = useCallback(() => {
    const next = axesOfTrace(graph.current, latest.current.handlesOn);
    setAxes((prev) => (sameAxes(prev, next) ? prev : next));
  }, []);

  const redraw = useCallback(() => {
    const gd = graph.current;
    const Plotly = plotlyRef.current;
    if (!gd || !Plotly) return;
    const busy = useAppStore.getState().interacting;
    if (busy && !visible.current && draw.current.plotted) {
      pending.current = true; // drawn when it comes into view, or when the drag ends
      return;
    }
    pending.current = false;
    const { data, layout: l, config: c } = latest.current;
    const drawn = drawFigure(gd, data, l, c, busy, draw.current, Plotly);
    const sized = resizeDue.current ? drawn.then(() => Plotly.Plots.resize(gd)) : drawn;
    resizeDue.current = false;
    void sized.then(readAxes, () => undefined);
  }, [readAxes]);

  const request = useCallback(() => {
    if (!draw.current.plotted) redraw();
    else requestRedraw(key, redraw);
  }, [key, redraw]);

  useEffect(() => {
    latest.current = { data: figure.data, layout, config, handlesOn };
    request();
  }, [figure.data, layout, config, handlesOn, request, plotly]);
  // The drag is over: the full redraw, with autorange, on the figure as it is now.
  const wasInteracting = useRef(interacting);
  useEffect(() => {
    if (wasInteracting.current && !interacting) request();
    wasInteracting.current = interacting;
  }, [interacting, request]);

  useEffect(() => {
    const gd = graph.current;
    if (!gd) return;
    const state = draw.current;
    const seen = new IntersectionObserver((entries) => {
      visible.current = entries.some((e) => e.isIntersecting);
      if (visible.current && pending.current) request();
    });
    seen.observe(gd);
    let width = gd.clientWidth;
    const resized = new ResizeObserver(() => {
      if (!state.plotted || gd.clientWidth === width) return;
      width = gd.clientWidth;
      resizeDue.current = true;
      requestRedraw(key, redraw);
    });
    resized.observe(gd);
    return () => {
      seen.disconnect();
      resized.disconnect();
      cancelRedraw(key);
      plotlyRef.current?.purge(gd);
      Object.assign(state, freshDrawState());
    };
  }, [key, request, redraw]);

  const h = Math.round(height * (largeType ? 1.25 : 1));
  return (
    <figure className="plot" data-testid={testId} data-plot-name={name} aria-label={title}>
      <div className="plot-stage">
        <div ref={graph} className="plot-graph" style={{ width: '100%', height: h }}>
          {!plotly && (
            <div
              className={loadFailed ? 'plot-placeholder failed' : 'plot-placeholder'}
              style={{ height: h }}
              data-testid={loadFailed ? undefined : 'plot-loading'}
              role={loadFailed ? 'status' : undefined}
              aria-hidden={loadFailed ? undefined : true}
            >
              {loadFailed && 'The chart could not be loaded; reload the page to try again.'}
            </div>
          )}
        </div>
        {axes && handles && onDrag && (
          <ChartHandles
            axes={axes}
            handles={handles}
            onDrag={onDrag}
            area={dragArea}
            testId={testId}
          />
        )}
      </div>
    </figure>
  );
}
