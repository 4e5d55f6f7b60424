import type { Data, Layout } from 'plotly.js';
import { inUnit, type InformationUnit } from '../../../core/units';
import { formatNumber } from '../../format';
import { baseLayout } from '../../plots/figures/layout';
import type { Figure } from '../../plots/figures/layout';
import { COLORS } from '../../theme';
import { barLabels, groupedBarSlot } from '../../plots/figures/barLabels';
import type { ShownCategories } from '../topCategories';

const OUTLINE = '#000';
/**
 * Categories with P > 0 where Q = 0 (KL(P‖Q) = ∞) or the reverse, read from the infinite terms
 * rather than from p and q: two counts far apart (Pois(3) against Pois(300)) have probabilities that
 * underflow to 0 in the other's window although neither is 0 there, and their terms, computed from
 * the log-pmfs, stay finite.
 */
const mismatchOf = (s: ShownCategories) =>
  s.p.map((_, k) => s.pq[k] === Infinity || s.qp[k] === Infinity);

const tickAngle = (s: ShownCategories) => (s.labels.length > 12 ? -45 : 0);

/**
 * A dotted vertical line where a second run of counts begins (ShownCategories.breaks): the
 * outcomes between the two masses are left out of the bars (not of the sums).
 */
const breakShapes = (s: ShownCategories): NonNullable<Partial<Layout>['shapes']> =>
  s.breaks.map((i) => ({
    type: 'line',
    xref: 'x',
    yref: 'paper',
    x0: i - 0.5,
    x1: i - 0.5,
    y0: 0,
    y1: 1,
    line: { color: '#5f6b77', width: 1.5, dash: 'dot' },
  }));

/**
 * P and Q side by side over the shown categories (see topCategories), with an outcome where one is 0
 * and the other is not outlined in black and marked "0", so the cause of an ∞ is visible.
 */
export function discretePairFigure(s: ShownCategories, width?: number): Figure {
  const mismatch = mismatchOf(s);
  const bar = (name: 'P' | 'Q', values: readonly number[], color: string): Data => ({
    type: 'bar',
    name,
    x: [...s.labels],
    y: [...values],
    marker: {
      color,
      line: {
        color: mismatch.map((m) => (m ? OUTLINE : color)),
        width: mismatch.map((m) => (m ? 2.5 : 0)),
      },
    },
    hovertemplate: `${name}(%{x}) = %{y:.6g}<extra></extra>`,
  });
  const top = Math.max(...s.p, ...s.q);
  const layout: Partial<Layout> = {
    ...baseLayout('discrete-pair'),
    barmode: 'group',
    // The value labels take the bars' offsets (barLabels).
    scattermode: 'group',
    bargap: 0.25,
    xaxis: { title: { text: s.axisTitle }, type: 'category', tickangle: tickAngle(s) },
    yaxis: {
      title: { text: 'probability' },
      range: [0, Math.min(1, top) * 1.18 || 1],
    },
    legend: { orientation: 'h', x: 0, y: 1.14 },
    shapes: breakShapes(s),
  };
  const slot = groupedBarSlot(width, layout, s.labels.length, 2);
  const label = (values: readonly number[]) =>
    barLabels(
      s.labels,
      values,
      values.map((v, k) => (v === 0 && mismatch[k] ? '0' : formatNumber(v, 3))),
      slot,
    );
  const showText = s.labels.length <= 12;
  return {
    data: [
      bar('P', s.p, COLORS.p),
      bar('Q', s.q, COLORS.q),
      ...(showText ? [...label(s.p), ...label(s.q)] : []),
    ],
    layout,
  };
}

/**
 * The signed per-category contributions p_k·log(p_k/q_k) (sums to KL(P‖Q), P's colour) and
 * q_k·log(q_k/p_k) (sums to KL(Q‖P), Q's colour), in the chosen unit. An infinite contribution is a
 * hatched bar capped at 1.25 × the largest finite |value| and marked ∞; hovering gives p, q and the term.
 */
export function contributionsFigure(s: ShownCategories, unit: InformationUnit): Figure {
  const pq = s.pq.map((x) => inUnit(x, unit));
  const qp = s.qp.map((x) => inUnit(x, unit));
  const finite = [...pq, ...qp].filter(Number.isFinite).map(Math.abs);
  const largest = Math.max(0, ...finite);
  const cap = largest > 0 ? largest * 1.25 : 1;
  const log = unit === 'bits' ? 'log₂' : 'ln';
  const trace = (
    name: string,
    values: number[],
    color: string,
    offsetgroup: string,
    term: string,
  ): Data =>
    ({
      type: 'bar',
      name,
      offsetgroup,
      x: [...s.labels],
      y: values.map((v) => (Number.isFinite(v) ? v : cap)),
      customdata: s.labels.map((_, k) => [
        formatNumber(s.p[k]!, 6),
        formatNumber(s.q[k]!, 6),
        formatNumber(values[k]!, 6),
      ]),
      marker: {
        // Per-bar colours: with one colour string Plotly leaves patterned bars unfilled.
        color: values.map(() => color),
        pattern: {
          shape: values.map((v) => (Number.isFinite(v) ? '' : '/')),
          fgcolor: '#ffffff',
          solidity: 0.35,
        },
      },
      hovertemplate: `category %{x}<br>p = %{customdata[0]}, q = %{customdata[1]}<br>${term} = %{customdata[2]} ${unit}<extra></extra>`,
    }) as Data;
  const annotations = [pq, qp].flatMap((values, series) =>
    values.flatMap((v, k) =>
      Number.isFinite(v)
        ? []
        : [
            {
              // On a category axis a numeric-looking label ('3') would be read as an index, so
              // place by index: grouped bars (gap 0.25) sit ±0.1875 from the category's centre.
              x: k + (series === 0 ? -0.1875 : 0.1875),
              y: cap,
              text: '<b>∞</b>',
              showarrow: false,
              yshift: 12,
              font: { size: 16, color: series === 0 ? COLORS.p : COLORS.q },
            },
          ],
    ),
  );
  const low = Math.min(0, ...pq.filter(Number.isFinite), ...qp.filter(Number.isFinite));
  return {
    data: [
      trace(`p·${log}(p/q) → KL(P‖Q)`, pq, COLORS.p, 'pq', `p·${log}(p/q)`),
      trace(`q·${log}(q/p) → KL(Q‖P)`, qp, COLORS.q, 'qp', `q·${log}(q/p)`),
    ],
    layout: {
      ...baseLayout('discrete-contributions'),
      margin: { l: 56, r: 16, t: 44, b: 48 },
      barmode: 'group',
      bargap: 0.25,
      xaxis: { title: { text: s.axisTitle }, type: 'category', tickangle: tickAngle(s) },
      yaxis: {
        title: { text: `contribution (${unit})` },
        zeroline: true,
        zerolinecolor: '#8a939e',
        range: [low < 0 ? low * 1.2 : 0, cap * 1.15],
      },
      legend: { orientation: 'h', x: 0, y: 1.2 },
      annotations,
      shapes: breakShapes(s),
    },
  };
}
