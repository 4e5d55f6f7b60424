import { useMemo } from 'react';
import { trustRegionMaxStep, trustRegionStep } from '../../core/ml/trustRegion';
import { ML_LIMITS } from '../../state/mlScenario';
import { formatNumber } from '../format';
import { Tex } from '../formula/Tex';
import { Plot } from '../plots/Plot';
import { COLORS } from '../theme';
import { pairBarsFigure } from './figures/pairBarsFigure';
import { trustRegionFigure } from './figures/trustRegionFigure';
import { LogitBarEditor } from './LogitBarEditor';
import { CountButtons, Readout, SliderNumber } from './controls';
import { useMlValue } from './useMl';
import './ml.css';

const CURVE_POINTS = 121;

/** The RL trust region (`?view=rl`): one policy-gradient step measured by KL in both directions. */
export function RlView() {
  const [logits, setLogits] = useMlValue('rlLogits');
  const [adv, setAdv] = useMlValue('rlAdv');
  const [eta, setEta] = useMlValue('rlEta');
  const [delta, setDelta] = useMlValue('rlDelta');
  const [beta, setBeta] = useMlValue('rlBeta');
  const A = Math.min(logits.length, adv.length);
  const z = logits.slice(0, A);
  const a = adv.slice(0, A);
  const computed = useMemo(() => {
    try {
      const step = trustRegionStep(z, a, eta, { delta, beta });
      const maxOld = trustRegionMaxStep(z, a, delta, { direction: 'old-new' });
      const maxNew = trustRegionMaxStep(z, a, delta, { direction: 'new-old' });
      const finiteMax = [maxOld, maxNew].filter((m) => m.reachesBound).map((m) => m.eta);
      const xMax = Math.min(100, Math.max(1, 1.25 * eta, ...finiteMax.map((e) => 2 * e)));
      const etas = Array.from({ length: CURVE_POINTS }, (_, i) => (xMax * i) / (CURVE_POINTS - 1));
      const steps = etas.map((e) => trustRegionStep(z, a, e, { delta, beta }));
      return {
        ok: true as const,
        step,
        maxOld,
        maxNew,
        curve: {
          eta: etas,
          klOldNew: steps.map((s) => s.klOldNew.value),
          klNewOld: steps.map((s) => s.klNewOld.value),
        },
      };
    } catch (e) {
      return { ok: false as const, message: e instanceof Error ? e.message : String(e) };
    }
    // z and a are fresh slices each render; their sources are the dependencies.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [logits, adv, eta, delta, beta, A]);
  const resize = (n: number) => {
    setLogits(Array.from({ length: n }, (_, i) => logits[i] ?? 0));
    setAdv(Array.from({ length: n }, (_, i) => adv[i] ?? 0));
  };
  const actionName = (k: number) => `action ${k + 1}`;
  return (
    <main className="ml-layout" id="main" data-testid="view-rl">
      <div className="column">
        <section className="card ml-inputs" aria-labelledby="rl-inputs-title">
          <h2 id="rl-inputs-title">Policy, advantages and step</h2>
          {logits.length !== adv.length && (
            <p className="problem" role="alert">
              {logits.length} logits but {adv.length} advantages; using the first {A} actions.
            </p>
          )}
          <div className="shape-controls" role="group" aria-label="Actions">
            <span>actions = {A}</span>
            <CountButtons
              count={A}
              limits={ML_LIMITS.actions}
              unit="action"
              testId="rl.actions"
              onChange={resize}
            />
          </div>
          <span className="field-label">Old policy logits z (π_old = softmax(z))</span>
          <LogitBarEditor
            label="Policy logits"
            values={z}
            onChange={setLogits}
            color={COLORS.p}
            range={6}
            testId="rl.logits"
            itemName={actionName}
          />
          <span className="field-label">Advantages A</span>
          <LogitBarEditor
            label="Advantages"
            values={a}
            onChange={setAdv}
            color={COLORS.neutral}
            range={5}
            testId="rl.adv"
            itemName={actionName}
          />
          <SliderNumber
            label="Step size η"
            value={eta}
            onChange={setEta}
            min={0}
            max={100}
            sliderMax={10}
            step={0.01}
            testId="rl.eta"
          />
          <SliderNumber
            label="Trust region δ"
            value={delta}
            onChange={setDelta}
            min={1e-6}
            max={10}
            sliderMin={0.001}
            sliderMax={1}
            step={0.001}
            log
            testId="rl.delta"
          />
          <SliderNumber
            label="PPO penalty β"
            value={beta}
            onChange={setBeta}
            min={0}
            max={1000}
            sliderMax={20}
            step={0.1}
            testId="rl.beta"
          />
        </section>
      </div>
      <div className="column">
        {!computed.ok && (
          <p className="problem card" role="alert">
            {computed.message}
          </p>
        )}
        {computed.ok && (
          <>
            <section className="card" aria-labelledby="rl-results-title">
              <h2 id="rl-results-title">
                The step z → z + η∇ against δ = {formatNumber(delta)}{' '}
                <span className="unit">nats</span>
              </h2>
              <dl className="ml-readouts">
                <Readout
                  label="KL(π_old‖π_new)"
                  testId="rl-kl-old-new"
                  dataValue={String(computed.step.klOldNew.value)}
                  value={formatNumber(computed.step.klOldNew.value, 5)}
                  className={`readout-p ${computed.step.exceedsOldNew ? 'outside' : ''}`}
                  note={computed.step.exceedsOldNew ? 'outside the trust region' : 'within δ'}
                />
                <Readout
                  label="KL(π_new‖π_old)"
                  testId="rl-kl-new-old"
                  dataValue={String(computed.step.klNewOld.value)}
                  value={formatNumber(computed.step.klNewOld.value, 5)}
                  className={`readout-q ${computed.step.exceedsNewOld ? 'outside' : ''}`}
                  note={computed.step.exceedsNewOld ? 'outside the trust region' : 'within δ'}
                />
                <Readout
                  label="largest η with KL(old‖new) ≤ δ"
                  testId="rl-max-eta"
                  dataValue={String(computed.maxOld.eta)}
                  value={
                    computed.maxOld.reachesBound ? formatNumber(computed.maxOld.eta, 5) : 'any'
                  }
                  note={computed.maxOld.reachesBound ? undefined : 'the KL never reaches δ'}
                />
                <Readout
                  label="largest η with KL(new‖old) ≤ δ"
                  testId="rl-max-eta-reverse"
                  dataValue={String(computed.maxNew.eta)}
                  value={
                    computed.maxNew.reachesBound ? formatNumber(computed.maxNew.eta, 5) : 'any'
                  }
                  note={computed.maxNew.reachesBound ? undefined : 'the KL never reaches δ'}
                />
                <Readout
                  label="surrogate E_old[ratio·A]"
                  testId="rl-surrogate"
                  dataValue={String(computed.step.surrogate)}
                  value={formatNumber(computed.step.surrogate, 5)}
                  note={`was ${formatNumber(computed.step.expectedAdvantageOld, 4)} before the step`}
                />
                <Readout
                  label={`PPO objective − β·KL (β = ${formatNumber(beta)})`}
                  testId="rl-penalized"
                  dataValue={String(computed.step.penalizedObjective)}
                  value={formatNumber(computed.step.penalizedObjective, 5)}
                />
              </dl>
              <Plot
                title="Both KLs against the step size, with δ"
                testId="chart-rl-kl"
                height={300}
                figure={trustRegionFigure(computed.curve, delta, eta)}
              />
              <Tex
                label="the step and the penalty"
                tex={String.raw`\nabla_z\,\mathbb E_{\pi}[A] = \pi\odot\big(A-\mathbb E_\pi[A]\big),\qquad L^{\text{KL-pen}} = \mathbb E_{\pi_\text{old}}\!\Big[\tfrac{\pi_\text{new}}{\pi_\text{old}}A\Big]-\beta\,\mathrm{KL}(\pi_\text{old}\|\pi_\text{new})`}
              />
              <p className="explain">
                Both KLs grow like ½η²·Var<sub>π</sub>(∇) for small steps and then part ways: TRPO
                and PPO bound KL(π_old‖π_new); the reverse direction can saturate and never reach δ.
              </p>
            </section>
            <section className="card" aria-labelledby="rl-policy-title">
              <h2 id="rl-policy-title">Policies before and after the step</h2>
              <Plot
                title="Old and new policy"
                testId="chart-rl-policy"
                height={260}
                figure={pairBarsFigure({
                  p: computed.step.oldPolicy.probs,
                  q: computed.step.newPolicy.probs,
                  pName: 'π_old',
                  qName: 'π_new',
                  uirevision: 'rl-policy',
                  xTitle: 'action',
                })}
              />
            </section>
          </>
        )}
      </div>
    </main>
  );
}
