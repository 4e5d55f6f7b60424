import { MEASURES } from '../../../core/measures/table';
import {
  discreteFamily,
  familyOf,
  gaussianComponents1,
  gaussianComponents2,
  isContinuous1,
  isContinuous2,
  integerFamily,
  isDiscrete,
  isGaussianMixture1,
  isInteger,
} from '../../../core/families/registry';
import type { SpaceKind } from '../../../core/families/types';
import { incompatibility, type PairAnalysis } from '../../../core/analysis';
import type { Distribution, Normal, Normal2 } from '../../../core/distributions/types';
import { formatSpec } from '../../../core/spec/format';
import { numpyMeasureLines, torchMeasureLines } from './fMeasureLines';

/** What a snippet reproduces: the explorer's pair and the smoothing it applies to a discrete Q. */
export interface CodeScenario {
  readonly p: Distribution;
  readonly q: Distribution;
  readonly eps: number;
  readonly alpha: number;
  /** The Rényi order α of the D_α line (URL order=; default 0.5). */
  readonly order?: number;
}

/** A number as Python source: JavaScript's shortest round-trip text is also valid Python. */
export const py = (x: number): string => {
  const s = String(x);
  return /^-?\d+$/.test(s) ? `${s}.0` : s;
};

export const pyList = (xs: readonly number[]): string => `[${xs.map(py).join(', ')}]`;

/** Mixture components as (weight, …parameters) rows; a single Gaussian is one component of weight 1. */
export const components1 = (d: Distribution): { w: number; c: Normal }[] =>
  isContinuous1(d) ? gaussianComponents1(d).map((m) => ({ w: m.weight, c: m.component })) : [];

export const components2 = (d: Distribution): { w: number; c: Normal2 }[] =>
  isContinuous2(d) ? gaussianComponents2(d).map((m) => ({ w: m.weight, c: m.component })) : [];

/** The labels every snippet prints, in the readouts' order (the measures table), with the unit. */
export const PRINT_LINES: readonly (readonly [string, string, string])[] = MEASURES.map(
  (m) => [m.code.label, m.code.expr, m.unit === 'nats' ? ' nats' : ''] as const,
);

export const printBlock = (): string =>
  PRINT_LINES.map(
    ([label, expr, unit]) => `print(f"${label.padEnd(20)} = {float(${expr}):.12g}${unit}")`,
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

export type Kind = 'discrete' | 'integer' | 'continuous1' | 'continuous2';

/** A snippet builder's kind: a sample space's, or the generic 1-D script's (generic1.ts). */
export type SnippetKind = Kind | 'generic1';

/** The snippet builder of each sample-space kind. */
const KIND_OF_SPACE: { readonly [S in SpaceKind]: Kind } = {
  discrete: 'discrete',
  integer: 'integer',
  real1: 'continuous1',
  real2: 'continuous2',
};

/** The sample space a family lives on, which picks the snippet builder. */
export const kindOf = (d: Distribution): Kind => KIND_OF_SPACE[familyOf(d).kind];

/**
 * The library versions every snippet is written for: only APIs present in all of them are used
 * (for example `scipy.integrate.trapezoid`, not `np.trapezoid`, which NumPy 1.x lacks, nor
 * `np.trapz`, which NumPy 2.0 removed). `npm run verify:code` runs the snippets on the installed ones.
 */
export const SUPPORTED_VERSIONS = {
  numpy: 'Python 3.8+, NumPy 1.22+ or 2.x, SciPy 1.8+',
  pytorch: 'Python 3.8+, PyTorch 1.13+ or 2.x',
} as const;

export type Library = keyof typeof SUPPORTED_VERSIONS;

/** The comment lines that open every snippet: what it reproduces and what it runs on. */
export function headerLines(s: CodeScenario, lib: Library): string[] {
  const smoothing = [
    ...(s.eps > 0 ? [`eps = ${s.eps}`] : []),
    ...(s.alpha > 0 ? [`alpha = ${s.alpha}`] : []),
  ];
  return [
    `# KL Explorer: P = ${formatSpec(s.p)}, Q = ${formatSpec(s.q)}${smoothing.length ? `, smoothing of Q: ${smoothing.join(', ')}` : ''}`,
    `# Runs as it stands on ${SUPPORTED_VERSIONS[lib]}.`,
    "# Prints the explorer's readouts, in nats (TV and H^2 have no unit).",
  ];
}

/** A discrete distribution's weights as Python source (Bern(p) is [1 - p, p], as the charts order it). */
export const weightsSource = (d: Distribution): string =>
  // Bern(p) prints as the expression [1 - p, p] (so the snippet shows p itself), other families as
  // their weight list.
  d.family === 'bernoulli'
    ? `[1 - ${py(d.p)}, ${py(d.p)}]`
    : isDiscrete(d)
      ? pyList(discreteFamily(d).weights(d))
      : '[]';

/**
 * A family's `torch.distributions` or `scipy.stats` expression for d (its module's `ui.torch` /
 * `ui.scipy` template, each `{key}` replaced by the parameter as a Python number).
 */
export function familyExpression(d: Distribution, lib: 'torch' | 'scipy'): string {
  const template = familyOf(d).ui[lib];
  if (template === undefined) throw new RangeError(`${familyOf(d).label} has no ${lib} expression`);
  const params = d as unknown as Readonly<Record<string, number>>;
  return template.replace(/\{(\w+)\}/g, (_, key: string) => py(params[key]!));
}

/**
 * The last outcome a count pair's script sums to: beyond mean + 40 sd + 40 of both, every term is far
 * below the readouts' last digit (a Poisson tail there is < e^(−800)); a Binomial's n + 1 is kept
 * in range so that KL(Pois‖Bin) meets the outcome Bin cannot produce.
 */
export function countsUpperLimit(p: Distribution, q: Distribution): number {
  const reach = (d: Distribution) => {
    if (!isInteger(d)) return 0;
    const f = integerFamily(d);
    const lo = f.quantile(d, 0.5);
    const hi = f.quantile(d, 1 - 1e-12);
    const support = f.integerDistribution(d).support.hi;
    return Math.min(support, Math.ceil(hi + 40 * Math.max(1, hi - lo) + 40));
  };
  const edge = (d: Distribution) =>
    isInteger(d) ? integerFamily(d).integerDistribution(d).support.hi : Infinity;
  const hi = Math.max(reach(p), reach(q));
  const finiteEdges = [edge(p), edge(q)].filter((e) => Number.isFinite(e) && e < hi + 1e5);
  return Math.max(hi, ...finiteEdges.map((e) => e + 1));
}

/** The integration range and breakpoints for 1-D pairs: every component's μ + kσ, k = −12…12. */
export function range1(p: Distribution, q: Distribution): { lo: number; hi: number } {
  const all = [...components1(p), ...components1(q)].map((m) => m.c);
  return {
    lo: Math.min(...all.map((c) => c.mu - 12 * c.sigma)),
    hi: Math.max(...all.map((c) => c.mu + 12 * c.sigma)),
  };
}

/** Whether a 1-D pair needs the generic script (one of them is not a mixture of Normals). */
export const needsGeneric1 = (p: Distribution, q: Distribution): boolean =>
  [p, q].some((d) => isContinuous1(d) && !isGaussianMixture1(d));

/** One script builder per kind of sample space. */
export interface SnippetBuilders {
  readonly discrete: (s: CodeScenario) => string;
  readonly integer: (s: CodeScenario) => string;
  readonly continuous1: (s: CodeScenario) => string;
  readonly continuous2: (s: CodeScenario) => string;
  /** A 1-D pair that is not two Gaussian mixtures (generic1.ts). */
  readonly generic1: (s: CodeScenario) => string;
}

/**
 * A whole script: the header, the builder for the pair's sample space, then the labelled prints. A
 * pair the explorer cannot compare gets the explorer's reason as a comment, never code that fails.
 */
export function assembleSnippet(s: CodeScenario, lib: Library, builders: SnippetBuilders): string {
  const problem = incompatibility(s.p, s.q);
  if (problem) return rejectedNotice(problem.message);
  // Two Gaussian mixtures have their own script (closed forms, mixture tables); any other 1-D pair
  // is written from its families' templates, TV, H² and D_α included (generic1.ts).
  const kind: SnippetKind =
    kindOf(s.p) === 'continuous1' && needsGeneric1(s.p, s.q) ? 'generic1' : kindOf(s.p);
  const measures = (lib === 'numpy' ? numpyMeasureLines : torchMeasureLines)(kind, s);
  return `${headerLines(s, lib).join('\n')}\n\n${builders[kind](s)}\n${measures.join('\n')}\n\n${printBlock()}\n`;
}

/** Python comments only, so pasting them runs and does nothing. */
const comment = (text: string) => `# ${text}`;

export const rejectedNotice = (reason: string): string =>
  [comment('No code for this pair: the explorer cannot compare it.'), comment(reason), ''].join(
    '\n',
  );

export const PENDING_NOTICE = `${comment(
  "The explorer is still computing this pair's readouts; the code appears here when they are ready.",
)}\n`;

/** Where the explorer's readouts for the current pair stand. */
export type ReadoutStatus =
  | { readonly state: 'pending' }
  | { readonly state: 'rejected'; readonly reason: string }
  | { readonly state: 'ready' };

/**
 * The text of a code block: the snippet once the readouts it reproduces are on the page, otherwise
 * a comment saying why there is none yet (still computing) or at all (the explorer rejects the pair).
 */
export function snippetText(
  make: (s: CodeScenario) => string,
  s: CodeScenario,
  status: ReadoutStatus,
): string {
  if (status.state === 'pending') return PENDING_NOTICE;
  if (status.state === 'rejected') return rejectedNotice(status.reason);
  return make(s);
}

/** The snippets reproduce the readouts, so they wait for them and share their verdict on the pair. */
export function readoutStatus(analysis: PairAnalysis | null, computing: boolean): ReadoutStatus {
  if (analysis === null || computing) return { state: 'pending' };
  if (!analysis.ok) return { state: 'rejected', reason: analysis.problem.message };
  return { state: 'ready' };
}
