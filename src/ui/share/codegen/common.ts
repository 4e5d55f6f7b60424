import type { Distribution, Normal, Normal2 } from '../../../core/distributions/types';

/** What a snippet reproduces: the explorer's pair and the smoothing it applies to a discrete Q. */
export interface CodeScenario {
  readonly p: Distribution;
  readonly q: Distribution;
  readonly eps: number;
  readonly alpha: number;
}

/** A number as Python source: JavaScript's shortest round-trip text is also valid Python. */
export const py = (x: number): string => {
  const s = String(x);
  return /^-?\d+$/.test(s) ? `${s}.0` : s;
};

export const pyList = (xs: readonly number[]): string => `[${xs.map(py).join(', ')}]`;

/** Mixture components as (weight, …parameters) rows; a single Gaussian is one component of weight 1. */
export const components1 = (d: Distribution): { w: number; c: Normal }[] =>
  d.family === 'normal'
    ? [{ w: 1, c: d }]
    : d.family === 'mixture'
      ? d.components.map((m) => ({ w: m.weight, c: m.component }))
      : [];

export const components2 = (d: Distribution): { w: number; c: Normal2 }[] =>
  d.family === 'normal2'
    ? [{ w: 1, c: d }]
    : d.family === 'mixture2'
      ? d.components.map((m) => ({ w: m.weight, c: m.component }))
      : [];

/** The labels every snippet prints, in the readouts' order. */
export const PRINT_LINES = [
  ['KL(P||Q)', 'kl_pq'],
  ['KL(Q||P)', 'kl_qp'],
  ['JS(P||Q)', 'js'],
  ['KL(P||Q) + KL(Q||P)', 'kl_pq + kl_qp'],
  ['H(P,Q)', 'ce_pq'],
  ['H(P)', 'h_p'],
  ['H(Q)', 'h_q'],
] as const;

export const printBlock = (): string =>
  PRINT_LINES.map(
    ([label, expr]) => `print(f"${label.padEnd(20)} = {float(${expr}):.12g} nats")`,
  ).join('\n');

/** The Python lines that smooth a discrete Q's probability vector `q` as the explorer does. */
export function smoothingLines(s: CodeScenario, lib: 'np' | 'torch'): string[] {
  const lines: string[] = [];
  if (s.eps > 0)
    lines.push(
      `eps = ${py(s.eps)}  # additive smoothing of Q: (q + eps) / (1 + K eps)`,
      `q = (q + eps) / (1 + ${size(lib)} * eps)`,
    );
  if (s.alpha > 0)
    lines.push(
      `alpha = ${py(s.alpha)}  # label smoothing of Q: (1 - alpha) q + alpha / K`,
      `q = (1 - alpha) * q + alpha / ${size(lib)}`,
    );
  return lines;
}

const size = (lib: 'np' | 'torch') => (lib === 'np' ? 'q.size' : 'q.numel()');

export type Kind = 'discrete' | 'continuous1' | 'continuous2';

export const kindOf = (d: Distribution): Kind =>
  d.family === 'bernoulli' || d.family === 'categorical'
    ? 'discrete'
    : d.family === 'normal' || d.family === 'mixture'
      ? 'continuous1'
      : 'continuous2';

/** A discrete distribution's weights as Python source (Bern(p) is [1 - p, p], as the charts order it). */
export const weightsSource = (d: Distribution): string =>
  d.family === 'bernoulli'
    ? `[1 - ${py(d.p)}, ${py(d.p)}]`
    : d.family === 'categorical'
      ? pyList(d.weights)
      : '[]';

/** The integration range and breakpoints for 1-D pairs: every component's μ + kσ, k = −12…12. */
export function range1(p: Distribution, q: Distribution): { lo: number; hi: number } {
  const all = [...components1(p), ...components1(q)].map((m) => m.c);
  return {
    lo: Math.min(...all.map((c) => c.mu - 12 * c.sigma)),
    hi: Math.max(...all.map((c) => c.mu + 12 * c.sigma)),
  };
}

/** One script builder per kind of sample space. */
export interface SnippetBuilders {
  readonly discrete: (s: CodeScenario) => string;
  readonly continuous1: (s: CodeScenario) => string;
  readonly continuous2: (s: CodeScenario) => string;
}

/** A whole script: the builder for the pair's sample space, then the labelled prints. */
export function assembleSnippet(s: CodeScenario, builders: SnippetBuilders): string {
  const kind = kindOf(s.p);
  if (kind !== kindOf(s.q)) return '# P and Q live on different sample spaces: nothing to compute.';
  return `${builders[kind](s)}\n\n${printBlock()}\n`;
}
