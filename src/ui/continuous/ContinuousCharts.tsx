import './continuous.css';
import { useCallback, useMemo, useState } from 'react';
import { isContinuous1, isContinuous2 } from '../../core/distributions/types';
import { useAppStore } from '../../state/store';
import { Plot } from '../plots/Plot';
import { useGestureOrigin } from '../plots/useGestureOrigin';
import {
  continuous1Figure,
  continuous2Figure,
  integrandName,
  type InfiniteRegion,
  type IntegrandDirection,
} from './figures/continuousFigures';
import type { PairAnalysis } from '../../core/analysis';
import { dragged, handles1, handles2 } from './handles';

/** The region that makes the shown KL infinite, when the reason is a support mismatch. */
function infiniteRegion(
  analysis: PairAnalysis | null,
  direction: IntegrandDirection,
): InfiniteRegion | undefined {
  if (!analysis?.ok) return undefined;
  const reason = analysis.measures[direction === 'pq' ? 'klPQ' : 'klQP'].reason;
  if (reason?.code !== 'support-mismatch' || !reason.region?.length) return undefined;
  return {
    region: reason.region,
    has: reason.zeroIn === 'Q' ? 'P' : 'Q',
    none: reason.zeroIn,
  };
}

/** The 1-D handles sit on P's density: whichever y axis (or axis domain) it is drawn on. */
const DENSITY_TRACE = 'p(x)';

const DIRECTIONS: readonly { id: IntegrandDirection; label: string }[] = [
  { id: 'pq', label: 'KL(P‖Q): p·log(p/q)' },
  { id: 'qp', label: 'KL(Q‖P): q·log(q/p)' },
];

/** A group of toggle buttons; exactly one is pressed. */
function Choice<T extends string>({
  legend,
  options,
  value,
  testId,
  onChange,
}: {
  legend: string;
  options: readonly { id: T; label: string }[];
  value: T;
  testId: string;
  onChange: (v: T) => void;
}) {
  return (
    <div className="choice" role="group" aria-label={legend}>
      <span className="field-label">{legend}</span>
      {options.map((o) => (
        <button
          key={o.id}
          type="button"
          className="toggle-button"
          aria-pressed={o.id === value}
          data-testid={`${testId}.${o.id}`}
          onClick={() => onChange(o.id)}
        >
          {o.label}
        </button>
      ))}
    </div>
  );
}

/**
 * Each move of a handle applies to P and Q as the gesture found them (useGestureOrigin.ts): an
 * ellipse's axis keeps its identity when it grows past the other one mid-drag.
 */
function useDrag() {
  const setDistribution = useAppStore((s) => s.setDistribution);
  const p = useAppStore((s) => s.p);
  const q = useAppStore((s) => s.q);
  const pair = useMemo(() => ({ p, q }), [p, q]);
  const pairOfGesture = useGestureOrigin(pair);
  return useCallback(
    (id: string, x: number, y: number) => {
      const next = dragged(id, x, y, pairOfGesture());
      if (next) setDistribution(next.which, next.value);
    },
    [setDistribution, pairOfGesture],
  );
}

/**
 * Where the divergence of a continuous pair comes from: the densities with the KL integrand shaded
 * (1-D), or contours with the integrand as a heatmap (2-D). Peaks, shoulders, centres and ellipse
 * edges can be dragged; the sliders in the P and Q panels do the same from the keyboard.
 */
export function ContinuousCharts() {
  const analysis = useAppStore((s) => s.analysis);
  const unit = useAppStore((s) => s.units);
  const p = useAppStore((s) => s.p);
  const q = useAppStore((s) => s.q);
  // The direction is the scenario's (the formula follows it); the 2-D heatmap can also be off.
  const direction = useAppStore((s) => s.integrand);
  const applyScenario = useAppStore((s) => s.applyScenario);
  const setDirection = useCallback(
    (integrand: IntegrandDirection) => applyScenario({ integrand }),
    [applyScenario],
  );
  const [heatmapOn, setHeatmapOn] = useState(true);
  const heatmap: IntegrandDirection | 'off' = heatmapOn ? direction : 'off';
  const setHeatmap = (v: IntegrandDirection | 'off') => {
    setHeatmapOn(v !== 'off');
    if (v !== 'off') setDirection(v);
  };
  const onDrag = useDrag();
  const present = useAppStore((s) => s.present);
  const view = analysis?.ok ? analysis.view : null;
  const infinite = useMemo(() => infiniteRegion(analysis, direction), [analysis, direction]);
  const figure = useMemo(() => {
    if (view?.kind === 'continuous1') return continuous1Figure(view, unit, direction, infinite);
    if (view?.kind === 'continuous2' && isContinuous2(p) && isContinuous2(q))
      return continuous2Figure(
        view,
        { p, q },
        unit,
        heatmap === 'off' ? null : heatmap,
        present ? 'beside' : 'below',
      );
    return null;
    // p and q only draw the ellipses; the grid comes with the analysis of the same pair.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [view, unit, direction, heatmap, present, infinite]);
  const handles = useMemo(() => {
    if (view?.kind === 'continuous1' && isContinuous1(p) && isContinuous1(q))
      return [...handles1('q', q), ...handles1('p', p)];
    if (view?.kind === 'continuous2' && isContinuous2(p) && isContinuous2(q))
      return [...handles2('q', q), ...handles2('p', p)];
    return [];
  }, [view?.kind, p, q]);
  if (!view || !figure) return null;
  if (view.kind === 'continuous1')
    return (
      <section className="card continuous-chart" aria-labelledby="density-chart-title">
        <h2 id="density-chart-title">Where the divergence comes from</h2>
        <p className="chart-note">
          Below the densities, on its own axis: {integrandName(direction)}, whose shaded area is{' '}
          {direction === 'pq' ? 'KL(P‖Q)' : 'KL(Q‖P)'}. Drag the handles on a curve to change it:
          each moves one parameter (a peak, a width or an edge).
        </p>
        {infinite && (
          <p
            className="chart-note mismatch-note"
            data-testid="cont.mismatch"
            data-region={JSON.stringify(
              // JSON has no ±Infinity: an unbounded end is the string, as in kldiv-none.
              infinite.region.map(({ lo, hi }) => ({
                lo: Number.isFinite(lo) ? lo : String(lo),
                hi: Number.isFinite(hi) ? hi : String(hi),
              })),
            )}
          >
            Shaded grey: where {infinite.has} has mass and {infinite.none} has none. There log(
            {infinite.has.toLowerCase()}/{infinite.none.toLowerCase()}) is infinite, so{' '}
            {direction === 'pq' ? 'KL(P‖Q)' : 'KL(Q‖P)'} = ∞.
          </p>
        )}
        <Choice
          legend="Shade the integrand of"
          options={DIRECTIONS}
          value={direction}
          testId="cont.integrand"
          onChange={setDirection}
        />
        <Plot
          figure={figure}
          title={`Densities of P and Q with the integrand ${integrandName(direction)} shaded`}
          testId="chart-density"
          height={420}
          handles={handles}
          handlesOn={DENSITY_TRACE}
          onDrag={onDrag}
        />
      </section>
    );
  if (view.kind !== 'continuous2') return null;
  return (
    <section className="card continuous-chart" aria-labelledby="density2-chart-title">
      <h2 id="density2-chart-title">Where the divergence comes from</h2>
      <p className="chart-note">
        Contours of p (solid) and q (dashed) with each 1σ ellipse dotted. Drag a centre to move it,
        or the end of an ellipse’s long or short axis to stretch and turn it.
      </p>
      <Choice
        legend="Heatmap of the integrand"
        options={[{ id: 'off', label: 'Off' }, ...DIRECTIONS]}
        value={heatmap}
        testId="cont.heatmap"
        onChange={setHeatmap}
      />
      <Plot
        figure={figure}
        title="Contours of P and Q, with the KL integrand as a heatmap"
        testId="chart-density2"
        height={420}
        handles={handles}
        onDrag={onDrag}
      />
    </section>
  );
}
