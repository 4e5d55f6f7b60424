import type { KlDivLabResult } from '../../core/ml/klDivLab';
import type { TorchValue } from '../../core/ml/torchKlDiv';
import type { LogitMatrix } from '../../state/mlScenario';

const pyNumber = (x: number): string =>
  x === -Infinity ? "float('-inf')" : Number.isInteger(x) ? `${x}.` : String(x);

/** A logit matrix as a Python list literal. */
export const pyMatrix = (m: LogitMatrix): string =>
  `[${m.map((row) => `[${row.map(pyNumber).join(', ')}]`).join(', ')}]`;

const out = (v: TorchValue): string =>
  v === 'NaN' ? 'nan' : v === Infinity ? 'inf' : v === -Infinity ? '-inf' : v.toPrecision(6);

/** One line of PyTorch and the number it prints, keyed by the readout it produces. */
export interface CodeLine {
  readonly key: string;
  readonly code: string;
  readonly value: TorchValue;
}

/**
 * The PyTorch calls behind each readout of the KLDivLoss lab, so a practitioner can paste them and
 * compare: the setup, then one `F.kl_div` call per number with the value it returns (float64).
 */
export function torchCode(
  student: LogitMatrix,
  teacher: LogitMatrix,
  T: number,
  lab: KlDivLabResult,
): { setup: string; lines: CodeLine[] } {
  const setup = [
    'import torch, torch.nn.functional as F',
    `s = torch.tensor(${pyMatrix(student)}, dtype=torch.float64)  # student logits`,
    `t = torch.tensor(${pyMatrix(teacher)}, dtype=torch.float64)  # teacher logits`,
    `T = ${pyNumber(T)}`,
    'inp = F.log_softmax(s / T, dim=1)   # input: log-probabilities',
    'tgt = F.softmax(t / T, dim=1)       # target: probabilities',
  ].join('\n');
  const c = lab.pitfalls.targetScale;
  const lines: CodeLine[] = [
    { key: 'sum', code: "F.kl_div(inp, tgt, reduction='sum')", value: lab.torch.sum.value },
    { key: 'mean', code: "F.kl_div(inp, tgt, reduction='mean')", value: lab.torch.mean.value },
    {
      key: 'batchmean',
      code: "F.kl_div(inp, tgt, reduction='batchmean')",
      value: lab.torch.batchmean.value,
    },
    {
      key: 'batchmean-log-target',
      code: "F.kl_div(inp, F.log_softmax(t / T, dim=1), reduction='batchmean', log_target=True)",
      value: lab.torchLogTarget.batchmean.value,
    },
    {
      key: 'distill',
      code: "T**2 * F.kl_div(inp, tgt, reduction='batchmean')",
      value: lab.distillLoss.value,
    },
    {
      key: 'probs-input',
      code: "F.kl_div(F.softmax(s / T, dim=1), tgt, reduction='batchmean')  # wrong: probabilities",
      value: lab.pitfalls.probsAsInput.value,
    },
    {
      key: 'swapped',
      code: "F.kl_div(F.log_softmax(t / T, dim=1), F.softmax(s / T, dim=1), reduction='batchmean')",
      value: lab.pitfalls.swapped.value,
    },
    {
      key: 'unnormalised',
      code: `F.kl_div(inp, ${c} * tgt, reduction='batchmean')  # target sums to ${c}`,
      value: lab.pitfalls.unnormalizedTarget.value,
    },
  ];
  return { setup, lines };
}

/** The code block's text: the setup, then each call followed by what it prints. */
export function torchCodeText(code: { setup: string; lines: readonly CodeLine[] }): string {
  return [code.setup, ...code.lines.map((l) => `${l.code}\n# → tensor(${out(l.value)})`)].join(
    '\n',
  );
}
