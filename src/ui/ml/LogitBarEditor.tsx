import { useRef, type KeyboardEvent, type PointerEvent } from 'react';
import { formatNumber } from '../format';

export interface LogitBarEditorProps {
  /** One row of values (logits or advantages); −∞ is drawn as a masked class. */
  readonly values: readonly number[];
  /** Called with the whole new row on every drag step or key press. */
  readonly onChange: (values: number[]) => void;
  /** Accessible name of the group, e.g. "Student logits, row 1". */
  readonly label: string;
  /** The bars' colour (P blue for teacher, Q vermillion for student). */
  readonly color: string;
  /** The drawn (and draggable) range is [−range, range]. */
  readonly range?: number;
  readonly step?: number;
  readonly testId?: string;
  /** Per-bar name, e.g. "class 2" or "action 2". */
  readonly itemName?: (k: number) => string;
}

const round = (x: number, step: number) => Math.round(x / step) * step;
const clean = (x: number) => Number(x.toFixed(6));

/**
 * One row of values as vertical bars from a zero line, edited by dragging a bar up or down (pointer
 * events, captured so the drag survives leaving the bar) or from the keyboard on a focused bar:
 * arrows ±step, Shift+arrows or Page Up/Down ±1, Home/End to the range's ends. Each bar is a
 * `role="slider"` with its own accessible name and value.
 */
export function LogitBarEditor({
  values,
  onChange,
  label,
  color,
  range = 8,
  step = 0.1,
  testId,
  itemName = (k) => `class ${k + 1}`,
}: LogitBarEditorProps) {
  const dragging = useRef<number | null>(null);

  const set = (k: number, x: number) => {
    const next = [...values];
    next[k] = clean(Math.max(-range, Math.min(range, x)));
    if (next[k] !== values[k]) onChange(next);
  };

  const valueAt = (e: PointerEvent<HTMLElement>) => {
    const rect = e.currentTarget.getBoundingClientRect();
    const frac = (e.clientY - rect.top) / rect.height; // 0 at the top (+range), 1 at the bottom
    return round(range * (1 - 2 * frac), step);
  };

  const onPointerDown = (k: number) => (e: PointerEvent<HTMLElement>) => {
    e.preventDefault();
    e.currentTarget.setPointerCapture(e.pointerId);
    (e.currentTarget.querySelector('[role="slider"]') as HTMLElement | null)?.focus();
    dragging.current = k;
    set(k, valueAt(e));
  };
  const onPointerMove = (k: number) => (e: PointerEvent<HTMLElement>) => {
    if (dragging.current === k) set(k, valueAt(e));
  };
  const onPointerUp = (e: PointerEvent<HTMLElement>) => {
    dragging.current = null;
    if (e.currentTarget.hasPointerCapture(e.pointerId))
      e.currentTarget.releasePointerCapture(e.pointerId);
  };

  const onKeyDown = (k: number) => (e: KeyboardEvent<HTMLElement>) => {
    const v = values[k]!;
    const base = Number.isFinite(v) ? v : -range;
    const big = e.shiftKey ? 1 : step;
    const moves: Record<string, number | undefined> = {
      ArrowUp: base + big,
      ArrowRight: base + big,
      ArrowDown: base - big,
      ArrowLeft: base - big,
      PageUp: base + 1,
      PageDown: base - 1,
      Home: -range,
      End: range,
    };
    const target = moves[e.key];
    if (target === undefined) return;
    e.preventDefault();
    set(k, round(target, step));
  };

  return (
    <div className="logit-bars" role="group" aria-label={label} data-testid={testId}>
      {values.map((v, k) => {
        const masked = v === -Infinity;
        const clipped = Math.max(-range, Math.min(range, masked ? -range : v));
        const heightPct = (Math.abs(clipped) / range) * 50;
        const name = itemName(k);
        return (
          <div className="logit-bar-col" key={k}>
            <div
              className="logit-bar-track"
              onPointerDown={onPointerDown(k)}
              onPointerMove={onPointerMove(k)}
              onPointerUp={onPointerUp}
              onPointerCancel={onPointerUp}
            >
              <div className="logit-bar-zero" />
              <div
                className={`logit-bar${masked ? ' masked' : ''}`}
                style={{
                  background: masked ? undefined : color,
                  height: `${heightPct}%`,
                  top: clipped >= 0 ? `${50 - heightPct}%` : '50%',
                }}
              />
              <div
                role="slider"
                tabIndex={0}
                className="logit-bar-handle"
                aria-label={`${label}, ${name}`}
                aria-valuemin={-range}
                aria-valuemax={range}
                aria-valuenow={masked ? -range : clipped}
                aria-valuetext={masked ? 'minus infinity (masked)' : formatNumber(v)}
                aria-orientation="vertical"
                data-testid={testId ? `${testId}.${k}` : undefined}
                onKeyDown={onKeyDown(k)}
              />
            </div>
            <span className="logit-bar-value">{masked ? '−∞' : formatNumber(v, 3)}</span>
          </div>
        );
      })}
    </div>
  );
}
