import { useMemo } from 'react';
import type { Continuous2Spec } from '../../core/distributions/types';
import { forwardFit2 } from '../../core/fit';
import { runReverseFit } from '../../state/fitBridge';
import { useAppStore } from '../../state/store';
import { formatKl, formatNumber } from '../format';
import { Plot } from '../plots/Plot';
import { Explanation } from './Explanation';
import { FitProgress } from './FitProgress';
import { DragLayer } from './DragLayer';
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

/** The 2-D fit view: contours of P with both fits' 1σ ellipses, and their readouts. */
export function Fit2View({ p }: { p: Continuous2Spec }) {
  const forward = useMemo(() => forwardFit2(p), [p]);
  const result = useAppStore((s) => s.fit.reverse2);
  const best = result?.minima[0];
  const start = useAppStore((s) => s.fit.start2) ?? forward;
  const setFit = useAppStore((s) => s.setFit);
  const unit = useAppStore((s) => s.units);
  const path = useMemo(() => result?.path.map((x) => x.q) ?? [start], [result, start]);
  const end = path[path.length - 1] ?? start;
  const figure = useMemo(() => {
    const f = fit2Figure(p, forward, best?.q ?? null);
    return { ...f, data: [...f.data, ...fit2StartTraces(start, path)] };
  }, [p, forward, best, start, path]);
  return (
    <main className="fit-view">
      <Explanation />
      <div className="fit-panels fit-panels-2d">
        <DragLayer
          handles={[
            {
              id: 'start',
              x: start.mean[0],
              y: start.mean[1],
              label: 'Drag: start mean',
              testId: 'fit.dragMean',
            },
          ]}
          onDrag={(_, x, y) => setFit({ start2: { mean: [x, y], cov: start.cov }, reverse2: null })}
        >
          <Plot
            figure={figure}
            title="P with the forward and reverse fits"
            testId="fit.plot2d"
            height={420}
          />
        </DragLayer>
        <div>
          <div className="fit-controls" role="group" aria-label="Reverse fit from the start">
            <span>Start mean {vec(start.mean)} (drag the dotted ellipse&apos;s centre)</span>
            <button
              type="button"
              data-testid="fit.start"
              onClick={() => runReverseFit(useAppStore)}
            >
              Fit
            </button>
            <span
              data-testid="fit.pathEnd"
              data-state={result ? 'done' : 'idle'}
              data-mean={JSON.stringify(end.mean)}
              data-cov={JSON.stringify(end.cov)}
            >
              {result ? `path from the start ends at mean ${vec(end.mean)}` : ''}
            </span>
          </div>
          <h3 className="fit-h">Forward fit (moment matching)</h3>
          <dl
            data-testid="fit-forward"
            data-mean={JSON.stringify(forward.mean)}
            data-cov={JSON.stringify(forward.cov)}
            className="fit-readout"
          >
            <dt>mean</dt>
            <dd>{vec(forward.mean)}</dd>
            <dt>cov</dt>
            <dd>{mat(forward.cov)}</dd>
          </dl>
          <h3 className="fit-h">Reverse fit (global minimum found)</h3>
          <dl
            data-testid="fit-reverse"
            data-state={best ? 'done' : 'running'}
            data-mean={best ? JSON.stringify(best.q.mean) : undefined}
            data-cov={best ? JSON.stringify(best.q.cov) : undefined}
            data-kl={best?.kl}
            className="fit-readout"
          >
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
