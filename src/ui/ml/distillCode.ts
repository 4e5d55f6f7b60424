import type { LogitMatrix } from '../../state/mlScenario';
import { SUPPORTED_VERSIONS } from '../share/codegen/common';
import { pyMatrix, pyNumber } from './torchCode';

/** What the distillation snippet prints, in order: a label and the readout (test id) it matches. */
export const DISTILL_PRINTS = [
  { label: 'KL(p_T||q_T) batchmean', expr: 'kl', testId: 'distill-kl' },
  { label: 'T^2 KL', expr: 'loss', testId: 'distill-t2kl' },
  { label: '|dloss/ds| with T^2', expr: 'grad.norm()', testId: 'distill-grad' },
  { label: '|dKL/ds| without T^2', expr: 'grad_unscaled.norm()', testId: 'distill-grad-unscaled' },
] as const;

/** The (row, class) pairs masked (−∞) in both teacher and student, 0-based. */
function maskedInBoth(student: LogitMatrix, teacher: LogitMatrix): [number, number][] {
  return student.flatMap((row, i) =>
    row.flatMap((v, j): [number, number][] =>
      v === -Infinity && teacher[i]?.[j] === -Infinity ? [[i, j]] : [],
    ),
  );
}

/**
 * A PyTorch script for the distillation lab: the softened distributions, KL(p_T‖q_T) with
 * 'batchmean', the loss T²·KL, and both gradients with respect to the student logits by autograd
 * (the lab derives them by hand, (q − p)·T/B and (q − p)/(T·B)), each printed in full precision.
 * Where a class is masked in both, F.kl_div computes 0·log 0 as 0·(−∞) = NaN, so the script sums
 * only the classes the teacher gives mass to, as the lab does (0·log 0 = 0).
 */
export function distillCode(student: LogitMatrix, teacher: LogitMatrix, T: number): string {
  const both = maskedInBoth(student, teacher);
  const kl = both.length
    ? [
        `# Masked in both (row, class): ${both.map(([i, j]) => `(${i + 1}, ${j + 1})`).join(', ')}. F.kl_div would give`,
        '# nan there (0 * log 0 computed as 0 * -inf), so sum p (log p - log q) where p > 0 only.',
        'terms = torch.where(p_T > 0, p_T * (p_T.log() - log_q_T), torch.zeros_like(p_T))',
        'kl = terms.sum() / s.shape[0]  # batchmean: the mean KL per row',
      ]
    : ["kl = F.kl_div(log_q_T, p_T, reduction='batchmean')  # the mean KL(p_T||q_T) per row"];
  return [
    `# KL Explorer, distillation lab. Runs as it stands on ${SUPPORTED_VERSIONS.pytorch}.`,
    'import torch, torch.nn.functional as F',
    '',
    `t = torch.tensor(${pyMatrix(teacher)}, dtype=torch.float64)  # teacher logits`,
    `s = torch.tensor(${pyMatrix(student)}, dtype=torch.float64, requires_grad=True)  # student logits`,
    `T = ${pyNumber(T)}`,
    'p_T = F.softmax(t / T, dim=1)  # softened teacher: the target',
    'log_q_T = F.log_softmax(s / T, dim=1)  # softened student, as log-probabilities',
    ...kl,
    'loss = T**2 * kl  # Hinton et al.: T^2 keeps the gradient from shrinking like 1 / T^2',
    '(grad,) = torch.autograd.grad(loss, s, retain_graph=True)',
    '(grad_unscaled,) = torch.autograd.grad(kl, s)',
    '',
    ...DISTILL_PRINTS.map((p) => `print(${pyString(p.label)}, float(${p.expr}))`),
  ].join('\n');
}

const pyString = (s: string) => `'${s}'`;
