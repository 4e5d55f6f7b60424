import type { MonteCarloSummary } from '../../core/montecarlo/summary';
import { WarningIcon } from '../icons';
import type { K3VarianceStatus } from '../../core/montecarlo/k3Variance';
import type { MeasureValue } from '../../core/divergences/types';
import type { InformationUnit } from '../../core/units';
import { useAppStore } from '../../state/store';
import type { MonteCarloRunState } from '../../state/slices/monteCarlo';
import { formatColumnAmount, formatNumber, unitLabel } from '../format';
import { explainInfinity } from '../measures';
import { explainMonteCarloInfinity } from './text';
import { ESTIMATOR_COLORS, ESTIMATORS, type Estimator } from './figures/convergenceFigure';
import { k3VarianceOfCurrentPair } from '../../state/k3VarianceBridge';
import { usePublishedReadout } from '../readouts/usePublishedReadout';

const ESTIMATOR_NOTES: { readonly [K in Estimator]: string } = {
  k1: '−log r, unbiased',
  k2: '½(log r)², biased',
  k3: '(r − 1) − log r, unbiased',
};

const DIRECTIONS = {
  pq: {
    label: 'KL(P‖Q)',
    testId: 'mc-kl-pq',
    from: 'P',
    ratio: 'r = q(x)/p(x), x ~ P',
    measure: 'klPQ',
  },
  qp: {
    label: 'KL(Q‖P)',
    testId: 'mc-kl-qp',
    from: 'Q',
    ratio: 'r = p(x)/q(x), x ~ Q',
    measure: 'klQP',
  },
} as const;

const scaled = (x: number, unit: InformationUnit) => (unit === 'bits' ? x / Math.LN2 : x);

function EstimateCell({ s, unit }: { s: MonteCarloSummary[Estimator]; unit: InformationUnit }) {
  if (s.estimate === Infinity)
    return (
      <td>
        <span className="mc-estimate">∞</span>
        <span className="mc-interval">
          {s.reason?.code === 'ratio-overflow' ? 'r overflowed' : 'see below'}
        </span>
      </td>
    );
  const finiteSe = Number.isFinite(s.se);
  return (
    <td>
      <span className="mc-estimate">{formatColumnAmount(s.estimate, unit)}</span>
      {finiteSe && <span className="mc-se"> ± {formatNumber(scaled(s.se, unit), 2)}</span>}
      <span className="mc-interval">
        95 %:{' '}
        {finiteSe
          ? `[${formatColumnAmount(s.ci95[0], unit)}, ${formatColumnAmount(s.ci95[1], unit)}]`
          : '—'}
      </span>
    </td>
  );
}

function DirectionReadout({
  direction,
  summary,
  state,
  exact,
  k3Variance,
  unit,
  outcomeCount,
}: {
  direction: 'pq' | 'qp';
  summary: MonteCarloSummary | null;
  state: MonteCarloRunState;
  exact: MeasureValue | null;
  /** Undefined while the worker reads it for a new pair: no warning either way. */
  k3Variance: K3VarianceStatus | undefined;
  unit: InformationUnit;
  /** Number of outcomes of a discrete pair, so messages name outcomes as the charts do. */
  outcomeCount: number | undefined;
}) {
  const d = DIRECTIONS[direction];
  const titleId = `mc-${direction}-title`;
  const other = d.from === 'P' ? 'Q' : 'P';
  const attrs = usePublishedReadout(d.testId, {
    'data-value': summary ? String(summary.k1.estimate) : '',
    'data-se': summary ? String(summary.k1.se) : '',
    'data-n': summary ? String(summary.n) : '0',
    'data-k2': summary ? String(summary.k2.estimate) : '',
    'data-k3': summary ? String(summary.k3.estimate) : '',
    'data-state': state,
  });
  return (
    <section
      className={`card mc-readout mc-readout-${direction}`}
      aria-labelledby={titleId}
      data-testid={d.testId}
      {...attrs}
    >
      <h2 id={titleId}>
        {d.label} <span className="role">{d.ratio}</span>
      </h2>
      <table className="mc-table">
        <thead>
          <tr>
            <th scope="col">estimator</th>
            <th scope="col">estimate ± SE, 95 % interval ({unitLabel(unit)})</th>
          </tr>
        </thead>
        <tbody>
          {ESTIMATORS.map((k) => (
            <tr key={k} data-testid={`mc.${direction}.${k}`}>
              <th scope="row">
                <span
                  className="mc-dot"
                  style={{ background: ESTIMATOR_COLORS[k] }}
                  aria-hidden="true"
                />
                {k} <span className="mc-note mc-block">{ESTIMATOR_NOTES[k]}</span>
              </th>
              {summary ? <EstimateCell s={summary[k]} unit={unit} /> : <td>—</td>}
            </tr>
          ))}
          <tr className="mc-exact" data-testid={`mc.${direction}.exact`}>
            <th scope="row">exact</th>
            <td>
              {exact ? (
                <>
                  <span className="mc-estimate">{formatColumnAmount(exact.value, unit)}</span>
                  {exact.error > 0 && (
                    <span className="mc-se"> ± {formatNumber(scaled(exact.error, unit), 2)}</span>
                  )}
                  <span className="mc-note">
                    {' '}
                    ({exact.method === 'closed-form' ? 'closed form' : 'numerical integration'})
                  </span>
                  {exact.reason && (
                    <span className="mc-interval">
                      {explainInfinity(exact.reason, outcomeCount)}
                    </span>
                  )}
                </>
              ) : (
                <span className="mc-note">not available for this pair yet</span>
              )}
            </td>
          </tr>
        </tbody>
      </table>
      {summary?.infiniteReason && (
        <p className="mc-infinite" role="note" data-testid={`mc.${direction}.infinite`}>
          ∞: {explainMonteCarloInfinity(summary.infiniteReason, outcomeCount)}
        </p>
      )}
      {k3Variance === 'infinite-ratio' && (
        <p className="mc-warning" role="note" data-testid={`mc.${direction}.k3-warning`}>
          <WarningIcon /> Here E<sub>{d.from}</sub>[r²] = ∞: {other}’s tails are too heavy for{' '}
          {d.from}’s (for Gaussians, σ<sub>{other}</sub>² ≥ 2σ<sub>{d.from}</sub>²). So k3 has
          infinite variance: its standard error and interval mean nothing, and it converges slowly
          and erratically. Trust k1 here.
        </p>
      )}
      {k3Variance === 'infinite-log' && !summary?.infiniteReason && (
        <p className="mc-warning" role="note" data-testid={`mc.${direction}.k3-warning`}>
          <WarningIcon /> Here E<sub>{d.from}</sub>[(log r)²] = ∞: {d.from}’s tails are too heavy
          for the square of {other}’s log-density (a t with ν ≤ 4 against a Normal). So k1 and k3
          have infinite variance: their standard errors and intervals mean nothing, and they
          converge slowly and erratically.
        </p>
      )}
    </section>
  );
}

/** The readout contract: mc-kl-pq and mc-kl-qp with the k1 estimate, its SE, N, state, k2 and k3. */
export function MonteCarloReadouts() {
  const run = useAppStore((s) => s.mcRun);
  const analysis = useAppStore((s) => s.analysis);
  const unit = useAppStore((s) => s.units);
  const k3 = useAppStore(k3VarianceOfCurrentPair);
  const measures = analysis?.ok ? analysis.measures : null;
  const outcomeCount =
    analysis?.ok && analysis.view.kind === 'discrete' && !analysis.view.integers
      ? analysis.view.p.length
      : undefined;
  return (
    <div className="mc-readouts">
      <DirectionReadout
        direction="pq"
        summary={run.pq?.summary ?? null}
        state={run.state}
        exact={measures?.klPQ ?? null}
        k3Variance={k3?.pq}
        unit={unit}
        outcomeCount={outcomeCount}
      />
      <DirectionReadout
        direction="qp"
        summary={run.qp?.summary ?? null}
        state={run.state}
        exact={measures?.klQP ?? null}
        k3Variance={k3?.qp}
        unit={unit}
        outcomeCount={outcomeCount}
      />
    </div>
  );
}
