import type { Config, Layout } from 'plotly.js';
import { useCallback, useMemo, useRef, useState, type PointerEvent } from 'react';
import { useAppStore } from '../../state/store';
import { scaleLayout } from '../plots/figures/layout';
import type { Figure } from '../plots/figures/layout';
import { LARGE_TYPE_SCALE } from '../plots/Plot';
import { PlotlyComponent } from '../plots/LazyPlotly';
import { useScheduledRedraw } from '../plots/redrawScheduler';
import { axesBoxOf, sameBox, toDataWithin, toPixel, type AxesBox } from './axes';
import { useFrameCoalesced } from './useFrameCoalesced';

/** A point on the chart that a person can drag (in data coordinates). */
export interface DragHandle {
  readonly id: string;
  readonly x: number;
  readonly y: number;
  readonly color: string;
  /** Larger handles move a position (peak, centre); smaller ones change a spread. */
  readonly size: 'large' | 'small';
  /** Shown as a tooltip (the handles are a pointer shortcut; the sliders are the keyboard way). */
  readonly title: string;
}

const CONFIG: Partial<Config> = {
  displaylogo: false,
  showSendToCloud: false,
  responsive: true,
  modeBarButtonsToRemove: ['lasso2d', 'select2d'],
};

/**
 * A Plotly chart with an SVG overlay of draggable handles, aligned with Plotly's axes by reading the
 * graph div's plot area after every render (Plotly traces cannot be dragged). While a handle is held,
 * the axis ranges are frozen so the chart does not rescale under the pointer, and pointer moves are
 * coalesced to one `onDrag` per animation frame.
 */
export function DraggablePlot({
  figure: latestFigure,
  title,
  testId,
  height,
  handles,
  onDrag,
}: {
  figure: Figure;
  title: string;
  testId: string;
  height: number;
  handles: readonly DragHandle[];
  onDrag: (id: string, x: number, y: number) => void;
}) {
  const largeType = useAppStore((s) => s.largeType);
  // The curves redraw on the scheduler's turn; the handles (SVG, from the store) follow the pointer
  // at once.
  const figure = useScheduledRedraw(latestFigure);
  const graph = useRef<HTMLElement | null>(null);
  const [box, setBox] = useState<AxesBox | null>(null);
  const [frozen, setFrozen] = useState<AxesBox | null>(null);
  const dragging = useRef<string | null>(null);

  const layout = useMemo((): Partial<Layout> => {
    const factor = largeType ? LARGE_TYPE_SCALE : 1;
    const base = scaleLayout(figure.layout, factor);
    // scaleLayout scales the left margin only; the 1-D plot has a titled axis on the right too.
    const r = figure.layout.margin?.r;
    const scaled =
      r && factor !== 1 ? { ...base, margin: { ...base.margin, r: Math.round(r * factor) } } : base;
    if (!frozen) return scaled;
    return {
      ...scaled,
      xaxis: { ...scaled.xaxis, range: [...frozen.xRange], autorange: false },
      yaxis: { ...scaled.yaxis, range: [...frozen.yRange], autorange: false },
    };
  }, [figure.layout, largeType, frozen]);
  const config = useMemo(
    (): Partial<Config> => ({
      ...CONFIG,
      toImageButtonOptions: { filename: `kl-explorer-${testId}`, format: 'png', scale: 2 },
    }),
    [testId],
  );

  const readBox = useCallback(() => {
    const next = axesBoxOf(graph.current);
    setBox((prev) => (sameBox(prev, next) ? prev : next));
  }, []);
  const onFigure = useCallback(
    (_: unknown, el: HTMLElement) => {
      graph.current = el;
      readBox();
    },
    [readBox],
  );

  const { schedule, flush } = useFrameCoalesced(onDrag);
  const pointAt = (e: PointerEvent<SVGElement>): [number, number] | null => {
    const current = frozen ?? box;
    const svg = e.currentTarget.ownerSVGElement ?? (e.currentTarget as SVGSVGElement);
    if (!current) return null;
    const rect = svg.getBoundingClientRect();
    return toDataWithin(current, e.clientX - rect.left, e.clientY - rect.top);
  };
  const onPointerDown = (id: string) => (e: PointerEvent<SVGCircleElement>) => {
    if (!box || (e.pointerType === 'mouse' && e.button !== 0)) return;
    e.preventDefault();
    e.currentTarget.setPointerCapture(e.pointerId);
    dragging.current = id;
    setFrozen(box);
  };
  const onPointerMove = (e: PointerEvent<SVGCircleElement>) => {
    if (dragging.current === null) return;
    const at = pointAt(e);
    if (at) schedule(dragging.current, at[0], at[1]);
  };
  const endDrag = (e: PointerEvent<SVGCircleElement>) => {
    if (dragging.current === null) return;
    flush();
    dragging.current = null;
    if (e.currentTarget.hasPointerCapture(e.pointerId))
      e.currentTarget.releasePointerCapture(e.pointerId);
    setFrozen(null);
  };

  const shown = frozen ?? box;
  const h = Math.round(height * (largeType ? 1.25 : 1));
  return (
    <figure className="plot draggable-plot" data-testid={testId} aria-label={title}>
      <PlotlyComponent
        data={figure.data}
        layout={layout}
        config={config}
        useResizeHandler
        onInitialized={onFigure}
        onUpdate={onFigure}
        onAfterPlot={readBox}
        style={{ width: '100%', height: h }}
      />
      {shown && (
        <svg className="drag-overlay" aria-hidden="true" data-testid={`${testId}.overlay`}>
          {handles.map((handle) => {
            const [cx, cy] = toPixel(shown, handle.x, handle.y);
            const inside =
              cx >= shown.xOffset - 1 &&
              cx <= shown.xOffset + shown.xLength + 1 &&
              cy >= shown.yOffset - 1 &&
              cy <= shown.yOffset + shown.yLength + 1;
            if (!inside) return null;
            return (
              <circle
                key={handle.id}
                className={`drag-handle ${handle.size}`}
                data-testid={`handle.${handle.id}`}
                data-x={handle.x}
                data-y={handle.y}
                cx={cx}
                cy={cy}
                r={handle.size === 'large' ? 8 : 6}
                stroke={handle.color}
                onPointerDown={onPointerDown(handle.id)}
                onPointerMove={onPointerMove}
                onPointerUp={endDrag}
                onPointerCancel={endDrag}
              >
                <title>{handle.title}</title>
              </circle>
            );
          })}
        </svg>
      )}
    </figure>
  );
}
