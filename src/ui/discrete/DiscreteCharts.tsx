import { useMemo } from 'react';
import { useAppStore } from '../../state/store';
import type { IntegerRun, IntegerWindow } from '../../core/divergences/integers';
import { Plot } from '../plots/Plot';
import { useContentWidth } from '../plots/useContentWidth';
import { contributionsFigure, discretePairFigure } from './figures/discretePairFigures';
import { SHOWN_CATEGORIES, topCategories } from './topCategories';

/**
 * The charts of a discrete pair: P and Q side by side, and where each direction of KL comes from
 * (the signed terms p·log(p/q) and q·log(q/p)). A large pair shows its top categories and one
 * "other" bar. Recomputed only when a new analysis arrives, not on every render.
 */
export function DiscreteCharts() {
  const analysis = useAppStore((s) => s.analysis);
  const unit = useAppStore((s) => s.units);
  const smoothed = useAppStore((s) => s.eps > 0 || s.alpha > 0);
  const shown = useMemo(
    () => (analysis?.ok && analysis.view.kind === 'discrete' ? topCategories(analysis.view) : null),
    [analysis],
  );
  const [pairBox, width] = useContentWidth<HTMLElement>();
  const pair = useMemo(() => (shown ? discretePairFigure(shown, width) : null), [shown, width]);
  const contributions = useMemo(
    () => (shown ? contributionsFigure(shown, unit) : null),
    [shown, unit],
  );
  if (!shown || !pair || !contributions) return null;
  const counts = analysis?.ok && analysis.view.kind === 'discrete' && analysis.view.integers;
  const grouped = counts
    ? `${countsWindowText(counts)} The readouts sum over every outcome, to a proven tail bound (their ±).`
    : shown.otherCount > 0
      ? `The ${SHOWN_CATEGORIES} categories with the largest |p·log(p/q)| (largest first); the other ${shown.otherCount.toLocaleString('en')} are summed in one bar.`
      : null;
  return (
    <>
      <section ref={pairBox} className="card" aria-labelledby="dist-chart-title">
        <h2 id="dist-chart-title">
          P and Q{smoothed && <span className="unit"> (Q smoothed)</span>}
        </h2>
        {grouped && <p className="chart-note">{grouped}</p>}
        <Plot
          figure={pair}
          title="Bar chart of P and Q over the categories"
          testId="chart-distributions"
        />
      </section>
      <section className="card" aria-labelledby="contrib-chart-title">
        <h2 id="contrib-chart-title">Where the divergence comes from</h2>
        <p className="chart-note">
          Each category&apos;s term: the blue bars add up to KL(P‖Q), the vermillion ones to
          KL(Q‖P). A term is negative where the other distribution is larger; ∞ marks a zero.
        </p>
        <Plot
          figure={contributions}
          title="Per-category contributions to KL(P‖Q) and KL(Q‖P)"
          testId="chart-contributions"
        />
      </section>
    </>
  );
}

/** Which outcomes the bars of a pair of counts stand for (core/divergences/integers.ts). */
function countsWindowText(w: IntegerWindow): string {
  const span = (r: IntegerRun) => `${r.first}–${r.first + r.count - 1}`;
  if (w.runs.length === 2)
    return `Outcomes ${span(w.runs[0]!)} and ${span(w.runs[1]!)}, around P’s and Q’s masses, which lie far apart; the dotted line marks the outcomes between them, left out of the bars${w.capped ? ' (the longer run is the middle of a wider range)' : ''}.`;
  return `Outcomes ${span(w.runs[0]!)}${w.capped ? ' (the middle of a wider range)' : ', where P and Q have all but 10⁻⁶ of their mass'}.`;
}
