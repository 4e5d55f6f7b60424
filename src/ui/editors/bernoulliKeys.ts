/** Arrow keys step p by 0.01, as the other sliders step their values; with Shift by 0.001. */
const KEY_STEP = 0.01;
const FINE_STEP = 0.001;

/** p after an arrow key press (null for other keys), on the step's grid, within [0, 1]. */
export function arrowStep(p: number, key: string, fine: boolean): number | null {
  const sign =
    key === 'ArrowRight' || key === 'ArrowUp'
      ? 1
      : key === 'ArrowLeft' || key === 'ArrowDown'
        ? -1
        : 0;
  if (sign === 0) return null;
  const step = fine ? FINE_STEP : KEY_STEP;
  // Onto the grid first, so 0.305 → 0.31 (not 0.315): the next multiple of the step that way.
  const k = sign > 0 ? Math.floor(p / step + 1e-9) + 1 : Math.ceil(p / step - 1e-9) - 1;
  return Math.min(1, Math.max(0, Math.round(k * step * 1e6) / 1e6));
}
