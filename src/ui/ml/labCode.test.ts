import { describe, expect, it } from 'vitest';
import { klDivLab } from '../../core/ml/klDivLab';
import { DISTILL_PRINTS, distillCode } from './distillCode';
import { TORCH_CODE_READOUTS, torchCode, torchCodeText } from './torchCode';

const student = [
  [1, 2, 3],
  [0, 1, 2],
];
const teacher = [
  [0.5, 1, -1],
  [2, 0, 1],
];

describe('torchCodeText', () => {
  const lab = klDivLab({ student, teacher, temperature: 2 });
  const text = torchCodeText(torchCode(student, teacher, 2, lab));
  const prints = text.split('\n').filter((l) => l.startsWith('print('));

  it('prints every readout once, labelled with its key, as a full-precision float', () => {
    expect(prints.map((l) => /^print\('([^']+)', float\(/.exec(l)?.[1])).toEqual(
      Object.keys(TORCH_CODE_READOUTS),
    );
  });

  it('keeps the call a person would write, and says where PyTorch warns', () => {
    expect(prints).toContain(
      "print('batchmean', float(F.kl_div(inp, tgt, reduction='batchmean')))",
    );
    expect(text).toContain(
      "print('mean', float(F.kl_div(inp, tgt, reduction='mean')))  # PyTorch warns here",
    );
  });

  it('follows each print with the value the lab shows', () => {
    const i = text.split('\n').findIndex((l) => l.startsWith("print('sum'"));
    expect(text.split('\n')[i + 1]).toBe(`# → ${(lab.torch.sum.value as number).toPrecision(6)}`);
  });
});

describe('distillCode', () => {
  it('uses F.kl_div with batchmean and autograd for both gradients', () => {
    const text = distillCode(student, teacher, 2);
    expect(text).toContain('t = torch.tensor([[0.5, 1., -1.], [2., 0., 1.]], dtype=torch.float64)');
    expect(text).toContain(
      's = torch.tensor([[1., 2., 3.], [0., 1., 2.]], dtype=torch.float64, requires_grad=True)',
    );
    expect(text).toContain("kl = F.kl_div(log_q_T, p_T, reduction='batchmean')");
    expect(text).toContain('loss = T**2 * kl');
    expect(text).toContain('(grad,) = torch.autograd.grad(loss, s, retain_graph=True)');
    expect(text.split('\n').filter((l) => l.startsWith('print('))).toEqual(
      DISTILL_PRINTS.map((p) => `print('${p.label}', float(${p.expr}))`),
    );
  });

  it('a class masked in both: sums only where p > 0, since F.kl_div would give nan', () => {
    const text = distillCode(
      [
        [1, 2, -Infinity],
        [0, 1, 2],
      ],
      [
        [0.5, 1, -Infinity],
        [2, 0, 1],
      ],
      2,
    );
    expect(text).toContain('# Masked in both (row, class): (1, 3).');
    expect(text).toContain(
      'torch.where(p_T > 0, p_T * (p_T.log() - log_q_T), torch.zeros_like(p_T))',
    );
    expect(text).not.toContain('F.kl_div(');
  });

  it('a class masked in the student only keeps F.kl_div: its +inf is the true KL', () => {
    const text = distillCode([[1, 2, -Infinity]], [[0.5, 1, 2]], 3);
    expect(text).toContain("F.kl_div(log_q_T, p_T, reduction='batchmean')");
    expect(text).toContain("s = torch.tensor([[1., 2., float('-inf')]]");
  });
});
