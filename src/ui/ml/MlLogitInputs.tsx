import { useState } from 'react';
import { ML_LIMITS, type LogitMatrix } from '../../state/mlScenario';
import { COLORS } from '../theme';
import { LogitBarEditor } from './LogitBarEditor';
import { LogitGrid } from './LogitGrid';
import { CountButtons, SliderNumber } from './controls';
import { shapeProblem, useMlValue } from './useMl';

const resize = (m: LogitMatrix, rows: number, cols: number): number[][] =>
  Array.from({ length: rows }, (_, i) =>
    Array.from({ length: cols }, (_, j) => m[Math.min(i, m.length - 1)]?.[j] ?? 0),
  );

/**
 * The student and teacher logits (a grid of numbers, and bars to drag for one chosen row), the batch
 * shape, and T: shared by the KLDivLoss lab and the distillation view, which read the same scenario.
 */
export function MlLogitInputs({ title }: { title: string }) {
  const [student, setStudent] = useMlValue('mlStudent');
  const [teacher, setTeacher] = useMlValue('mlTeacher');
  const [T, setT] = useMlValue('mlT');
  const [row, setRow] = useState(0);
  const problem = shapeProblem(student, teacher);
  const B = student.length;
  const C = student[0]?.length ?? 0;
  const shown = Math.min(row, B - 1, teacher.length - 1);
  const reshape = (rows: number, cols: number) => {
    setStudent(resize(student, rows, cols));
    setTeacher(resize(teacher, rows, cols));
  };
  const setRowOf = (which: 'student' | 'teacher', values: number[]) => {
    const m = which === 'student' ? student : teacher;
    const next = m.map((r, i) => (i === shown ? values : [...r]));
    if (which === 'student') setStudent(next);
    else setTeacher(next);
  };
  return (
    <section className="card ml-inputs" aria-labelledby="ml-inputs-title">
      <h2 id="ml-inputs-title">{title}</h2>
      <SliderNumber
        label="Temperature T"
        value={T}
        onChange={setT}
        min={ML_LIMITS.T.min}
        max={ML_LIMITS.T.max}
        sliderMin={0.1}
        sliderMax={20}
        step={0.01}
        log
        testId="ml.T"
      />
      {problem ? (
        <div className="problem-box" role="alert">
          <p>{problem}</p>
          <button
            type="button"
            data-testid="ml.trim"
            onClick={() =>
              reshape(
                Math.min(student.length, teacher.length),
                Math.min(student[0]?.length ?? 2, teacher[0]?.length ?? 2),
              )
            }
          >
            Trim to a common shape
          </button>
        </div>
      ) : (
        <div className="shape-controls" role="group" aria-label="Batch shape">
          <span>
            batch B = {B}, classes C = {C}
          </span>
          <CountButtons
            count={B}
            limits={ML_LIMITS.rows}
            unit="row"
            testId="ml.rows"
            onChange={(n) => reshape(n, C)}
          />
          <CountButtons
            count={C}
            limits={ML_LIMITS.classes}
            unit="class"
            testId="ml.classes"
            onChange={(n) => reshape(B, n)}
          />
        </div>
      )}
      <h3 className="swatch-title">
        <span className="swatch swatch-q" aria-hidden="true" />
        Student logits s <span className="role">(Q = softmax(s/T), the input)</span>
      </h3>
      <LogitGrid
        label="Student logits"
        matrix={student}
        onChange={setStudent}
        testId="ml.student"
      />
      <h3 className="swatch-title">
        <span className="swatch swatch-p" aria-hidden="true" />
        Teacher logits t <span className="role">(P = softmax(t/T), the target)</span>
      </h3>
      <LogitGrid
        label="Teacher logits"
        matrix={teacher}
        onChange={setTeacher}
        testId="ml.teacher"
      />
      <p className="hint">Type -inf to mask a class.</p>
      {!problem && (
        <div className="drag-rows">
          <label className="row-picker">
            Drag the bars of row{' '}
            <select
              value={shown}
              onChange={(e) => setRow(Number(e.target.value))}
              data-testid="ml.dragRow"
            >
              {student.map((_, i) => (
                <option key={i} value={i}>
                  {i + 1}
                </option>
              ))}
            </select>
          </label>
          <div className="bar-pair">
            <div>
              <span className="field-label">Teacher t, row {shown + 1}</span>
              <LogitBarEditor
                label={`Teacher logits, row ${shown + 1}`}
                values={teacher[shown]!}
                onChange={(v) => setRowOf('teacher', v)}
                color={COLORS.p}
                range={5}
                testId="ml.teacherBars"
              />
            </div>
            <div>
              <span className="field-label">Student s, row {shown + 1}</span>
              <LogitBarEditor
                label={`Student logits, row ${shown + 1}`}
                values={student[shown]!}
                onChange={(v) => setRowOf('student', v)}
                color={COLORS.q}
                range={5}
                testId="ml.studentBars"
              />
            </div>
          </div>
        </div>
      )}
    </section>
  );
}
