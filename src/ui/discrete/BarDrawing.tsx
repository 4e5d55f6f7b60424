import { useEffect, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { useFrameCoalesced } from '../plots/useFrameCoalesced';
import { COLORS } from '../theme';
import { formatNumber } from '../format';
import { valueLabel } from './barValueLabel';

const HEIGHT = 200;
const MARGIN = { l: 44, r: 10, t: 18, b: 26 } as const;
const TICKS = [0, 0.25, 0.5, 0.75, 1] as const;
/** Keyboard steps: arrow keys move a bar by 0.01, with Shift by 0.1; Home/End set 0 and 1. */
export const BAR_STEP = 0.01;
export const BAR_BIG_STEP = 0.1;

export interface BarDrawingProps {
  readonly which: 'p' | 'q';
  readonly probs: readonly number[];
  /** Categories to outline as the cause of an infinite KL. */
  readonly highlighted: readonly boolean[];
  /** When false, the bars are shown but cannot be changed (the logits mode edits them instead). */
  readonly editable: boolean;
  readonly onSet: (k: number, v: number) => void;
}

/**
 * A bar chart drawn as SVG that a person edits directly: press on a bar's column and drag up or down
 * (mouse, touch or pen, with pointer capture), or focus a bar and use the arrow keys. Drawn by hand
 * rather than with Plotly because Plotly bars cannot be dragged; the look follows the Plotly charts.
 */
export function BarDrawing({ which, probs, highlighted, editable, onSet }: BarDrawingProps) {
  const wrapper = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(480);
  const dragging = useRef<number | null>(null);

  useEffect(() => {
    const el = wrapper.current;
    if (!el) return;
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setWidth(Math.max(200, Math.round(entry.contentRect.width)));
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  const k = probs.length;
  const plotW = width - MARGIN.l - MARGIN.r;
  const plotH = HEIGHT - MARGIN.t - MARGIN.b;
  const band = plotW / k;
  const barW = Math.min(56, band * 0.7);
  const xOf = (i: number) => MARGIN.l + band * i + band / 2;
  const yOf = (v: number) => MARGIN.t + plotH * (1 - v);
  const color = COLORS[which];
  const name = which.toUpperCase();

  const valueAt = (clientY: number, svg: SVGSVGElement) => {
    const rect = svg.getBoundingClientRect();
    const y = ((clientY - rect.top) / rect.height) * HEIGHT;
    const v = Math.min(1, Math.max(0, (MARGIN.t + plotH - y) / plotH));
    // Snap to 0.001, and to exactly 0 near the axis so a zero (an infinite KL) is easy to draw.
    return v < 0.004 ? 0 : Math.round(v * 1000) / 1000;
  };
  const barAt = (clientX: number, svg: SVGSVGElement) => {
    const rect = svg.getBoundingClientRect();
    const x = ((clientX - rect.left) / rect.width) * width;
    return Math.min(k - 1, Math.max(0, Math.floor((x - MARGIN.l) / band)));
  };

  const onPointerDown = (e: PointerEvent<SVGSVGElement>) => {
    if (!editable || (e.pointerType === 'mouse' && e.button !== 0)) return;
    const svg = e.currentTarget;
    const bar = barAt(e.clientX, svg);
    dragging.current = bar;
    svg.setPointerCapture(e.pointerId);
    (svg.querySelector(`[data-bar="${bar}"]`) as SVGElement | null)?.focus({ preventScroll: true });
    onSet(bar, valueAt(e.clientY, svg));
    e.preventDefault();
  };
  // A drag's moves are applied once per frame, after its paint: the bar and the numbers it changes
  // are then painted together (useFrameCoalesced).
  const { schedule, flush } = useFrameCoalesced(onSet);
  const onPointerMove = (e: PointerEvent<SVGSVGElement>) => {
    if (dragging.current === null) return;
    schedule(dragging.current, valueAt(e.clientY, e.currentTarget));
  };
  const endDrag = (e: PointerEvent<SVGSVGElement>) => {
    if (dragging.current === null) return;
    flush();
    dragging.current = null;
    if (e.currentTarget.hasPointerCapture(e.pointerId))
      e.currentTarget.releasePointerCapture(e.pointerId);
  };
  const onKeyDown = (i: number) => (e: KeyboardEvent<SVGElement>) => {
    if (!editable) return;
    const step = e.shiftKey ? BAR_BIG_STEP : BAR_STEP;
    const v = probs[i]!;
    const next =
      e.key === 'ArrowUp' || e.key === 'ArrowRight'
        ? v + step
        : e.key === 'ArrowDown' || e.key === 'ArrowLeft'
          ? v - step
          : e.key === 'PageUp'
            ? v + BAR_BIG_STEP
            : e.key === 'PageDown'
              ? v - BAR_BIG_STEP
              : e.key === 'Home'
                ? 0
                : e.key === 'End'
                  ? 1
                  : null;
    if (next === null) return;
    e.preventDefault();
    // Round away the binary noise of repeated ±0.01 steps.
    onSet(i, Math.min(1, Math.max(0, Math.round(next * 1e6) / 1e6)));
  };

  return (
    <div ref={wrapper} className={`bar-drawing${editable ? ' editable' : ''}`}>
      <svg
        width={width}
        height={HEIGHT}
        viewBox={`0 0 ${width} ${HEIGHT}`}
        data-testid={`${which}.cat.drawing`}
        // A drag over the bars is an interaction like a slider's (interactionTracking.ts): the
        // charts restyle only their data on pinned axes until it ends.
        data-drag-handle={editable ? '' : undefined}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={endDrag}
        onPointerCancel={endDrag}
      >
        <g className="axis" aria-hidden="true">
          {TICKS.map((t) => (
            <g key={t}>
              <line x1={MARGIN.l} x2={width - MARGIN.r} y1={yOf(t)} y2={yOf(t)} />
              <text x={MARGIN.l - 6} y={yOf(t)} dy="0.32em" textAnchor="end">
                {t}
              </text>
            </g>
          ))}
        </g>
        {probs.map((v, i) => {
          const hot = highlighted[i] === true;
          return (
            <g key={i}>
              {hot && (
                <rect
                  className="mismatch-band"
                  x={MARGIN.l + band * i + 2}
                  y={MARGIN.t}
                  width={band - 4}
                  height={plotH}
                  data-testid={`${which}.cat.mismatch.${i}`}
                />
              )}
              <rect
                x={xOf(i) - barW / 2}
                y={yOf(v)}
                width={barW}
                height={Math.max(0, plotH * v)}
                fill={color}
                rx={2}
              />
              <text className="bar-value" x={xOf(i)} y={yOf(v) - 4} textAnchor="middle">
                {hot ? '0 → ∞' : valueLabel(v, band)}
              </text>
              <text className="bar-label" x={xOf(i)} y={HEIGHT - 8} textAnchor="middle">
                {i + 1}
              </text>
              {/* The focusable slider for bar i covers its whole column, so it is easy to hit. */}
              <rect
                className="bar-hit"
                data-bar={i}
                data-testid={`${which}.cat.bar.${i}`}
                x={MARGIN.l + band * i}
                y={MARGIN.t}
                width={band}
                height={plotH}
                role="slider"
                tabIndex={0}
                aria-label={`${name}: probability of category ${i + 1}`}
                aria-valuemin={0}
                aria-valuemax={1}
                aria-valuenow={v}
                aria-valuetext={`${formatNumber(v, 4)}${hot ? ', zero where the other has mass' : ''}`}
                aria-readonly={!editable || undefined}
                onKeyDown={onKeyDown(i)}
              />
            </g>
          );
        })}
      </svg>
    </div>
  );
}
