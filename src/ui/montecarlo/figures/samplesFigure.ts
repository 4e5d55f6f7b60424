import { plotRange1Generic } from '../../../core/divergences/continuous1Generic';
import { gaussianComponents1, isGaussianMixture1 } from '../../../core/families/registry';
import type { Data } from 'plotly.js';
import { logDensity1 } from '../../../core/families/registry';
import type { Continuous1Spec } from '../../../core/distributions/types';
import { baseLayout } from '../../plots/figures/layout';
import type { Figure } from '../../plots/figures/layout';
import { outcomeLabels } from '../../plots/figures/discreteFigure';
import { COLORS } from '../../theme';

/** The legend goes below the x axis title: above, it would cover the plot's title area on a phone. */
const LEGEND_BELOW = { orientation: 'h', x: 0, y: -0.24, yanchor: 'top' } as const;

/** Bins of the sample histograms. */
export const HISTOGRAM_BINS = 48;
/** Points of each density curve. */
const CURVE_POINTS = 241;

/** μ ± 4σ over every component of both distributions: where nearly all the mass is. */
export function densityRange(p: Continuous1Spec, q: Continuous1Spec): [number, number] {
  // A family without Gaussian components: mean ± 4 sd within its support (or its own plot range).
  if (!isGaussianMixture1(p) || !isGaussianMixture1(q)) return plotRange1Generic(p, q);
  const comps = [p, q].flatMap((d) => gaussianComponents1(d).map((c) => c.component));
  return [
    Math.min(...comps.map((c) => c.mu - 4 * c.sigma)),
    Math.max(...comps.map((c) => c.mu + 4 * c.sigma)),
  ];
}

/**
 * A density histogram: bin i covers [lo + i·w, lo + (i+1)·w), height = count/(M·w), so its area
 * matches the density curve's. Samples outside [lo, hi] are counted in `outside` (they still have
 * weight 1/M each, so the bars' total area is 1 − outside/M).
 */
export function histogram(
  samples: ArrayLike<number>,
  lo: number,
  hi: number,
  bins: number,
): { centres: number[]; heights: number[]; width: number; outside: number } {
  const width = (hi - lo) / bins;
  const counts = new Array<number>(bins).fill(0);
  let outside = 0;
  for (let i = 0; i < samples.length; i++) {
    const b = Math.floor((samples[i]! - lo) / width);
    if (b >= 0 && b < bins) counts[b]!++;
    else outside++;
  }
  const m = samples.length;
  return {
    centres: counts.map((_, i) => lo + (i + 0.5) * width),
    heights: counts.map((c) => (m > 0 ? c / (m * width) : 0)),
    width,
    outside,
  };
}

/**
 * Histograms of the run's first samples x ~ P and x ~ Q over the densities p(x) and q(x): the picture
 * of what the estimators average over. P blue, Q vermillion; bars translucent, curves solid.
 */
export function samplesHistogramFigure(
  p: Continuous1Spec,
  q: Continuous1Spec,
  samplesP: ArrayLike<number>,
  samplesQ: ArrayLike<number>,
): Figure {
  const [lo, hi] = densityRange(p, q);
  const data: Data[] = [];
  for (const [name, d, samples, color] of [
    ['P', p, samplesP, COLORS.p],
    ['Q', q, samplesQ, COLORS.q],
  ] as const) {
    const h = histogram(samples, lo, hi, HISTOGRAM_BINS);
    data.push({
      type: 'bar',
      name: `samples x ~ ${name}`,
      x: h.centres,
      y: h.heights,
      width: h.width,
      marker: { color, opacity: 0.35 },
      hovertemplate: `x ~ ${name}: density %{y:.3g} near %{x:.3g}<extra></extra>`,
    });
    const logPdf = logDensity1(d);
    const xs = Array.from(
      { length: CURVE_POINTS },
      (_, i) => lo + ((hi - lo) * i) / (CURVE_POINTS - 1),
    );
    data.push({
      type: 'scatter',
      mode: 'lines',
      name: `${name.toLowerCase()}(x)`,
      x: xs,
      y: xs.map((x) => Math.exp(logPdf(x))),
      line: { color, width: 2 },
      hovertemplate: `${name.toLowerCase()}(%{x:.3g}) = %{y:.4g}<extra></extra>`,
    });
  }
  return {
    data,
    layout: {
      ...baseLayout('mc-samples'),
      barmode: 'overlay',
      bargap: 0,
      xaxis: { title: { text: 'x' }, range: [lo, hi], automargin: true },
      yaxis: { title: { text: 'density' }, rangemode: 'tozero', automargin: true },
      legend: LEGEND_BELOW,
      margin: { l: 56, r: 16, t: 16, b: 48 },
    },
  };
}

/**
 * Sample frequencies (bars) against the probabilities (diamonds) for a discrete pair: counts/M of the
 * run's first M draws from P and from Q.
 */
export function samplesFrequencyFigure(
  probsP: ArrayLike<number>,
  probsQ: ArrayLike<number>,
  countsP: ArrayLike<number>,
  countsQ: ArrayLike<number>,
  /** The bars' outcome labels (counts: the outcomes themselves); Bern/Cat's by default. */
  labels: readonly string[] = outcomeLabels(probsP.length),
): Figure {
  const total = (c: ArrayLike<number>) => Array.from(c).reduce((a, b) => a + b, 0);
  const data: Data[] = [];
  for (const [name, probs, counts, color] of [
    ['P', probsP, countsP, COLORS.p],
    ['Q', probsQ, countsQ, COLORS.q],
  ] as const) {
    const m = total(counts);
    data.push({
      type: 'bar',
      name: `frequency in ${m.toLocaleString('en')} draws from ${name}`,
      x: [...labels],
      y: Array.from(counts, (c) => (m > 0 ? c / m : 0)),
      marker: { color, opacity: 0.55 },
      ...({ offsetgroup: name } as object), // missing from @types/plotly.js; overlays each P bar on its frequency bar
      hovertemplate: `draws from ${name}: %{y:.4f} at outcome %{x}<extra></extra>`,
    });
    data.push({
      type: 'bar',
      name: `${name}(outcome)`,
      x: [...labels],
      y: Array.from(probs),
      marker: { color: 'rgba(0,0,0,0)', line: { color, width: 2 } },
      ...({ offsetgroup: name } as object), // missing from @types/plotly.js; overlays each P bar on its frequency bar
      hovertemplate: `${name}(%{x}) = %{y:.4f}<extra></extra>`,
    });
  }
  return {
    data,
    layout: {
      ...baseLayout('mc-frequencies'),
      barmode: 'group',
      xaxis: { title: { text: 'outcome' }, type: 'category' },
      yaxis: { title: { text: 'probability' }, rangemode: 'tozero', automargin: true },
      legend: LEGEND_BELOW,
      margin: { l: 56, r: 16, t: 16, b: 48 },
    },
  };
}
