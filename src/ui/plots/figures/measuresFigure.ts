import { MEASURE_KEYS, MEASURES, type MeasureKey } from '../../../core/measures/table';
import type { Data } from 'plotly.js';
import type { MeasureSet } from '../../../core/divergences/types';
import { inUnit, type InformationUnit } from '../../../core/units';
import { formatNumber } from '../../format';
import { hasUnit, measureShort } from '../../measures';
import { COLORS } from '../../theme';
import { barLabels } from './barLabels';
import { baseLayout, type Figure } from './layout';

/**
 * Bars in the readouts' order, each in its measure's colour role (core/measures/table.ts), in two
 * panels: the measures in nats (or bits) on the left, the unitless bounded distances (TV, H²) on
 * the right on their own fixed axis, 0 to the largest of their ranges' ends (1), so neither scale
 * flattens or exaggerates the other.
 */
const ORDER = MEASURE_KEYS.filter(hasUnit);
const MARGIN = { l: 56, r: 16, t: 28, b: 64 };
const MAIN_DOMAIN = [0, 0.72] as const;
const BOUNDED_DOMAIN = [0.8, 1] as const;
const BOUNDED = MEASURE_KEYS.filter((k) => !hasUnit(k));
const BOUNDED_TOP = Math.max(
  ...MEASURES.flatMap((m) => ('integrated' in m && !hasUnit(m.key) ? [m.integrated.max] : [])),
);
const COLOR_OF = Object.fromEntries(MEASURES.map((m) => [m.key, COLORS[m.colour]])) as {
  readonly [K in MeasureKey]: string;
};

/**
 * Bars of every measure in the chosen unit; `width`, the chart's width in pixels, sizes the value
 * labels to their bars (barLabels). An infinite measure is drawn as a hatched bar capped just
 * above the largest finite one and labelled ∞, so one infinity does not flatten every other bar.
 * H(P, Q) is stacked as H(P) + KL(P‖Q) to show the decomposition.
 */
export function measuresFigure(
  measures: MeasureSet,
  unit: InformationUnit,
  order: number,
  width?: number,
): Figure {
  const x = ORDER.map((k) => measureShort(k, order));
  const values = ORDER.map((k) => inUnit(measures[k].value, unit));
  const finite = values.filter(Number.isFinite);
  const largest = Math.max(0, ...finite.map(Math.abs));
  const cap = largest > 0 ? largest * 1.25 : 1;
  const capped = values.map((v) => (Number.isFinite(v) ? v : cap));
  const isInfinite = values.map((v) => !Number.isFinite(v));
  const ceIndex = ORDER.indexOf('cePQ');
  const hP = inUnit(measures.hP.value, unit);
  const klPQ = inUnit(measures.klPQ.value, unit);
  const stackCe = Number.isFinite(klPQ);

  const main: Data = {
    type: 'bar',
    name: 'value',
    x,
    // The cross-entropy bar is replaced by the stack below when it is finite.
    y: capped.map((v, i) => (i === ceIndex && stackCe ? null : v)) as number[],
    marker: {
      color: ORDER.map((k) => COLOR_OF[k]),
      pattern: {
        shape: isInfinite.map((inf) => (inf ? '/' : '')),
        fgcolor: '#ffffff',
        solidity: 0.35,
      },
    },
    hovertemplate: values.map(
      (v, i) =>
        `${x[i]}<br>${Number.isFinite(v) ? formatNumber(v, 6) : '∞'} ${unit}<extra></extra>`,
    ),
    showlegend: false,
  };
  const data: Data[] = [main];
  if (stackCe) {
    data.push(
      {
        type: 'bar',
        name: 'H(P)',
        x: [x[ceIndex]!],
        y: [hP],
        marker: { color: COLORS.p, opacity: 0.55 },
        hovertemplate: `H(P) part: ${formatNumber(hP, 6)} ${unit}<extra></extra>`,
        showlegend: false,
      },
      // `base` is a real bar attribute that @types/plotly.js lacks.
      {
        type: 'bar',
        name: 'KL(P‖Q)',
        x: [x[ceIndex]!],
        y: [klPQ],
        base: [hP],
        marker: { color: COLORS.p },
        hovertemplate: `KL(P‖Q) part: ${formatNumber(klPQ, 6)} ${unit}<extra></extra>`,
        showlegend: false,
      } as Data,
    );
  }
  const minValue = Math.min(0, ...finite);
  const bx = BOUNDED.map((k) => measureShort(k, order));
  const bv = BOUNDED.map((k) => measures[k].value);
  data.push({
    type: 'bar',
    name: 'bounded',
    x: bx,
    y: bv,
    xaxis: 'x2',
    yaxis: 'y2',
    marker: { color: BOUNDED.map((k) => COLOR_OF[k]) },
    hovertemplate: bv.map((v, i) => `${bx[i]}<br>${formatNumber(v, 6)} (no unit)<extra></extra>`),
    showlegend: false,
  });
  // The cross-entropy's label sits on its stack's top, H(P) + KL(P‖Q).
  const tops = capped.map((v, i) => (i === ceIndex && stackCe ? hP + klPQ : v));
  // Each facet's plot width split among its bars (the domains and margins below).
  const plot = width === undefined ? undefined : width - MARGIN.l - MARGIN.r;
  const slot = (domain: readonly [number, number], n: number) =>
    plot === undefined ? undefined : (plot * (domain[1] - domain[0])) / n;
  data.push(
    ...barLabels(
      x,
      tops,
      values.map((v, i) => formatNumber(i === ceIndex && stackCe ? hP + klPQ : v)),
      slot(MAIN_DOMAIN, x.length),
      undefined,
      // The stack's top segment, KL(P‖Q) ≥ 0, always grows upwards.
      tops.map((v, i) => (i === ceIndex && stackCe) || v >= 0),
    ),
    ...barLabels(
      bx,
      bv,
      bv.map((v) => formatNumber(v)),
      slot(BOUNDED_DOMAIN, bx.length),
      { xaxis: 'x2', yaxis: 'y2' },
    ),
  );
  return {
    data,
    layout: {
      ...baseLayout('measures'),
      // Fixed margins, not automargin (which costs Plotly a second layout pass on every redraw):
      // the bottom one holds the measure names when Plotly tilts them on a phone.
      margin: MARGIN,
      barmode: 'overlay',
      yaxis: {
        title: { text: unit },
        zeroline: true,
        range: [minValue < 0 ? minValue * 1.25 : 0, cap * 1.12],
      },
      xaxis: { type: 'category', domain: [...MAIN_DOMAIN] },
      // The bounded distances: their own axis, 0 to BOUNDED_TOP (room above for the labels).
      xaxis2: { type: 'category', domain: [...BOUNDED_DOMAIN], anchor: 'y2' },
      yaxis2: {
        anchor: 'x2',
        range: [0, 1.18 * BOUNDED_TOP],
        tickvals: [0, 0.5 * BOUNDED_TOP, BOUNDED_TOP],
        zeroline: true,
        title: { text: 'no unit', standoff: 2 },
      },
      annotations: values.flatMap((v, i) =>
        Number.isFinite(v)
          ? []
          : [
              {
                x: x[i],
                y: cap,
                text: '<b>∞</b>',
                showarrow: false,
                yshift: 14,
                font: { size: 18 },
              },
            ],
      ),
    },
  };
}
