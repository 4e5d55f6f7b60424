import { formatNumber } from '../format';

/** A digit's advance in the value labels (12 px, styles.css), a little generous (as barLabels.ts). */
const VALUE_CHAR_PX = 12 * 0.62;

/**
 * A bar's value to 3 significant digits for the bar drawing, or nothing where it would overlap its
 * neighbours' labels (`band`: the bar's column in px).
 */
export function valueLabel(v: number, band: number): string {
  const text = formatNumber(v, 3);
  return text.length * VALUE_CHAR_PX <= band ? text : '';
}
