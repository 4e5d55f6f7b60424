import { useRef } from 'react';
import { MEASURE_KEYS, type InfiniteReason, type MeasureKey } from '../../core/divergences/types';
import { useAppStore } from '../../state/store';
import { formatAmount, formatNumber, unitLabel } from '../format';
import { explainInfinity, MEASURE_LABELS } from '../measures';
import { HeadlineBar } from './HeadlineBar';

/**
 * The readout contract: each measure's element has data-testid and data-value (the full-precision
 * value in nats as String(x), "Infinity" for +∞), whatever unit is shown.
 */
export function MeasureReadouts() {
  const analysis = useAppStore((s) => s.analysis);
  const unit = useAppStore((s) => s.units);
  const computing = useAppStore((s) => s.computing);
  const measures = analysis?.ok ? analysis.measures : null;
  const outcomeCount =
    analysis?.ok && analysis.view.kind === 'discrete' && !analysis.view.integers
      ? analysis.view.p.length
      : undefined;
  const card = useRef<HTMLElement | null>(null);
  return (
    <section
      ref={card}
      className="card readouts"
      aria-labelledby="readouts-title"
      aria-busy={computing}
    >
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
          const { label, testId, description } = MEASURE_LABELS[key];
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
              <dt>{label}</dt>
              <dd>
                <span className="value">{m ? formatAmount(m.value, unit) : '—'}</span>
                {m && m.error > 0 && (
                  <span
                    className={m.coarse ? 'error-estimate coarse' : 'error-estimate'}
                    title={
                      m.coarse
                        ? 'A quick first pass while you drag (its error bound is larger): refined when you pause or let go'
                        : 'Error estimate of the numerical integration'
                    }
                  >
                    ± {formatNumber(m.error / (unit === 'bits' ? Math.LN2 : 1), 2)}
                    {m.coarse && ' (first pass, refining)'}
                  </span>
                )}
                {m?.reason && (
                  <span className="reason">
                    {explainedBefore
                      ? m.reason.code === 'beyond-double'
                        ? `Also larger than the largest double (see ${MEASURE_LABELS[explainedBefore].label}).`
                        : `Infinite because ${MEASURE_LABELS[explainedBefore].label} is.`
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
