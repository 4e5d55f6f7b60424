import { usePublishedReadout } from '../readouts/usePublishedReadout';
import { useMemo } from 'react';
import type { Continuous2Spec } from '../../core/distributions/types';
import {
  forwardFit2,
  gaussian2FromNormal2,
  normal2FromGaussian2,
  type Gaussian2,
} from '../../core/fit';
import {
  ELLIPSE_HANDLES,
  ellipseHandles,
  isEllipseHandle,
  moveEllipseHandle,
} from '../continuous/params';
import { FIT_RESTARTS, pathIsFrom, runReverseFit, start2Of } from '../../state/fitBridge';
import { useAppStore } from '../../state/store';
import { formatKl, formatNumber } from '../format';
import type { DragHandle } from '../plots/dragHandle';
import { Plot } from '../plots/Plot';
import { useGestureOrigin } from '../plots/useGestureOrigin';
import { Explanation } from './Explanation';
import { FitProgress } from './FitProgress';
import { fit2Figure, fit2StartTraces } from './figures/fit2Figure';

/** Entries below 1e-6 of the largest are zero to the optimiser's accuracy (‖∇‖ < 1e-6): show 0. */
const shown = (v: readonly number[], scale: number) =>
  v.map((x) => formatNumber(Math.abs(x) < 1e-6 * Math.max(1, scale) ? 0 : x, 4));
const largest = (v: readonly number[]) => Math.max(...v.map(Math.abs));
const vec = (v: readonly number[], scale = largest(v)) => `(${shown(v, scale).join(', ')})`;
const mat = (m: readonly (readonly number[])[]) => {
  const scale = Math.max(...m.map(largest));
  return `[${m.map((r) => vec(r, scale)).join(', ')}]`;
};

/** The start's handles: its centre and both ends of its 1σ ellipse's axes, as in the explorer. */
function startHandles(start: Gaussian2): DragHandle[] {
  const at = ellipseHandles(normal2FromGaussian2(start));
  return ELLIPSE_HANDLES.map((part) => ({
    id: part,
    x: at[part][0],
    y: at[part][1],
    size: part === 'centre' ? ('large' as const) : ('small' as const),
    label:
      part === 'centre'
        ? 'Start mean: drag or use arrow keys'
        : `Start’s ${part.startsWith('major') ? 'long' : 'short'} axis end: drag or use arrow keys`,
    testId: part === 'centre' ? 'fit.dragMean' : `fit.drag-${part}`,
  }));
}

/** The start after handle `id` is dragged to (x, y). */
function movedStart(start: Gaussian2, id: string, x: number, y: number): Gaussian2 {
  if (id === 'centre' || !isEllipseHandle(id)) return { mean: [x, y], cov: start.cov };
  return gaussian2FromNormal2(moveEllipseHandle(normal2FromGaussian2(start), id, x, y));
}

/** The 2-D fit view: contours of P with both fits' 1σ ellipses, and their readouts. */
export function Fit2View({ p }: { p: Continuous2Spec }) {
  const forward = useMemo(() => forwardFit2(p), [p]);
  const result = useAppStore((s) => s.fit.reverse2);
  const best = result?.minima[0];
  const fitStart = useAppStore((s) => s.fitStart);
  const start = useMemo(() => start2Of({ fitStart }, p), [fitStart, p]);
  const startOfGesture = useGestureOrigin(start);
  const running = useAppStore((s) => s.fit.progress !== null);
  const applyScenario = useAppStore((s) => s.applyScenario);
  const unit = useAppStore((s) => s.units);
  const fresh = pathIsFrom(result, start);
  const path = useMemo(
    () => (result && fresh ? result.path.map((x) => x.q) : [start]),
    [result, fresh, start],
  );
  const end = path[path.length - 1] ?? start;
  const figure = useMemo(() => {
    const f = fit2Figure(p, forward, best?.q ?? null);
    return { ...f, data: [...f.data, ...fit2StartTraces(start, path)] };
  }, [p, forward, best, start, path]);
  const forwardAttrs = usePublishedReadout('fit-forward', {
    'data-mean': JSON.stringify(forward.mean),
    'data-cov': JSON.stringify(forward.cov),
  });
  const reverseAttrs = usePublishedReadout('fit-reverse', {
    'data-state': best && !running ? 'done' : 'running',
    'data-mean': best ? JSON.stringify(best.q.mean) : undefined,
    'data-cov': best ? JSON.stringify(best.q.cov) : undefined,
    'data-kl': best?.kl,
  });
  return (
    <main className="fit-view">
      <Explanation />
      <div className="fit-panels fit-panels-2d">
        <Plot
          figure={figure}
          title="P with the forward and reverse fits"
          testId="fit.plot2d"
          height={420}
          handles={startHandles(start)}
          onDrag={(id, x, y) => applyScenario({ fitStart: movedStart(startOfGesture(), id, x, y) })}
        />
        <div>
          <div className="fit-controls" role="group" aria-label="Reverse fit from the start">
            <span
              data-testid="fit.start2"
              data-mean={JSON.stringify(start.mean)}
              data-cov={JSON.stringify(start.cov)}
            >
              Start mean {vec(start.mean)} (drag the dotted ellipse&apos;s centre, or the ends of
              its axes to reshape it)
            </span>
            <button
              type="button"
              data-testid="fit.start"
              onClick={() => runReverseFit(useAppStore)}
            >
              Fit
            </button>
            <span
              data-testid="fit.pathEnd"
              data-state={fresh ? 'done' : 'idle'}
              data-mean={JSON.stringify(end.mean)}
              data-cov={JSON.stringify(end.cov)}
            >
              {fresh ? `path from the start ends at mean ${vec(end.mean)}` : ''}
            </span>
          </div>
          <h3 className="fit-h">Forward fit (moment matching)</h3>
          <dl data-testid="fit-forward" {...forwardAttrs} className="fit-readout">
            <dt>mean</dt>
            <dd>{vec(forward.mean)}</dd>
            <dt>cov</dt>
            <dd>{mat(forward.cov)}</dd>
          </dl>
          <h3 className="fit-h" data-testid="fit.reverseHeading">
            {best && !running
              ? 'Reverse fit (global minimum found)'
              : `Reverse fit (searching ${FIT_RESTARTS} restarts…)`}
          </h3>
          <dl data-testid="fit-reverse" {...reverseAttrs} className="fit-readout">
            <dt>mean</dt>
            <dd>{best ? vec(best.q.mean) : '—'}</dd>
            <dt>cov</dt>
            <dd>{best ? mat(best.q.cov) : '—'}</dd>
            <dt>KL(Q‖P)</dt>
            <dd>{best ? `${formatKl(best.kl, unit)} (minimised)` : '—'}</dd>
          </dl>
          <FitProgress />
          {result && (
            <ul className="fit-minima" data-testid="fit.minima">
              {result.minima.map((m, i) => (
                <li key={i}>
                  {i === 0 ? 'Global' : 'Local'}: mean {vec(m.q.mean)}, KL {formatKl(m.kl, unit)},
                  in {m.count} of {result.restarts} restarts
                </li>
              ))}
            </ul>
          )}
        </div>
      </div>
    </main>
  );
}
