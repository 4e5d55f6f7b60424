import { formatNumber } from '../format';
import { labelWidth } from '../plots/figures/barLabels';

/** The bar drawing's value labels' font size (styles.css, .bar-drawing .bar-value). */
const VALUE_FONT_PX = 12;

/**
 * A bar's value to 3 significant digits for the bar drawing, or nothing where it would overlap its
 * neighbours' labels (`band`: the bar's column in px).
 */
export function valueLabel(v: number, band: number): string {
  const text = formatNumber(v, 3);
  return labelWidth(text, VALUE_FONT_PX) <= band ? text : '';
}
