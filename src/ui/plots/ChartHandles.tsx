import {
  useMemo,
  useRef,
  useState,
  type CSSProperties,
  type KeyboardEvent,
  type PointerEvent,
} from 'react';
import { COLORS } from '../theme';
import {
  keyStep,
  nearestHandle,
  spreadOverlapping,
  type DragHandle,
  type PlacedHandle,
} from './dragHandle';
import type { AxisPair } from './plotAxes';
import { useFrameCoalesced } from './useFrameCoalesced';

/** How far (px) from a handle's centre a press still grabs it: half the 44 px touch target. */
const REACH = 22;

/** A click-or-drag target covering the whole plot area (the fit landscape: a click sets the start). */
export interface DragArea {
  readonly label: string;
  readonly testId: string;
}

/**
 * The handles over a chart's plot area: 44 px buttons (Tab reaches them, arrow keys move them, the
 * focus ring shows which), placed through the chart's axis map. A press grabs the handle nearest to
 * the pointer, overlapping handles are spread apart, and a grabbed handle keeps its offset from the
 * pointer so it does not jump. Moves are coalesced to one `onDrag` per animation frame.
 *
 * The overlay, not the pressed button, holds the pointer capture: a button leaves the DOM when its
 * handle leaves the plot area (a mixture's peak rising above the axes pinned for the drag), and
 * Chromium ends the capture of a removed element, which stalled the drag. The dragged handle itself
 * is never removed: outside the plot area it rides the area's edge, so the person still sees it.
 */
export function ChartHandles({
  axes,
  handles,
  onDrag,
  area,
  testId,
}: {
  axes: AxisPair;
  handles: readonly DragHandle[];
  onDrag: (id: string, x: number, y: number) => void;
  area?: DragArea;
  testId: string;
}) {
  const [dragging, setDragging] = useState<string | null>(null);
  const placed = useMemo(() => {
    const { x, y } = axes;
    const inside = (px: number, lo: number, len: number) => px >= lo - 1 && px <= lo + len + 1;
    const clamp = (px: number, lo: number, len: number) => Math.min(lo + len, Math.max(lo, px));
    const on = handles
      .map((handle) => ({ handle, px: x.toPx(handle.x), py: y.toPx(handle.y) }))
      .filter((p) => Number.isFinite(p.px) && Number.isFinite(p.py))
      .map((p) =>
        p.handle.id === dragging
          ? { ...p, px: clamp(p.px, x.offset, x.length), py: clamp(p.py, y.offset, y.length) }
          : p,
      )
      .filter((p) => inside(p.px, x.offset, x.length) && inside(p.py, y.offset, y.length));
    return spreadOverlapping(on);
  }, [axes, handles, dragging]);

  const drag = useRef<{ id: string; dx: number; dy: number; left: number; top: number } | null>(
    null,
  );
  const { schedule, flush } = useFrameCoalesced(onDrag);
  const clampedData = (px: number, py: number): [number, number] => {
    const { x, y } = axes;
    const cx = Math.min(x.offset + x.length, Math.max(x.offset, px));
    const cy = Math.min(y.offset + y.length, Math.max(y.offset, py));
    return [x.fromPx(cx), y.fromPx(cy)];
  };

  /** `pressed`: the handle whose button was pressed (null on the area); the nearest one wins. */
  const begin = (e: PointerEvent<HTMLElement>, pressed: PlacedHandle | null) => {
    if (e.pointerType === 'mouse' && e.button !== 0) return;
    const overlay = e.currentTarget.closest<HTMLElement>('.chart-handles');
    if (!overlay) return;
    // Read once per drag: the page does not scroll under a held pointer (touch-action: none).
    const r = overlay.getBoundingClientRect();
    const px = e.clientX - r.left;
    const py = e.clientY - r.top;
    const target = nearestHandle(placed, px, py, REACH) ?? pressed;
    if (!target && !area) return;
    e.preventDefault();
    e.stopPropagation();
    overlay.setPointerCapture(e.pointerId);
    if (target) {
      // The data position, not the spread one: the drag starts where the handle's value is.
      const hx = axes.x.toPx(target.handle.x);
      const hy = axes.y.toPx(target.handle.y);
      drag.current = { id: target.handle.id, dx: hx - px, dy: hy - py, left: r.left, top: r.top };
      setDragging(target.handle.id);
      (e.currentTarget as HTMLElement).focus?.({ preventScroll: true });
    } else {
      drag.current = { id: 'area', dx: 0, dy: 0, left: r.left, top: r.top };
      const [x, y] = clampedData(px, py);
      onDrag('area', x, y);
    }
  };
  const move = (e: PointerEvent<HTMLElement>) => {
    const d = drag.current;
    if (!d) return;
    const [x, y] = clampedData(e.clientX - d.left + d.dx, e.clientY - d.top + d.dy);
    schedule(d.id, x, y);
  };
  const end = (e: PointerEvent<HTMLElement>) => {
    if (!drag.current) return;
    flush();
    drag.current = null;
    setDragging(null);
    if (e.currentTarget.hasPointerCapture(e.pointerId))
      e.currentTarget.releasePointerCapture(e.pointerId);
  };
  const key = (handle: DragHandle) => (e: KeyboardEvent<HTMLElement>) => {
    const step = keyStep(e.key, e.shiftKey, handle.moves ?? 'xy', axes.x.range, axes.y.range);
    if (!step) return;
    e.preventDefault();
    onDrag(handle.id, handle.x + step[0], handle.y + step[1]);
  };

  const { x, y } = axes;
  return (
    <div
      className="chart-handles"
      data-testid={`${testId}.overlay`}
      onPointerMove={move}
      onPointerUp={end}
      onPointerCancel={end}
      onLostPointerCapture={end}
    >
      {area && (
        <div
          className="chart-drag-area"
          data-testid={area.testId}
          aria-label={area.label}
          role="presentation"
          data-drag-handle=""
          style={{ left: x.offset, top: y.offset, width: x.length, height: y.length }}
          onPointerDown={(e) => begin(e, null)}
        />
      )}
      {placed.map((p) => {
        const h = p.handle;
        return (
          <button
            key={h.id}
            type="button"
            className={`chart-handle ${h.size ?? 'large'}`}
            data-drag-handle=""
            data-testid={h.testId ?? `handle.${h.id}`}
            data-x={h.x}
            data-y={h.y}
            aria-label={h.label}
            title={h.label}
            style={
              {
                transform: `translate(${p.px}px, ${p.py}px)`,
                '--handle-color': h.color ?? COLORS.q,
              } as CSSProperties
            }
            onPointerDown={(e) => begin(e, p)}
            onKeyDown={key(h)}
          />
        );
      })}
    </div>
  );
}
