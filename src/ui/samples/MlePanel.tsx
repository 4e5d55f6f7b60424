import { useMemo } from 'react';
import type { Normal2 } from '../../core/distributions/types';
import { familyOf } from '../../core/families/registry';
import { gaussian2FromNormal2 } from '../../core/fit/gaussian2';
import { useAppStore } from '../../state/store';
import type { SamplesMleResult } from '../../state/slices/samples';
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
  // Free parameters: a Gaussian has 2 in 1-D and 5 in 2-D; a k-mixture k − 1 weights more.
  const perComponent = ok?.dimension === 2 ? 5 : 2;
  const parameters = components === 1 ? perComponent : (perComponent + 1) * components - 1;
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
    // The MLE fits a Normal or a Gaussian mixture (core/samples), so these are its two shapes.
    if (ok.dimension === 1 && ok.q.family === 'normal') {
      attrs['data-mu'] = String(ok.q.mu);
      attrs['data-sigma'] = String(ok.q.sigma);
    }
    if (ok.dimension === 2 && ok.q.family === 'normal2') {
      const g = gaussian2FromNormal2(ok.q);
      attrs['data-mean'] = json(g.mean);
      attrs['data-cov'] = json(g.cov);
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
    const n2 = (d: Normal2, digits?: number) => {
      const [[a, b], [, c]] = gaussian2FromNormal2(d).cov;
      const f = (x: number) => formatNumber(x, digits);
      return `N2, mean (${f(d.mx)}, ${f(d.my)}), Σ = [[${f(a)}, ${f(b)}], [${f(b)}, ${f(c)}]]`;
    };
    if (ok.q.family === 'normal2') return n2(ok.q);
    return ok.q.components
      .map((c) => `${formatNumber(c.weight, 3)}·${n2(c.component, 3)}`)
      .join(' + ');
  }
  const q = ok.q;
  if (q.family === 'normal') return `N(μ̂ = ${formatNumber(q.mu)}, σ̂ = ${formatNumber(q.sigma)})`;
  // The MLE fits only Normals and their mixtures; any other family is shown as its spec.
  if (q.family !== 'mixture') return familyOf(q).format(q);
  return q.components
    .map((c) =>
      c.component.family === 'normal'
        ? `${formatNumber(c.weight, 3)}·N(${formatNumber(c.component.mu, 3)}, ${formatNumber(c.component.sigma, 3)})`
        : `${formatNumber(c.weight, 3)}·${familyOf(c.component).format(c.component)}`,
    )
    .join(' + ');
}
