import { type MeasureValue, exact } from '../divergences/types';
import { neumaierSum } from '../numeric/summation';
import { categoricalKlFromLogProbs } from './categoricalKl';
import { type SoftmaxRow, assertTemperature, softmax } from './softmax';

/** The distillation loss of a batch and its gradient with respect to the student logits. */
export interface DistillationResult {
  /** p_i = softmax(teacher_i / T) per row. */
  readonly teacher: SoftmaxRow[];
  /** q_i = softmax(student_i / T) per row. */
  readonly student: SoftmaxRow[];
  /** (1/B) Σ_i KL(p_i‖q_i): KLDivLoss 'batchmean' without the T² factor. */
  readonly klBatchmean: MeasureValue;
  /** T²·(1/B) Σ_i KL(p_i‖q_i): the Hinton et al. distillation loss. */
  readonly loss: MeasureValue;
  /** ∂klBatchmean/∂s_ij = (q_ij − p_ij) / (T·B). Shrinks like 1/T² as T grows. */
  readonly gradientUnscaled: number[][];
  /** ∂loss/∂s_ij = T·(q_ij − p_ij) / B. Keeps its scale as T grows: the reason for the T² factor. */
  readonly gradient: number[][];
}

/**
 * Knowledge distillation with temperature T over a batch of B rows:
 *   loss = T² · (1/B) Σ_i KL(softmax(t_i/T) ‖ softmax(s_i/T))   (nats)
 * and its analytic gradient with respect to the student logits s:
 *   ∂/∂s_ij KL(p_i‖softmax(s_i/T)) = (q_ij − p_ij)/T,
 * because KL(p‖q) = Σ p log p − Σ_k p_k s_k/T + log Σ_k e^{s_k/T}, whose derivative is −p_j/T + q_j/T.
 * With the T² factor and the 1/B of 'batchmean': T·(q_ij − p_ij)/B.
 *
 * Edge cases: a masked student logit (−∞) where the teacher gives p > 0 makes the loss +Infinity
 * (support mismatch); the gradient formula is still returned there (finite). A masked teacher logit
 * contributes p = 0. Throws a RangeError when T is not finite and > 0, the batches differ in shape,
 * or a row has no distribution (all logits masked).
 */
export function distillation(
  teacherLogits: ReadonlyArray<ArrayLike<number>>,
  studentLogits: ReadonlyArray<ArrayLike<number>>,
  temperature: number,
): DistillationResult {
  assertTemperature(temperature);
  const B = teacherLogits.length;
  if (B === 0 || studentLogits.length !== B) {
    throw new RangeError('teacher and student must be non-empty batches of the same size');
  }
  const teacher = teacherLogits.map((row) => softmax(row, temperature));
  const student = studentLogits.map((row) => softmax(row, temperature));
  const rowKls = teacher.map((p, i) => {
    const q = student[i]!;
    if (!p.valid || !q.valid) throw new RangeError(`row ${i} has no distribution`);
    if (p.probs.length !== q.probs.length) throw new RangeError(`row ${i}: lengths differ`);
    return categoricalKlFromLogProbs(p.logProbs, q.logProbs);
  });
  const infinite = rowKls.find((r) => r.value === Infinity);
  const klMean = infinite ? Infinity : neumaierSum(rowKls.map((r) => r.value)) / B;
  const T = temperature;
  const diff = teacher.map((p, i) => student[i]!.probs.map((qj, j) => qj - p.probs[j]!));
  return {
    teacher,
    student,
    klBatchmean: exact(klMean, infinite?.reason),
    loss: exact(T * T * klMean, infinite?.reason),
    gradientUnscaled: diff.map((row) => row.map((d) => d / (T * B))),
    gradient: diff.map((row) => row.map((d) => (T * d) / B)),
  };
}

/** One point of {@link distillationGradientScale}. */
export interface DistillationGradientPoint {
  readonly temperature: number;
  /** Euclidean norm of ∂loss/∂s with the T² factor. */
  readonly gradientNorm: number;
  /** Euclidean norm of the gradient without the T² factor (= gradientNorm / T²). */
  readonly gradientNormUnscaled: number;
}

/**
 * The gradient norm with and without the T² factor at each temperature. For large T,
 * q − p ≈ (s − t − mean(s − t))/(C·T), so the unscaled gradient falls like 1/T² while the scaled one
 * tends to a constant: the reason Hinton et al. multiply by T².
 * Throws as {@link distillation} for any temperature.
 */
export function distillationGradientScale(
  teacherLogits: ReadonlyArray<ArrayLike<number>>,
  studentLogits: ReadonlyArray<ArrayLike<number>>,
  temperatures: readonly number[],
): DistillationGradientPoint[] {
  return temperatures.map((T) => {
    const r = distillation(teacherLogits, studentLogits, T);
    return {
      temperature: T,
      gradientNorm: frobenius(r.gradient),
      gradientNormUnscaled: frobenius(r.gradientUnscaled),
    };
  });
}

function frobenius(m: number[][]): number {
  return Math.sqrt(neumaierSum(m.flat().map((x) => x * x)));
}
