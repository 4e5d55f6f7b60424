import { useRef } from 'react';
import { MEASURE_KEYS, type InfiniteReason, type MeasureKey } from '../../core/divergences/types';
import { useAppStore } from '../../state/store';
import { formatNumber, unitLabel } from '../format';
import {
  displayScale,
  explainInfinity,
  formatMeasure,
  hasUnit,
  unitlessRange,
  MEASURE_LABELS,
  measureLabel,
} from '../measures';
import { HeadlineBar } from './HeadlineBar';

/**
 * The readout contract: each measure's element has data-testid and data-value (the full-precision
 * value in nats as String(x), "Infinity" for +∞), whatever unit is shown; TV and H² are unitless
 * (their data-value is the plain number in [0, 1]) and never follow the bits toggle.
 */
export function MeasureReadouts() {
  const analysis = useAppStore((s) => s.analysis);
  const unit = useAppStore((s) => s.units);
  // Busy at rest while numbers are on their way. Not during a drag: there an answer comes every
  // frame, and the flag's on-off would re-render the readouts twice per frame (and tell a screen
  // reader, sixty times a second, that the region is busy).
  const busy = useAppStore((s) => s.computing && !s.interacting);
  const measures = analysis?.ok ? analysis.measures : null;
  const scenarioOrder = useAppStore((s) => s.order);
  // The order the numbers on screen were computed at (the scenario's while the first answer is due).
  const order = analysis?.ok ? analysis.order : scenarioOrder;
  const outcomeCount =
    analysis?.ok && analysis.view.kind === 'discrete' && !analysis.view.integers
      ? analysis.view.p.length
      : undefined;
  const card = useRef<HTMLElement | null>(null);
  return (
    <section ref={card} className="card readouts" aria-labelledby="readouts-title" aria-busy={busy}>
      <h2 id="readouts-title">
        Divergences <span className="unit">in {unitLabel(unit)}</span>
      </h2>
      {analysis && !analysis.ok && (
        <p className="problem" role="alert">
          {analysis.problem.message}
        </p>
      )}
      <dl>
        {MEASURE_KEYS.map((key: MeasureKey, index) => {
          const { testId, description } = MEASURE_LABELS[key];
          const label = measureLabel(key, order);
          const m = measures?.[key];
          // Symmetric KL and H(P,Q) are infinite for the same reason as a KL before them: say it once.
          const explainedBefore = MEASURE_KEYS.slice(0, index).find(
            (k) => measures?.[k].reason && m?.reason && sameReason(measures[k].reason!, m.reason),
          );
          return (
            <div
              key={key}
              className="readout"
              data-testid={testId}
              data-value={m ? String(m.value) : ''}
              data-coarse={m?.coarse ? 'true' : undefined}
              title={description}
            >
              <dt>
                {label}
                {!hasUnit(key) && (
                  <span className="unitless"> (no unit, {unitlessRange(key)})</span>
                )}
              </dt>
              <dd>
                <span className="value">{m ? formatMeasure(key, m.value, unit) : '—'}</span>
                {m && m.error > 0 && (
                  <span
                    className={m.coarse ? 'error-estimate coarse' : 'error-estimate'}
                    title={
                      m.coarse
                        ? 'A quick first pass while you drag (its error bound is larger): refined when you pause or let go'
                        : 'Error estimate of the numerical integration'
                    }
                  >
                    ± {formatNumber(m.error / displayScale(key, unit), 2)}
                    {m.coarse && ' (first pass, refining)'}
                  </span>
                )}
                {m?.reason && (
                  <span className="reason">
                    {explainedBefore
                      ? m.reason.code === 'beyond-double'
                        ? `Also larger than the largest double (see ${measureLabel(explainedBefore, order)}).`
                        : `Infinite because ${measureLabel(explainedBefore, order)} is.`
                      : explainInfinity(m.reason, outcomeCount)}
                  </span>
                )}
              </dd>
            </div>
          );
        })}
      </dl>
      <HeadlineBar watched={card} measures={measures} unit={unit} />
    </section>
  );
}

const sameReason = (a: InfiniteReason, b: InfiniteReason) =>
  a.code === 'support-mismatch' && b.code === 'support-mismatch'
    ? a.zeroIn === b.zeroIn && a.outcome === b.outcome
    : a.code === b.code;
