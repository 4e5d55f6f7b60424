import { useMemo } from 'react';
import type { Continuous2Spec, Normal2 } from '../../core/distributions/types';
import { forwardFit2, type Gaussian2 } from '../../core/fit';
import { ellipseHandles, moveEllipseHandle } from '../continuous/params';
import { runReverseFit } from '../../state/fitBridge';
import { useAppStore } from '../../state/store';
import { formatKl, formatNumber } from '../format';
import { Plot } from '../plots/Plot';
import { Explanation } from './Explanation';
import { FitProgress } from './FitProgress';
import { DragLayer, type DragHandle } from './DragLayer';
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

/**
 * The start's handles: its centre and both ends of its 1σ ellipse's axes (both, so that one stays
 * under the pointer when the canonical end jumps sides; see handles2 in the explorer).
 */
function startHandles(start: Gaussian2): DragHandle[] {
  const h = ellipseHandles(normal2OfGaussian(start));
  const [mx, my] = h.centre;
  const ends = (id: string, [x, y]: readonly [number, number], name: string): DragHandle[] => [
    { id, x, y, label: `Drag: start’s ${name} axis`, testId: `fit.drag-${id}` },
    {
      id: `${id}-opposite`,
      x: 2 * mx - x,
      y: 2 * my - y,
      label: `Drag: start’s ${name} axis`,
      testId: `fit.drag-${id}-opposite`,
    },
  ];
  // The centre last, so it is drawn on top of a short axis's ends.
  return [
    ...ends('major', h.major, 'long'),
    ...ends('minor', h.minor, 'short'),
    { id: 'centre', x: mx, y: my, label: 'Drag: start mean', testId: 'fit.dragMean' },
  ];
}

/** The start after handle `id` is dragged to (x, y); either end of an axis sets that axis. */
function movedStart(start: Gaussian2, id: string, x: number, y: number): Gaussian2 {
  if (id === 'centre') return { mean: [x, y], cov: start.cov };
  const axis = id.startsWith('major') ? 'major' : 'minor';
  const moved = moveEllipseHandle(normal2OfGaussian(start), axis, x, y);
  const c = moved.rho * moved.sx * moved.sy;
  return {
    mean: start.mean,
    cov: [
      [moved.sx * moved.sx, c],
      [c, moved.sy * moved.sy],
    ],
  };
}

/** The same Gaussian as sx, sy, ρ (what the ellipse handles work in). */
function normal2OfGaussian({ mean, cov }: Gaussian2): Normal2 {
  const sx = Math.sqrt(cov[0][0]);
  const sy = Math.sqrt(cov[1][1]);
  return { family: 'normal2', mx: mean[0], my: mean[1], sx, sy, rho: cov[0][1] / (sx * sy) };
}

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
          handles={startHandles(start)}
          onDrag={(id, x, y) => setFit({ start2: movedStart(start, id, x, y), reverse2: null })}
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
