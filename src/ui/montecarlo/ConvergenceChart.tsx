import { useMemo, useState } from 'react';
import { useAppStore } from '../../state/store';
import { Plot } from '../plots/Plot';
import { useThrottledValue } from '../plots/useThrottledValue';
import {
  convergenceFigure,
  ESTIMATOR_COLORS,
  ESTIMATORS,
  type Estimator,
} from './figures/convergenceFigure';

const LABELS = { pq: 'KL(P‖Q)', qp: 'KL(Q‖P)' } as const;

/**
 * While a run is going, the plot is redrawn at most this often (ms). A redraw costs the main thread
 * ≈ 50 ms; a fast run grows the trace several times a second, and on two cores every redraw is
 * taken from the workers. When the run ends the last points are drawn at once.
 */
const REDRAW_WHILE_RUNNING_MS = 400;

/** The running estimates against N, one direction at a time, with a toggle per estimator. */
export function ConvergenceChart() {
  const [direction, setDirection] = useState<'pq' | 'qp'>('pq');
  const [shown, setShown] = useState<{ [K in Estimator]: boolean }>({
    k1: true,
    k2: false,
    k3: true,
  });
  const running = useAppStore((s) => s.mcRun.state === 'running');
  const trace = useThrottledValue(
    useAppStore((s) => s.mcRun[direction]?.trace ?? null),
    running ? REDRAW_WHILE_RUNNING_MS : 0,
  );
  const analysis = useAppStore((s) => s.analysis);
  const unit = useAppStore((s) => s.units);
  const exactValue = analysis?.ok
    ? analysis.measures[direction === 'pq' ? 'klPQ' : 'klQP'].value
    : null;
  const infinite = useAppStore((s) => s.mcRun[direction]?.summary.k1.estimate === Infinity);
  const figure = useMemo(
    () =>
      convergenceFigure(trace ?? [], { shown, exact: exactValue, unit, label: LABELS[direction] }),
    [trace, shown, exactValue, unit, direction],
  );
  return (
    <section className="card" aria-labelledby="mc-convergence-title">
      <h2 id="mc-convergence-title">Convergence</h2>
      <div className="mc-chart-controls">
        <fieldset className="segmented" data-testid="mc.direction">
          <legend className="visually-hidden">Direction</legend>
          {(['pq', 'qp'] as const).map((d) => (
            <label key={d} className={d === direction ? 'active' : ''}>
              <input
                type="radio"
                name="mc-direction"
                value={d}
                checked={d === direction}
                onChange={() => setDirection(d)}
                data-testid={`mc.direction.${d}`}
              />
              {LABELS[d]}
            </label>
          ))}
        </fieldset>
        <fieldset className="mc-toggles">
          <legend className="visually-hidden">Estimators shown</legend>
          {ESTIMATORS.map((k) => (
            <label key={k} className="mc-toggle">
              <input
                type="checkbox"
                checked={shown[k]}
                onChange={(e) => setShown({ ...shown, [k]: e.target.checked })}
                data-testid={`mc.show.${k}`}
              />
              <span
                className="mc-dot"
                style={{ background: ESTIMATOR_COLORS[k] }}
                aria-hidden="true"
              />
              {k}
            </label>
          ))}
        </fieldset>
        <span className="mc-key" aria-hidden="true">
          <span className="mc-key-band" /> ± 2 SE
          <span className="mc-key-exact" /> exact
        </span>
      </div>
      {/* The plot stays mounted while a new run starts (Plotly's first draw is its most costly). */}
      <Plot
        figure={figure}
        title={`Running estimates of ${LABELS[direction]} against the number of samples`}
        testId="chart-mc-convergence"
      />
      {infinite && (
        <p className="mc-note" data-testid="mc.convergence.infinite">
          The estimate of {LABELS[direction]} became ∞ at the first sample where the other
          distribution is 0, so only the points before it are drawn.
        </p>
      )}
      {!(trace && trace.length > 0) && (
        <p className="mc-note">The running estimates appear here as the samples come in.</p>
      )}
    </section>
  );
}
