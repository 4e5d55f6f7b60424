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

/**
 * The same layout with `ticklabeloverflow: 'allow'` on every y axis that does not choose its own.
 *
 * Plotly's default for a linear axis ('hide past div') measures every tick label's box after each
 * full redraw (`getBoundingClientRect`, which forces the page's layout) to hide the labels that
 * cross the edge of the chart's div: a fifth of the explorer's redraws on a release (35 of 195 ms
 * over four charts, a 2-D Gaussian's). A y axis's labels stand beside the plot, between its top and
 * bottom margins, and never reach the div's top or bottom edge, so nothing is hidden there. X axes
 * keep the default: a wide label at the right end of one can pass the 16 px right margin.
 */
export function withYTickLabelsUnmeasured(layout: Partial<Layout>): Partial<Layout> {
  const axes = Object.keys(layout).filter((key) => /^yaxis\d*$/.test(key));
  if (axes.length === 0) return layout;
  const out: Record<string, unknown> = { ...layout };
  for (const key of axes) {
    const axis = out[key] as { ticklabeloverflow?: string } | undefined;
    if (axis && axis.ticklabeloverflow === undefined)
      out[key] = { ...axis, ticklabeloverflow: 'allow' };
  }
  return out as Partial<Layout>;
}
