import { useMemo } from 'react';
import { useAppStore } from '../../state/store';
import type { SamplesMleResult } from '../../worker/samplesHandlers';
import { formatNumber } from '../format';
import { Plot } from '../plots/Plot';
import {
  fitOverHistogramFigure,
  fitOverScatterFigure,
  loglikFigure,
  mleTraceFigure,
} from './figures/samplesFigures';

const json = (x: unknown) => JSON.stringify(x);

/** Maximum likelihood is forward KL: the fit, its exact KL(P‖Q̂), and how both behave as n grows. */
export function MlePanel() {
  const mle = useAppStore((s) => s.samples.mle);
  const state = useAppStore((s) => s.samples.mleState);
  const progress = useAppStore((s) => s.samples.mleProgress);
  const components = useAppStore((s) => s.components);
  const ok = mle?.ok ? mle : null;
  // A Gaussian has 2 parameters in 1-D and 5 in 2-D; a k-mixture 3k − 1.
  const parameters = ok?.dimension === 2 ? 5 : components === 1 ? 2 : 3 * components - 1;
  const traceFig = useMemo(
    () => (ok ? mleTraceFigure(ok.trace, ok.forwardKl, parameters) : null),
    [ok, parameters],
  );
  const loglikFig = useMemo(() => (ok ? loglikFigure(ok.trace) : null), [ok]);
  const fitFig = useMemo(
    () =>
      ok
        ? ok.dimension === 1
          ? fitOverHistogramFigure(ok.histogram, ok.q)
          : fitOverScatterFigure(ok.scatter, ok.q)
        : null,
    [ok],
  );
  const attrs: Record<string, string> = { 'data-state': state };
  if (ok) {
    attrs['data-kl'] = String(ok.final.kl);
    attrs['data-loglik'] = String(ok.final.avgLogLik);
    attrs['data-n'] = String(ok.final.n);
    if (ok.dimension === 1 && ok.q.family === 'normal') {
      attrs['data-mu'] = String(ok.q.mu);
      attrs['data-sigma'] = String(ok.q.sigma);
    }
    if (ok.dimension === 2) {
      attrs['data-mean'] = json(ok.q.mean);
      attrs['data-cov'] = json(ok.q.cov);
    }
  }
  return (
    <section className="card samples-mle" aria-labelledby="samples-mle-title">
      <h2 id="samples-mle-title">Maximum likelihood is forward KL</h2>
      <div className="samples-readout" data-testid="samples-mle" {...attrs} aria-live="polite">
        {state === 'running' && !ok && <span>Fitting… {Math.round(100 * progress)} %</span>}
        {mle && !mle.ok && <span className="error">Cannot fit: {mle.reason}.</span>}
        {ok && (
          <dl>
            <div>
              <dt>fitted Q̂ (n = {ok.final.n.toLocaleString('en')})</dt>
              <dd>{describeFit(ok)}</dd>
            </div>
            <div>
              <dt>KL(P‖Q̂), exact for this fit</dt>
              <dd>{formatNumber(ok.final.kl, 5)} nats</dd>
            </div>
            <div>
              <dt>(1/n) Σ log q̂(xᵢ)</dt>
              <dd>{formatNumber(ok.final.avgLogLik, 5)} nats</dd>
            </div>
            <div>
              <dt>−H(P, Q̂) = E_P[log q̂]</dt>
              <dd>{formatNumber(ok.final.negCrossEntropy, 5)} nats</dd>
            </div>
            <div>
              <dt>forward-KL optimum over Gaussians</dt>
              <dd>{formatNumber(ok.forwardKl, 5)} nats</dd>
            </div>
          </dl>
        )}
        {state === 'running' && ok && <span className="samples-busy">updating…</span>}
      </div>
      <p className="samples-why" data-testid="samples.why">
        −H(P,Q) = E<sub>P</sub>[log q], so maximising likelihood minimises H(P,Q) = H(P) + KL(P‖Q).
      </p>
      {traceFig && loglikFig && fitFig && (
        <div className={`samples-charts samples-charts-${ok?.dimension ?? 1}d`}>
          <Plot
            figure={loglikFig}
            title="Average log-likelihood and −H(P, Q̂) against n"
            testId="samples.loglik-chart"
            height={280}
          />
          <Plot
            figure={traceFig}
            title="KL(P‖Q̂ₙ) against n, log axes"
            testId="samples.trace-chart"
            height={280}
          />
          <Plot
            figure={fitFig}
            title="The fitted Q̂ over the samples"
            testId="samples.fit-chart"
            height={300}
          />
        </div>
      )}
    </section>
  );
}

function describeFit(ok: Extract<SamplesMleResult, { ok: true }>): string {
  if (ok.dimension === 2) {
    const [mx, my] = ok.q.mean;
    const c = ok.q.cov;
    return `N2, mean (${formatNumber(mx)}, ${formatNumber(my)}), Σ = [[${formatNumber(c[0][0])}, ${formatNumber(c[0][1])}], [${formatNumber(c[1][0])}, ${formatNumber(c[1][1])}]]`;
  }
  const q = ok.q;
  if (q.family === 'normal') return `N(μ̂ = ${formatNumber(q.mu)}, σ̂ = ${formatNumber(q.sigma)})`;
  return q.components
    .map(
      (c) =>
        `${formatNumber(c.weight, 3)}·N(${formatNumber(c.component.mu, 3)}, ${formatNumber(c.component.sigma, 3)})`,
    )
    .join(' + ');
}
