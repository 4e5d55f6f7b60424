import { useEffect, useMemo } from 'react';
import { fDivergenceInequalities } from '../../core/measures/inequalities';
import { formatRenyiOrder, subscriptOrder } from '../renyiOrderLabel';
import { renyiCurveIsOfCurrentPair } from '../../state/renyiCurveBridge';
import { useAppStore, type AppState } from '../../state/store';
import { formatAmount, formatNumber } from '../format';
import { Plot } from '../plots/Plot';
import { fDivergenceChainFigure } from '../plots/figures/fDivergenceChainFigure';
import { renyiCurveFigure } from '../plots/figures/renyiCurveFigure';
import { OrderControl } from './OrderControl';

const holds = (ok: boolean) => (ok ? '✓' : '✗');

/**
 * The D_α chart waits for its curve while it computes (Plot's `waitFor`): drawn at once, on a
 * release it was drawn twice, first over the previous pair's points (a 45 ms task for nothing).
 */
const curveComputing = (s: AppState) => s.renyiCurve?.status === 'computing';

/**
 * "KL among the f-divergences": the inequalities that tie KL to the bounded distances, drawn live
 * with the current numbers (Pinsker with the smaller KL; H² ≤ TV ≤ √2·H), and D_α against α with
 * KL at α = 1 and the current order marked. The curve is computed by the worker only while this
 * panel is mounted (renyiCurveBridge.ts).
 */
export function FDivergencePanel() {
  const analysis = useAppStore((s) => s.analysis);
  const unit = useAppStore((s) => s.units);
  const curve = useAppStore((s) => s.renyiCurve);
  const ownPair = useAppStore(renyiCurveIsOfCurrentPair);
  const want = useAppStore((s) => s.wantRenyiCurve);
  useEffect(() => {
    want(1);
    return () => want(-1);
  }, [want]);
  const ineq = useMemo(
    () => (analysis?.ok ? fDivergenceInequalities(analysis.measures, analysis.order) : null),
    [analysis],
  );
  const chain = useMemo(() => (ineq ? fDivergenceChainFigure(ineq) : null), [ineq]);
  const curveFigure = useMemo(
    () =>
      // Drawn whenever there are points, a previous pair's too while the new curve computes: the
      // chart then redraws in place instead of being removed and made again (a layout jump).
      curve && ineq && curve.points.length > 0
        ? renyiCurveFigure(
            curve.points,
            { order: ineq.order, value: ownPair ? ineq.renyi : null },
            unit,
          )
        : null,
    [curve, ineq, unit, ownPair],
  );
  if (!ineq || !chain) return null;
  const kl = ineq.direction === 'PQ' ? 'KL(P‖Q)' : 'KL(Q‖P)';
  const d = `D${subscriptOrder(ineq.order)}(P‖Q)`;
  return (
    <section className="card fdiv-panel" aria-labelledby="fdiv-title" data-testid="fdiv-panel">
      <h2 id="fdiv-title">KL among the f-divergences</h2>
      <ul className="inequalities">
        <li data-testid="fdiv.pinsker">
          <b>Pinsker</b>: TV = {formatNumber(ineq.tv)} ≤ √({kl}/2) = {formatNumber(ineq.pinsker)}{' '}
          {holds(ineq.holds.pinsker)}
          <span className="muted"> (the smaller KL gives the tighter bound)</span>
        </li>
        <li data-testid="fdiv.hellinger">
          <b>Hellinger</b>: H² = {formatNumber(ineq.hellinger)} ≤ TV = {formatNumber(ineq.tv)} ≤
          √2·H = {formatNumber(ineq.leCam)} {holds(ineq.holds.hellinger)}
        </li>
        <li data-testid="fdiv.renyi">
          <b>Rényi</b>: {d} = {formatAmount(ineq.renyi, unit)}{' '}
          {ineq.order < 1 ? '≤' : ineq.order > 1 ? '≥' : '='} KL(P‖Q) ={' '}
          {formatAmount(ineq.klPQ, unit)} {unit} (D_α grows with α) {holds(ineq.holds.renyi)}
        </li>
      </ul>
      <Plot
        figure={chain}
        title="TV between its Hellinger and Pinsker bounds"
        testId="chart-fdiv-chain"
        height={170}
      />
      <OrderControl />
      {curve?.status === 'failed' && (
        <p className="problem" role="alert">
          The D_α curve could not be computed: {curve.message}
        </p>
      )}
      {curveFigure && (
        <>
          <Plot
            figure={curveFigure}
            title="Rényi divergence against its order α"
            testId="chart-renyi-curve"
            height={240}
            waitFor={curveComputing}
          />
          {curveFigure.firstInfinite !== null && (
            <p className="muted" data-testid="fdiv.infinite-from">
              D_α is infinite from α = {formatRenyiOrder(curveFigure.firstInfinite)} on (not drawn).
            </p>
          )}
        </>
      )}
      {/* Below the chart, so that the note coming and going does not move it. */}
      {curve?.status === 'computing' && (
        <p className="muted" data-testid="fdiv.curve-computing">
          {curve.points.length > 0
            ? 'Recomputing D_α for the new pair (the curve shown is the previous one)…'
            : 'Computing D_α for α from 0.05 to 3…'}
        </p>
      )}
    </section>
  );
}
