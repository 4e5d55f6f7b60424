import { type MeasureValue, exact } from '../divergences/types';
import { neumaierSum } from '../numeric/summation';
import { categoricalKlFromLogProbs } from './categoricalKl';
import { type SoftmaxRow, softmaxBatch } from './softmax';
import { type TorchKlDivResult, type TorchScalar, torchKlDiv } from './torchKlDiv';

/** The KLDivLoss lab's inputs: logits as rows (batch × classes) and the temperature T > 0. */
export interface KlDivLabInput {
  readonly student: ReadonlyArray<ArrayLike<number>>;
  readonly teacher: ReadonlyArray<ArrayLike<number>>;
  readonly temperature: number;
  /** The factor c of the "target does not sum to 1" pitfall (target = c·softmax(teacher/T)); default 2. */
  readonly targetScale?: number;
}

/** The true mean KL over rows, or null when some row has no distribution (all logits masked). */
export interface RowKl {
  readonly rows: (MeasureValue | null)[];
  readonly mean: MeasureValue | null;
}

/** Everything the KLDivLoss lab displays. P = softmax(teacher/T) (target), Q = softmax(student/T). */
export interface KlDivLabResult {
  readonly teacher: SoftmaxRow[];
  readonly student: SoftmaxRow[];
  /** kl_div(log_softmax(student/T), softmax(teacher/T), log_target=False), every reduction. */
  readonly torch: TorchKlDivResult;
  /** kl_div(log_softmax(student/T), log_softmax(teacher/T), log_target=True), every reduction. */
  readonly torchLogTarget: TorchKlDivResult;
  /** KL(P_i‖Q_i) per row and their mean: what 'batchmean' should equal. Never NaN. */
  readonly klPQ: RowKl;
  /** KL(Q_i‖P_i) per row and their mean: what the swapped call computes. */
  readonly klQP: RowKl;
  /** T²·batchmean (log_target=False): the distillation loss. */
  readonly distillLoss: TorchScalar;
  readonly pitfalls: {
    /** batchmean of kl_div(softmax(student/T), target): probabilities wrongly passed as input. Can be < 0. */
    readonly probsAsInput: TorchScalar;
    /** 'mean' instead of 'batchmean': the same sum divided by B·C instead of B, i.e. batchmean / C. */
    readonly meanInsteadOfBatchmean: TorchScalar;
    /** batchmean of kl_div(log_softmax(teacher/T), softmax(student/T)): KL(Q‖P), the other direction. */
    readonly swapped: TorchScalar;
    /** batchmean of kl_div(input, c·P): equals c·mean KL(P‖Q) + c·log c, not a KL. */
    readonly unnormalizedTarget: TorchScalar;
    readonly targetScale: number;
  };
  /** Rows whose student or teacher logits are all −∞ (PyTorch gives NaN throughout those rows). */
  readonly invalidRows: number[];
}

/**
 * Runs every computation of the KLDivLoss lab, exactly as PyTorch would on float64 tensors
 * (see ./torchKlDiv), next to the mathematically correct KL values.
 *
 * The PyTorch calls emulated, with input = log_softmax(student/T) and target = softmax(teacher/T):
 * `kl_div(input, target, reduction=r)` and `kl_div(input, log_softmax(teacher/T), reduction=r,
 * log_target=True)` for r in none/sum/mean/batchmean, plus the pitfalls listed in
 * {@link KlDivLabResult}. A masked logit (−∞) in both rows at the same class gives NaN in PyTorch
 * (0·(−∞)); in the student row only, +∞ (a true support mismatch); in the teacher row only, 0 with
 * log_target=False and NaN with log_target=True. Our KL values stay 0 or +∞ as they should.
 *
 * Throws a RangeError for an empty batch, rows of different lengths, a student/teacher batch size
 * mismatch, or T not finite and > 0.
 */
export function klDivLab(spec: KlDivLabInput): KlDivLabResult {
  const { temperature: T } = spec;
  const targetScale = spec.targetScale ?? 2;
  if (spec.student.length !== spec.teacher.length) {
    throw new RangeError('student and teacher must have the same number of rows');
  }
  const student = softmaxBatch(spec.student, T);
  const teacher = softmaxBatch(spec.teacher, T);
  const invalidRows: number[] = [];
  for (let i = 0; i < student.length; i++) {
    if (!student[i]!.valid || !teacher[i]!.valid) invalidRows.push(i);
  }

  // PyTorch's own tensors: log_softmax / softmax of an all −∞ row is NaN in PyTorch (−∞ − (−∞)).
  const torchLogQ = student.map((r) => torchView(r, r.logProbs));
  const torchQ = student.map((r) => torchView(r, r.probs));
  const torchLogP = teacher.map((r) => torchView(r, r.logProbs));
  const torchP = teacher.map((r) => torchView(r, r.probs));

  const torch = torchKlDiv(torchLogQ, torchP, false);
  const torchLogTarget = torchKlDiv(torchLogQ, torchLogP, true);
  const scaledP = torchP.map((row) => row.map((p) => targetScale * p));

  return {
    teacher,
    student,
    torch,
    torchLogTarget,
    klPQ: rowKl(teacher, student),
    klQP: rowKl(student, teacher),
    distillLoss: scaleScalar(torch.batchmean, T * T),
    pitfalls: {
      probsAsInput: torchKlDiv(torchQ, torchP, false).batchmean,
      meanInsteadOfBatchmean: torch.mean,
      swapped: torchKlDiv(torchLogP, torchQ, false).batchmean,
      unnormalizedTarget: torchKlDiv(torchLogQ, scaledP, false).batchmean,
      targetScale,
    },
    invalidRows,
  };
}

/**
 * KL(P_i‖Q_i) for each row i and the mean over rows (the quantity 'batchmean' is meant to give).
 * A row with no distribution gives null, and then the mean is null too; an infinite row makes the
 * mean +Infinity with that row's reason.
 */
export function rowKl(p: readonly SoftmaxRow[], q: readonly SoftmaxRow[]): RowKl {
  const rows = p.map((pi, i) => {
    const qi = q[i]!;
    return pi.valid && qi.valid ? categoricalKlFromLogProbs(pi.logProbs, qi.logProbs) : null;
  });
  if (rows.some((r) => r === null)) return { rows, mean: null };
  const valid = rows as MeasureValue[];
  const infinite = valid.find((r) => r.value === Infinity);
  if (infinite) return { rows, mean: exact(Infinity, infinite.reason) };
  return { rows, mean: exact(neumaierSum(valid.map((r) => r.value)) / valid.length) };
}

function torchView(row: SoftmaxRow, values: number[]): number[] {
  return row.valid ? values : values.map(() => NaN);
}

function scaleScalar(s: TorchScalar, factor: number): TorchScalar {
  return s.value === 'NaN' ? s : { value: s.value * factor };
}
