import { useMemo } from 'react';
import { vaeKl } from '../../core/ml/vae';
import { ML_LIMITS } from '../../state/mlScenario';
import { formatNumber } from '../format';
import { Tex } from '../formula/Tex';
import { Plot } from '../plots/Plot';
import { vaeFigure } from './figures/vaeFigure';
import { CountButtons, Readout, SliderNumber } from './controls';
import { useMlValue } from './useMl';
import './ml.css';

/** The VAE KL term (`?view=vae`): KL(N(μ, diag σ²) ‖ N(0, I)) per dimension, its total, β·KL. */
export function VaeView() {
  const [mu, setMu] = useMlValue('vaeMu');
  const [sigma, setSigma] = useMlValue('vaeSigma');
  const [beta, setBeta] = useMlValue('vaeBeta');
  const D = Math.min(mu.length, sigma.length);
  const mismatch = mu.length !== sigma.length;
  const result = useMemo(
    () => vaeKl(mu.slice(0, D), sigma.slice(0, D), { beta }),
    [mu, sigma, beta, D],
  );
  const off = new Set(result.switchedOff);
  const setAt = (list: readonly number[], d: number, x: number) =>
    list.slice(0, D).map((v, i) => (i === d ? x : v));
  const resize = (n: number) => {
    setMu(Array.from({ length: n }, (_, i) => mu[i] ?? 0));
    setSigma(Array.from({ length: n }, (_, i) => sigma[i] ?? 1));
  };
  return (
    <main className="ml-layout" id="main" data-testid="view-vae">
      <div className="column">
        <section className="card ml-inputs" aria-labelledby="vae-inputs-title">
          <h2 id="vae-inputs-title">Encoder q(z|x) = N(μ, diag σ²)</h2>
          {mismatch && (
            <p className="problem" role="alert">
              μ has {mu.length} values and σ has {sigma.length}; using the first {D} dimensions.
            </p>
          )}
          <div className="shape-controls" role="group" aria-label="Latent dimensions">
            <span>dimensions D = {D}</span>
            <CountButtons
              count={D}
              limits={ML_LIMITS.vaeDims}
              unit="dimension"
              testId="vae.dims"
              onChange={resize}
            />
          </div>
          <div className="vae-dims">
            {Array.from({ length: D }, (_, d) => (
              <fieldset
                key={d}
                className={`vae-dim${off.has(d) ? ' switched-off' : ''}`}
                data-testid={`vae.dim.${d}`}
              >
                <legend>
                  z{d + 1}{' '}
                  {off.has(d) ? (
                    <span className="off-badge">switched off</span>
                  ) : (
                    <span className="role">KL {formatNumber(result.perDimension[d]!, 3)}</span>
                  )}
                </legend>
                <SliderNumber
                  label={`μ${d + 1}`}
                  value={mu[d]!}
                  onChange={(x) => setMu(setAt(mu, d, x))}
                  min={-10}
                  max={10}
                  sliderMin={-3}
                  sliderMax={3}
                  step={0.01}
                  testId={`vae.mu.${d}`}
                />
                <SliderNumber
                  label={`σ${d + 1}`}
                  value={sigma[d]!}
                  onChange={(x) => setSigma(setAt(sigma, d, x))}
                  min={0.001}
                  max={10}
                  sliderMin={0.05}
                  sliderMax={3}
                  step={0.005}
                  testId={`vae.sigma.${d}`}
                />
              </fieldset>
            ))}
          </div>
          <SliderNumber
            label="β"
            value={beta}
            onChange={setBeta}
            min={0}
            max={100}
            sliderMax={10}
            step={0.05}
            testId="vae.beta"
          />
        </section>
      </div>
      <div className="column">
        <section className="card" aria-labelledby="vae-results-title">
          <h2 id="vae-results-title">
            KL(q(z|x) ‖ N(0, I)) <span className="unit">nats</span>
          </h2>
          <dl className="ml-readouts">
            <Readout
              label="total KL"
              testId="vae-total"
              dataValue={String(result.total)}
              value={formatNumber(result.total, 5)}
              className="readout-p"
            />
            <Readout
              label={`β·KL (β = ${formatNumber(beta)})`}
              testId="vae-beta-total"
              dataValue={String(result.betaTotal)}
              value={formatNumber(result.betaTotal, 5)}
            />
            <Readout
              label={`switched off (KL < ${result.threshold})`}
              testId="vae-switched-off"
              dataValue={JSON.stringify(result.switchedOff)}
              value={
                result.switchedOff.length === 0
                  ? 'none'
                  : result.switchedOff.map((d) => `z${d + 1}`).join(', ')
              }
            />
          </dl>
          <Plot
            title="KL per latent dimension"
            testId="chart-vae"
            height={280}
            figure={vaeFigure(result.perDimension, result.switchedOff)}
          />
          <Tex
            label="closed form"
            tex={String.raw`\mathrm{KL}\big(\mathcal N(\mu,\operatorname{diag}\sigma^2)\,\|\,\mathcal N(0,I)\big)=\sum_{d}\tfrac12\left(\mu_d^2+\sigma_d^2-1-\log\sigma_d^2\right)`}
          />
          <p className="explain">
            A dimension with μ ≈ 0 and σ ≈ 1 matches the prior: it costs nothing and carries no
            information about x (“switched off”, posterior collapse). A larger β pushes more
            dimensions there.
          </p>
        </section>
      </div>
    </main>
  );
}
