import { useAppStore } from '../../state/store';
import { MC_LIMITS } from '../../state/monteCarloScenario';
import { clampSamplesN, SAMPLES_LIMITS, SAMPLES_N } from '../../state/samples/samplesScenario';
import { NumberField } from '../editors/NumberField';
import { SamplesUploads } from './SamplesUploads';

const whole = (x: number) => (Number.isInteger(x) ? null : 'Must be a whole number');
const LOG_MIN = Math.log10(SAMPLES_N.min);
const LOG_MAX = Math.log10(SAMPLES_N.max);

/** n on a log slider, seed, the fitted family, the estimators' k and bins, and the sample files. */
export function SamplesControls() {
  const rawN = useAppStore((s) => s.n);
  const n = clampSamplesN(rawN);
  const seed = useAppStore((s) => s.seed);
  const components = useAppStore((s) => s.components);
  const k = useAppStore((s) => s.knnK);
  const bins = useAppStore((s) => s.bins);
  const applyScenario = useAppStore((s) => s.applyScenario);
  return (
    <section className="card samples-controls" aria-labelledby="samples-controls-title">
      <h2 id="samples-controls-title">Samples</h2>
      <label className="samples-slider">
        <span>
          Samples n = <strong data-testid="samples.n-value">{n.toLocaleString('en')}</strong>
          {rawN !== n && (
            <small>
              {' '}
              (the link asked for {rawN.toLocaleString('en')}; this lab draws 10 to 10⁶)
            </small>
          )}
        </span>
        <input
          type="range"
          min={LOG_MIN}
          max={LOG_MAX}
          step={0.01}
          value={Math.log10(n)}
          aria-valuetext={`${n} samples`}
          data-testid="samples.n"
          onChange={(e) => applyScenario({ n: Math.round(10 ** Number(e.target.value)) })}
        />
        <span className="samples-ticks" aria-hidden="true">
          <span>10</span>
          <span>10²</span>
          <span>10³</span>
          <span>10⁴</span>
          <span>10⁵</span>
          <span>10⁶</span>
        </span>
      </label>
      <div className="samples-fields">
        <NumberField
          label="Seed"
          value={seed}
          min={MC_LIMITS.seed.min}
          max={MC_LIMITS.seed.max}
          step={1}
          validate={whole}
          onCommit={(x) => applyScenario({ seed: x })}
          testId="samples.seed"
        />
        <label>
          Fitted Q
          <select
            value={components}
            data-testid="samples.components"
            onChange={(e) => applyScenario({ components: Number(e.target.value) })}
          >
            <option value={1}>Gaussian (closed form)</option>
            {[2, 3, 4].map((c) => (
              <option key={c} value={c}>
                {c}-component mixture (EM)
              </option>
            ))}
          </select>
        </label>
        <label>
          kNN neighbours k
          <select
            value={k}
            data-testid="samples.k"
            onChange={(e) => applyScenario({ knnK: Number(e.target.value) })}
          >
            {Array.from({ length: SAMPLES_LIMITS.knnK.max }, (_, i) => i + 1).map((v) => (
              <option key={v} value={v}>
                {v}
              </option>
            ))}
          </select>
        </label>
      </div>
      <label className="samples-slider">
        <span>
          Histogram: <strong>{bins}</strong> bins per axis (wider bins → lower KL)
        </span>
        <input
          type="range"
          min={SAMPLES_LIMITS.bins.min}
          max={SAMPLES_LIMITS.bins.max}
          step={1}
          value={bins}
          data-testid="samples.bins"
          onChange={(e) => applyScenario({ bins: Number(e.target.value) })}
        />
      </label>
      <SamplesUploads />
    </section>
  );
}
