import { useMemo, useState } from 'react';
import { distillation, distillationGradientScale } from '../../core/ml/distillation';
import { formatNumber } from '../format';
import { Tex } from '../formula/Tex';
import { explainInfinity } from '../measures';
import { Plot } from '../plots/Plot';
import { gradientScaleFigure } from './figures/gradientScaleFigure';
import { pairBarsFigure } from './figures/pairBarsFigure';
import { distillCode } from './distillCode';
import { MlLogitInputs } from './MlLogitInputs';
import { Readout } from './controls';
import { shapeProblem, useMlValue } from './useMl';
import './ml.css';

/** 60 log-spaced temperatures from 0.5 to 50 for the gradient-scale plot. */
const TEMPERATURES = Array.from({ length: 60 }, (_, i) => 0.5 * 100 ** (i / 59));

/** Knowledge distillation (`?view=distill`): softened distributions, T²·KL and its gradient's scale. */
export function DistillView() {
  const [student] = useMlValue('mlStudent');
  const [teacher] = useMlValue('mlTeacher');
  const [T] = useMlValue('mlT');
  const [row, setRow] = useState(0);
  const problem = shapeProblem(student, teacher);
  const result = useMemo(() => {
    if (problem) return null;
    try {
      return {
        ok: true as const,
        d: distillation(teacher, student, T),
        scale: distillationGradientScale(teacher, student, TEMPERATURES),
      };
    } catch (e) {
      return { ok: false as const, message: e instanceof Error ? e.message : String(e) };
    }
  }, [student, teacher, T, problem]);
  const shown = Math.min(row, student.length - 1);
  return (
    <main className="ml-layout" id="main" data-testid="view-distill">
      <div className="column">
        <MlLogitInputs title="Teacher, student and temperature" />
      </div>
      <div className="column">
        {result && !result.ok && (
          <p className="problem card" role="alert">
            {result.message}. Unmask a class in that row.
          </p>
        )}
        {result?.ok && (
          <>
            <section className="card" aria-labelledby="distill-title">
              <h2 id="distill-title">
                Distillation loss <span className="unit">nats</span>
              </h2>
              <dl className="ml-readouts">
                <Readout
                  label="KL(p_T‖q_T), batch mean"
                  testId="distill-kl"
                  dataValue={String(result.d.klBatchmean.value)}
                  value={formatNumber(result.d.klBatchmean.value, 5)}
                  className="readout-p"
                  note={result.d.klBatchmean.reason && explainInfinity(result.d.klBatchmean.reason)}
                />
                <Readout
                  label={`loss T²·KL (T = ${formatNumber(T)})`}
                  testId="distill-t2kl"
                  dataValue={String(result.d.loss.value)}
                  value={formatNumber(result.d.loss.value, 5)}
                />
                <Readout
                  label="‖∂loss/∂s‖ with T²"
                  testId="distill-grad"
                  dataValue={String(norm(result.d.gradient))}
                  value={formatNumber(norm(result.d.gradient), 4)}
                />
                <Readout
                  label="‖∂KL/∂s‖ without T²"
                  testId="distill-grad-unscaled"
                  dataValue={String(norm(result.d.gradientUnscaled))}
                  value={formatNumber(norm(result.d.gradientUnscaled), 4)}
                />
              </dl>
              <label className="row-picker">
                Softened distributions of row{' '}
                <select
                  value={shown}
                  onChange={(e) => setRow(Number(e.target.value))}
                  data-testid="distill.row"
                >
                  {student.map((_, i) => (
                    <option key={i} value={i}>
                      {i + 1}
                    </option>
                  ))}
                </select>
              </label>
              <Plot
                title="Softened teacher and student distributions"
                testId="chart-distill-softened"
                height={280}
                figure={pairBarsFigure({
                  p: result.d.teacher[shown]!.probs,
                  q: result.d.student[shown]!.probs,
                  pName: `teacher p_T = softmax(t/${formatNumber(T)})`,
                  qName: `student q_T = softmax(s/${formatNumber(T)})`,
                  uirevision: 'distill-softened',
                })}
              />
            </section>
            <section className="card" aria-labelledby="distill-grad-title">
              <h2 id="distill-grad-title">Why multiply by T²</h2>
              <Plot
                title="Gradient norm against temperature, with and without T²"
                testId="chart-distill-gradient"
                height={300}
                figure={gradientScaleFigure(result.scale, T)}
              />
              <Tex
                label="gradient of the distillation loss"
                tex={String.raw`\frac{\partial}{\partial s_j}\,\mathrm{KL}(p_T\|q_T) = \frac{q_j - p_j}{T},\qquad q_j - p_j \approx \frac{(s_j - t_j) - \overline{(s - t)}}{C\,T}\ \text{ for large } T`}
              />
              <p className="explain">
                Softening by T shrinks the difference q − p like 1/T and the chain rule adds another
                1/T, so the KL's gradient falls like 1/T². Multiplying the loss by T² gives the
                gradient <Tex display={false} tex={String.raw`T\,(q_j - p_j)`} /> whose size no
                longer depends on T, so the soft-target term keeps its weight against the hard-label
                loss when T is tuned.
              </p>
            </section>
            <section className="card" aria-labelledby="distill-code-title">
              <h2 id="distill-code-title">The same numbers in PyTorch</h2>
              <pre
                className="code-block"
                data-testid="distill-code"
                tabIndex={0}
                aria-label="PyTorch code"
              >
                <code>{distillCode(student, teacher, T)}</code>
              </pre>
            </section>
          </>
        )}
      </div>
    </main>
  );
}

const norm = (m: number[][]) => Math.hypot(...m.flat());
