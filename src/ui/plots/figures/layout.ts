import type { Layout } from 'plotly.js';
import { COLORS, FONT_FAMILY } from '../../theme';

/**
 * What every figure shares. `uirevision` keeps a person's zoom and pan while the data changes under
 * it (each figure passes its own key, so switching views resets only that view).
 */
export function baseLayout(uirevision: string): Partial<Layout> {
  return {
    uirevision,
    autosize: true,
    margin: { l: 56, r: 16, t: 28, b: 48 },
    font: { family: FONT_FAMILY, size: 13, color: COLORS.text },
    paper_bgcolor: 'rgba(0,0,0,0)',
    plot_bgcolor: 'rgba(0,0,0,0)',
    hoverlabel: { font: { family: FONT_FAMILY } },
  };
}
