import { useMemo } from 'react';
import { discreteDistribution } from '../../core/families/registry';
import { isContinuous1, isDiscrete, isInteger } from '../../core/distributions/types';
import { incompatibility, INTEGER_BARS } from '../../core/analysis';
import {
  integerWindow,
  windowProbabilities,
  windowOutcomes,
} from '../../core/divergences/integers';
import {
  monteCarloIntegerCounts,
  monteCarloOutcomeCounts,
  monteCarloSamples1,
} from '../../core/montecarlo/samples';
import { useAppStore } from '../../state/store';
import { Plot } from '../plots/Plot';
import type { Figure } from '../plots/figures/layout';
import { samplesFrequencyFigure, samplesHistogramFigure } from './figures/samplesFigure';
import { useMonteCarloPair } from './useMonteCarloPair';

/** How many of the run's first samples are drawn: enough for a readable histogram, cheap to redraw. */
export const SAMPLES_SHOWN = 4000;

/** The run's first samples over the densities (1-D) or as frequencies against P and Q (discrete). */
export function SamplesChart() {
  const { p, q } = useMonteCarloPair();
  const n = useAppStore((s) => s.n);
  const seed = useAppStore((s) => s.seed);
  const m = Math.min(n, SAMPLES_SHOWN);
  const figure = useMemo((): Figure | null => {
    if (incompatibility(p, q)) return null;
    if (isContinuous1(p) && isContinuous1(q))
      return samplesHistogramFigure(
        p,
        q,
        monteCarloSamples1(p, seed, m),
        monteCarloSamples1(q, seed, m),
      );
    if (isDiscrete(p) && isDiscrete(q))
      return samplesFrequencyFigure(
        discreteDistribution(p).probs,
        discreteDistribution(q).probs,
        monteCarloOutcomeCounts(p, seed, m),
        monteCarloOutcomeCounts(q, seed, m),
      );
    if (isInteger(p) && isInteger(q)) {
      const w = integerWindow(p, q, INTEGER_BARS);
      const outcomes = windowOutcomes(w);
      // Counted over the span the runs cover, then read at the window's outcomes.
      const first = outcomes[0]!;
      const span = outcomes[outcomes.length - 1]! - first + 1;
      const countsOf = (d: typeof p) => {
        const all = monteCarloIntegerCounts(d, seed, m, first, span);
        return Float64Array.from(outcomes, (k) => all[k - first]!);
      };
      return samplesFrequencyFigure(
        windowProbabilities(p, w),
        windowProbabilities(q, w),
        countsOf(p),
        countsOf(q),
        outcomes.map(String),
      );
    }
    return null;
  }, [p, q, seed, m]);
  return (
    <section className="card" aria-labelledby="mc-samples-title">
      <h2 id="mc-samples-title">The samples</h2>
      {figure ? (
        <>
          <p className="mc-note">
            The first {m.toLocaleString('en')} draws of this run from P and from Q.
          </p>
          <Plot
            figure={figure}
            title="The run's first samples against the distributions"
            testId="chart-mc-samples"
            height={380}
          />
        </>
      ) : (
        <p className="mc-note">A sample plot is drawn for 1-D and discrete pairs.</p>
      )}
    </section>
  );
}
