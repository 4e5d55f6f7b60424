import { useMemo } from 'react';
import type { Continuous2Spec } from '../../core/distributions/types';
import { forwardFit2 } from '../../core/fit';
import { useAppStore } from '../../state/store';
import { formatNumber } from '../format';
import { Plot } from '../plots/Plot';
import { Explanation } from './Explanation';
import { FitProgress } from './FitProgress';
import { fit2Figure } from './figures/fit2Figure';

const vec = (v: readonly number[]) => `(${v.map((x) => formatNumber(x, 4)).join(', ')})`;
const mat = (m: readonly (readonly number[])[]) => `[${m.map(vec).join(', ')}]`;

/** The 2-D fit view: contours of P with both fits' 1σ ellipses, and their readouts. */
export function Fit2View({ p }: { p: Continuous2Spec }) {
  const forward = useMemo(() => forwardFit2(p), [p]);
  const result = useAppStore((s) => s.fit.reverse2);
  const best = result?.minima[0];
  const figure = useMemo(() => fit2Figure(p, forward, best?.q ?? null), [p, forward, best]);
  return (
    <main className="fit-view">
      <Explanation />
      <div className="fit-panels fit-panels-2d">
        <Plot
          figure={figure}
          title="P with the forward and reverse fits"
          testId="fit.plot2d"
          height={420}
        />
        <div>
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
            <dd>{best ? `${formatNumber(best.kl, 5)} nats (minimised)` : '—'}</dd>
          </dl>
          <FitProgress />
          {result && (
            <ul className="fit-minima" data-testid="fit.minima">
              {result.minima.map((m, i) => (
                <li key={i}>
                  {i === 0 ? 'Global' : 'Local'}: mean {vec(m.q.mean)}, KL {formatNumber(m.kl, 5)},
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
