import type { Data, Layout } from 'plotly.js';
import { COLORS, FONT_FAMILY } from '../../theme';

/** A Plotly figure as the pure builders return it. */
export interface Figure {
  readonly data: Data[];
  readonly layout: Partial<Layout>;
}

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

/**
 * The same layout with every font (and the margins that hold tick labels) scaled by `factor`,
 * for large-type mode. Returns the layout itself when factor is 1.
 */
export function scaleLayout(layout: Partial<Layout>, factor: number): Partial<Layout> {
  if (factor === 1) return layout;
  const size = (s: number | undefined, fallback: number) => Math.round((s ?? fallback) * factor);
  const margin = layout.margin;
  return {
    ...layout,
    font: { ...layout.font, size: size(layout.font?.size, 13) },
    ...(margin
      ? {
          margin: {
            ...margin,
            l: margin.l === undefined ? undefined : Math.round(margin.l * factor),
            b: margin.b === undefined ? undefined : Math.round(margin.b * factor),
            t: margin.t === undefined ? undefined : Math.round(margin.t * factor),
          },
        }
      : {}),
    ...(layout.annotations
      ? {
          annotations: layout.annotations.map((a) => ({
            ...a,
            font: { ...a.font, size: size(a.font?.size, layout.font?.size ?? 13) },
          })),
        }
      : {}),
  };
}
