import { useMemo, useRef, type CSSProperties, type KeyboardEvent, type PointerEvent } from 'react';
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
 * pointer so it does not jump. Moves are coalesced to one `onDrag` per animation frame; pointer
 * capture keeps a drag alive outside the plot, where the handle follows the plot area's edge.
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
  const placed = useMemo(() => {
    const { x, y } = axes;
    const inside = (px: number, lo: number, len: number) => px >= lo - 1 && px <= lo + len + 1;
    const on = handles
      .map((handle) => ({ handle, px: x.toPx(handle.x), py: y.toPx(handle.y) }))
      .filter(
        (p) =>
          Number.isFinite(p.px) &&
          Number.isFinite(p.py) &&
          inside(p.px, x.offset, x.length) &&
          inside(p.py, y.offset, y.length),
      );
    return spreadOverlapping(on);
  }, [axes, handles]);

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
    e.currentTarget.setPointerCapture(e.pointerId);
    if (target) {
      // The data position, not the spread one: the drag starts where the handle's value is.
      const hx = axes.x.toPx(target.handle.x);
      const hy = axes.y.toPx(target.handle.y);
      drag.current = { id: target.handle.id, dx: hx - px, dy: hy - py, left: r.left, top: r.top };
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
    <div className="chart-handles" data-testid={`${testId}.overlay`}>
      {area && (
        <div
          className="chart-drag-area"
          data-testid={area.testId}
          aria-label={area.label}
          role="presentation"
          data-drag-handle=""
          style={{ left: x.offset, top: y.offset, width: x.length, height: y.length }}
          onPointerDown={(e) => begin(e, null)}
          onPointerMove={move}
          onPointerUp={end}
          onPointerCancel={end}
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
              { left: p.px, top: p.py, '--handle-color': h.color ?? COLORS.q } as CSSProperties
            }
            onPointerDown={(e) => begin(e, p)}
            onPointerMove={move}
            onPointerUp={end}
            onPointerCancel={end}
            onKeyDown={key(h)}
          />
        );
      })}
    </div>
  );
}
