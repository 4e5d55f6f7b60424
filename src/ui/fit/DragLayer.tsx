import { type ReactNode, useEffect, useRef, useState } from 'react';

/** The part of Plotly's private axis object we read: linear ↔ pixel maps and the plot-area box. */
interface PlotlyAxis {
  l2p(v: number): number;
  p2l(px: number): number;
  _offset: number;
  _length: number;
}
interface GraphDiv extends HTMLElement {
  _fullLayout?: { xaxis?: PlotlyAxis; yaxis?: PlotlyAxis };
  on?(event: 'plotly_afterplot', listener: () => void): void;
  removeListener?(event: 'plotly_afterplot', listener: () => void): void;
}

export interface DragHandle {
  readonly id: string;
  readonly x: number;
  readonly y: number;
  /** Accessible name (the sliders remain the keyboard alternative; handles are pointer-only). */
  readonly label: string;
  readonly testId: string;
}

interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
  x: PlotlyAxis;
  y: PlotlyAxis;
}

/**
 * A pointer overlay aligned with the Plotly chart inside `children`: it reads the graph div's
 * `_fullLayout.xaxis/yaxis` (l2p/p2l, _offset, _length) so handles sit on data coordinates and
 * pointer positions map back to them. With `area`, the whole plot area is a drag target (a click
 * sets the point); otherwise only the handles are. Pointer capture keeps a drag alive outside the
 * plot; `touch-action: none` stops the page scrolling under a finger; moves are coalesced to one
 * `onDrag` per animation frame.
 */
export function DragLayer({
  children,
  handles,
  area = false,
  areaLabel,
  areaTestId,
  onDrag,
}: {
  children: ReactNode;
  handles: readonly DragHandle[];
  area?: boolean;
  areaLabel?: string;
  areaTestId?: string;
  onDrag: (id: string, x: number, y: number) => void;
}) {
  const wrap = useRef<HTMLDivElement>(null);
  const [box, setBox] = useState<Box | null>(null);
  const drag = useRef<{ id: string; frame: number; x: number; y: number } | null>(null);
  const onDragRef = useRef(onDrag);
  useEffect(() => {
    onDragRef.current = onDrag;
  });

  // Plotly lays out asynchronously: the box is re-read after each of its redraws (so the handles
  // move with a relayout at once, not up to a poll later, when a drag would miss them), and a few
  // times a second for the page's own layout changes (a resize, a panel opening).
  useEffect(() => {
    let listening: GraphDiv | null = null;
    const read = () => {
      const gd = wrap.current?.querySelector<GraphDiv>('.js-plotly-plot');
      if (gd && gd !== listening && gd.on) {
        listening?.removeListener?.('plotly_afterplot', read);
        gd.on('plotly_afterplot', read);
        listening = gd;
      }
      const xa = gd?._fullLayout?.xaxis;
      const ya = gd?._fullLayout?.yaxis;
      if (!gd || !xa || !ya || !wrap.current) return;
      const g = gd.getBoundingClientRect();
      const w = wrap.current.getBoundingClientRect();
      const next = {
        left: g.left - w.left + xa._offset,
        top: g.top - w.top + ya._offset,
        width: xa._length,
        height: ya._length,
        x: xa,
        y: ya,
      };
      setBox((b) =>
        b &&
        b.left === next.left &&
        b.top === next.top &&
        b.width === next.width &&
        b.height === next.height &&
        b.x === xa &&
        b.y === ya
          ? b
          : next,
      );
    };
    read();
    const timer = setInterval(read, 250);
    return () => {
      clearInterval(timer);
      listening?.removeListener?.('plotly_afterplot', read);
    };
  }, []);

  const toData = (e: React.PointerEvent<HTMLElement>, b: Box) => {
    const overlay = e.currentTarget.closest<HTMLElement>('.fit-drag-area') ?? e.currentTarget;
    const r = overlay.getBoundingClientRect();
    // Within the plot area: a captured pointer can leave it, and the handle then follows its edge.
    const px = Math.min(b.width, Math.max(0, e.clientX - r.left));
    const py = Math.min(b.height, Math.max(0, e.clientY - r.top));
    return { x: b.x.p2l(px), y: b.y.p2l(py) };
  };
  const start = (e: React.PointerEvent<HTMLElement>) => {
    const id = e.currentTarget.dataset.handle;
    if (!box || !id) return;
    e.preventDefault();
    e.stopPropagation();
    // Captured by the element pressed (a handle, or the area), which then gets every move and the up.
    e.currentTarget.setPointerCapture(e.pointerId);
    const { x, y } = toData(e, box);
    drag.current = { id, frame: 0, x, y };
    onDragRef.current(id, x, y);
  };
  const move = (e: React.PointerEvent<HTMLElement>) => {
    const d = drag.current;
    if (!d || !box) return;
    const p = toData(e, box);
    d.x = p.x;
    d.y = p.y;
    if (d.frame) return;
    d.frame = requestAnimationFrame(() => {
      d.frame = 0;
      onDragRef.current(d.id, d.x, d.y);
    });
  };
  const end = (e: React.PointerEvent<HTMLElement>) => {
    const d = drag.current;
    if (!d) return;
    if (d.frame) cancelAnimationFrame(d.frame);
    onDragRef.current(d.id, d.x, d.y);
    drag.current = null;
    if (e.currentTarget.hasPointerCapture(e.pointerId))
      e.currentTarget.releasePointerCapture(e.pointerId);
  };

  return (
    <div className="fit-drag" ref={wrap}>
      {children}
      {box && (
        <div
          className={area ? 'fit-drag-area fit-drag-area-active' : 'fit-drag-area'}
          data-testid={areaTestId}
          aria-label={areaLabel}
          style={{ left: box.left, top: box.top, width: box.width, height: box.height }}
          data-handle="area"
          onPointerDown={area ? start : undefined}
          onPointerMove={move}
          onPointerUp={end}
          onPointerCancel={end}
        >
          {handles.map((h) => {
            const px = box.x.l2p(h.x);
            const py = box.y.l2p(h.y);
            if (!Number.isFinite(px) || !Number.isFinite(py)) return null;
            if (px < -8 || px > box.width + 8 || py < -8 || py > box.height + 8) return null;
            return (
              <span
                key={h.id}
                className="fit-drag-handle"
                data-testid={h.testId}
                role="img"
                aria-label={h.label}
                title={h.label}
                style={{ left: px, top: py }}
                data-handle={h.id}
                onPointerDown={start}
                onPointerMove={move}
                onPointerUp={end}
                onPointerCancel={end}
              />
            );
          })}
        </div>
      )}
    </div>
  );
}
