import { useAppStore } from '../../state/store';
import { ML_LIMITS } from '../../state/mlScenario';
import { formatNumber } from '../format';
import { Tex } from '../formula/Tex';
import { Plot } from '../plots/Plot';
import { nllCurveFigure, reliabilityFigure } from './figures/calibrationFigures';
import { Readout, SliderNumber } from './controls';
import { useMlValue } from './useMl';
import './ml.css';

const pct = (x: number) => `${(100 * x).toFixed(2)}%`;

/** Temperature scaling (`?view=calibration`), computed in the worker for each seed and size. */
export function CalibrationView() {
  const [seed, setSeed] = useMlValue('calSeed');
  const [size, setSize] = useMlValue('calSize');
  const calibration = useAppStore((s) => s.calibration);
  const study = calibration.status === 'done' ? calibration.study : null;
  return (
    <main className="ml-layout" id="main" data-testid="view-calibration">
      <div className="column">
        <section className="card ml-inputs" aria-labelledby="cal-inputs-title">
          <h2 id="cal-inputs-title">A synthetic validation set</h2>
          <p className="explain">
            True logits z ~ N(0, 1.5²) over 5 classes, labels drawn from softmax(z), and a model
            that reports 3z: overconfident by a factor 3, so the ideal temperature is 3.
          </p>
          <SliderNumber
            label="Seed"
            value={seed}
            onChange={(x) => setSeed(Math.round(x))}
            min={0}
            max={2 ** 32 - 1}
            sliderMax={100}
            step={1}
            testId="cal.seed"
          />
          <SliderNumber
            label="Samples"
            value={size}
            onChange={(x) => setSize(Math.round(x))}
            min={ML_LIMITS.calSize.min}
            max={ML_LIMITS.calSize.max}
            step={50}
            testId="cal.size"
          />
        </section>
      </div>
      <div className="column">
        <section
          className="card"
          aria-labelledby="cal-results-title"
          aria-busy={calibration.status === 'computing'}
        >
          <h2 id="cal-results-title">
            Temperature scaling <span className="unit">nats per sample</span>
          </h2>
          {calibration.status === 'failed' && (
            <p className="problem" role="alert">
              The study failed: {calibration.message}
            </p>
          )}
          {calibration.status === 'computing' && !study && <p className="hint">Computing…</p>}
          {study && (
            <>
              <dl className="ml-readouts">
                <Readout
                  label="fitted T"
                  testId="cal-fitted-t"
                  dataValue={String(study.fit.temperature)}
                  value={formatNumber(study.fit.temperature, 5)}
                  className="readout-mix"
                  note={study.fit.atBoundary ? 'at the search limit' : 'minimum NLL'}
                />
                <Readout
                  label="NLL at T = 1"
                  testId="cal-nll-before"
                  dataValue={String(study.nllBefore)}
                  value={formatNumber(study.nllBefore, 5)}
                />
                <Readout
                  label="NLL at fitted T"
                  testId="cal-nll-after"
                  dataValue={String(study.fit.nll)}
                  value={formatNumber(study.fit.nll, 5)}
                />
                <Readout
                  label="ECE before"
                  testId="cal-ece-before"
                  dataValue={String(study.before.ece)}
                  value={pct(study.before.ece)}
                />
                <Readout
                  label="ECE after"
                  testId="cal-ece-after"
                  dataValue={String(study.after.ece)}
                  value={pct(study.after.ece)}
                />
                <Readout
                  label="accuracy (unchanged)"
                  testId="cal-accuracy"
                  dataValue={String(study.before.accuracy)}
                  value={pct(study.before.accuracy)}
                />
              </dl>
              <Plot
                title="NLL against temperature"
                testId="chart-cal-nll"
                height={280}
                figure={nllCurveFigure(study.curve, study.fit, study.nllBefore)}
              />
              <Plot
                title="Reliability diagram before and after"
                testId="chart-cal-reliability"
                height={320}
                figure={reliabilityFigure(study.before, study.after)}
              />
              <Tex
                label="the fitted temperature"
                tex={String.raw`\hat T=\arg\min_T\ -\frac1N\sum_i \log \operatorname{softmax}(z_i/T)_{y_i}=\arg\min_T\ \frac1N\sum_i \mathrm{KL}\big(\delta_{y_i}\,\|\,\operatorname{softmax}(z_i/T)\big)`}
              />
              <p className="explain">
                The one-hot label has zero entropy, so the NLL is the KL from the empirical labels
                to the model. Dividing the logits by T never changes the argmax (accuracy stays),
                only how confident the model says it is.
              </p>
            </>
          )}
        </section>
      </div>
    </main>
  );
}
