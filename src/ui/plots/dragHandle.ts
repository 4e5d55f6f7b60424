/**
 * A point on a chart that a person can drag with a pointer or move with the arrow keys (the
 * explorer's peaks, shoulders and ellipse ends; the fit view's start). Data coordinates of the
 * axes the chart's `handlesOn` trace is drawn on.
 */
export interface DragHandle {
  readonly id: string;
  readonly x: number;
  readonly y: number;
  /** Accessible name and tooltip: says whose handle it is and what it changes. */
  readonly label: string;
  /** The ring's colour (P blue, Q vermillion); the fit start's default is Q's. */
  readonly color?: string;
  /** Larger handles move a position (peak, centre); smaller ones change a spread. */
  readonly size?: 'large' | 'small';
  /** 'x': only x matters (1-D handles; Up/Down step x too); 'xy': both (2-D). Default 'xy'. */
  readonly moves?: 'x' | 'xy';
  /** Default `handle.<id>`. */
  readonly testId?: string;
}

/** A handle placed on screen: px in the graph div, after overlapping handles were spread. */
export interface PlacedHandle {
  readonly handle: DragHandle;
  readonly px: number;
  readonly py: number;
}

/** Handles whose centres are closer than this (px) are pushed apart to it, so each stays grabbable. */
export const MIN_HANDLE_SEPARATION = 14;

/**
 * Spreads handles that would sit on each other (P's and Q's shoulders at the same x; Q's axis end
 * on P's centre): each such pair is pushed apart symmetrically along the line between them, or
 * vertically when they coincide (the later one, drawn on top, upwards). A few passes settle small
 * clusters; the drawn positions then differ from the data by at most a few px.
 */
export function spreadOverlapping(
  placed: readonly PlacedHandle[],
  separation = MIN_HANDLE_SEPARATION,
): PlacedHandle[] {
  const out = placed.map((p) => ({ ...p }));
  for (let pass = 0; pass < 4; pass++) {
    let moved = false;
    for (let i = 0; i < out.length; i++)
      for (let j = i + 1; j < out.length; j++) {
        const a = out[i]!;
        const b = out[j]!;
        const dx = b.px - a.px;
        const dy = b.py - a.py;
        const d = Math.hypot(dx, dy);
        if (d >= separation - 1e-9) continue;
        const [ux, uy] = d < 1e-6 ? [0, -1] : [dx / d, dy / d];
        const push = (separation - d) / 2;
        out[i] = { ...a, px: a.px - ux * push, py: a.py - uy * push };
        out[j] = { ...b, px: b.px + ux * push, py: b.py + uy * push };
        moved = true;
      }
    if (!moved) break;
  }
  return out;
}

/** The placed handle nearest to (px, py), or null when none is within `reach` px. */
export function nearestHandle(
  placed: readonly PlacedHandle[],
  px: number,
  py: number,
  reach: number,
): PlacedHandle | null {
  let best: PlacedHandle | null = null;
  let bestD = reach;
  for (const p of placed) {
    const d = Math.hypot(p.px - px, p.py - py);
    if (d <= bestD) {
      best = p;
      bestD = d;
    }
  }
  return best;
}

/** Arrow keys move a handle by this share of the axis range; with Shift, a tenth of it. */
export const KEY_STEP = 0.01;

/**
 * Where a handle goes for an arrow key, in data units: 1% of the axis range per press (0.1% with
 * Shift). For an x-only handle Up/Down step x as well, as on a slider. Null for other keys.
 */
export function keyStep(
  key: string,
  shift: boolean,
  moves: 'x' | 'xy',
  xRange: readonly [number, number],
  yRange: readonly [number, number],
): [number, number] | null {
  const f = KEY_STEP * (shift ? 0.1 : 1);
  const sx = f * (xRange[1] - xRange[0]);
  const sy = f * (yRange[1] - yRange[0]);
  switch (key) {
    case 'ArrowLeft':
      return [-sx, 0];
    case 'ArrowRight':
      return [sx, 0];
    case 'ArrowUp':
      return moves === 'x' ? [sx, 0] : [0, sy];
    case 'ArrowDown':
      return moves === 'x' ? [-sx, 0] : [0, -sy];
    default:
      return null;
  }
}
