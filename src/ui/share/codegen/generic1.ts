/**
 * The parts of a 1-D snippet for a pair that is not two Gaussian mixtures (U, Exp, Laplace, Gamma,
 * Beta, T, and mixtures of any of them), shared by the SciPy and the PyTorch script. A
 * distribution is written as its family's `ui.scipy` / `ui.torch` template, a mixture as a list of
 * (weight, component) pairs, each component from its own family's template: a mixture of components
 * of any 1-D family plugs in without a case here. The integrals are split at the explorer's own
 * breakpoints (`splitPoints`: support edges, tail quantiles down to 1e-300, one point per decade in
 * wide gaps), and the infinities carry the explorer's reasons (`infiniteKl1`) as comments.
 */
import type { Continuous1Spec } from '../../../core/distributions/types';
import {
  heavierTail as heavyTailOrders,
  plotRange1Generic,
  splitPoints,
} from '../../../core/divergences/continuous1Generic';
import type { InfiniteReason } from '../../../core/divergences/types';
import { real1Family } from '../../../core/families/registry';
import { formatSpec } from '../../../core/spec/format';
import { familyExpression, py } from './common';

/**
 * A 1-D spec as weighted components of any 1-D family: a mixture's own components (read from
 * its `components`, whatever their family), anything else as itself with weight 1.
 */
function weightedComponents1(
  d: Continuous1Spec,
): { readonly w: number; readonly c: Continuous1Spec }[] {
  return 'components' in d
    ? d.components.map((m) => ({ w: m.weight, c: m.component as Continuous1Spec }))
    : [{ w: 1, c: d }];
}

/** Whether d is written as a list of weighted components (a mixture) rather than one object. */
export const isMixtureSource = (d: Continuous1Spec): boolean => 'components' in d;

/**
 * d as Python: one `scipy.stats` / `torch.distributions` object, or a mixture's list of (weight,
 * object) pairs. `wrap` adapts a component's expression (PyTorch adds `validate_args=False`).
 */
export function distributionSource(
  d: Continuous1Spec,
  lib: 'scipy' | 'torch',
  wrap: (expr: string) => string = (e) => e,
): string {
  const expr = (c: Continuous1Spec) => wrap(familyExpression(c, lib));
  if (!isMixtureSource(d)) return expr(d);
  // The closing bracket ends the last row: a line of its own would read as a new statement to the
  // checks that a snippet pastes at the >>> prompt.
  const rows = weightedComponents1(d).map((m) => `    (${py(m.w)}, ${expr(m.c)})`);
  return `[\n${rows.join(',\n')},\n]`.replace(/,\n]$/, ']');
}

/**
 * Beyond this the libraries' Student-t log-densities overflow: scipy.stats.t and torch's StudentT
 * square (x − μ)/s, which is +inf past 1.3e154, and read log p = −inf where p > 0.
 */
const SQUARE_SAFE = 1e150;

/**
 * The explorer's split points for the pair, within ±1e150 (see {@link SQUARE_SAFE}) when the pair's
 * bulk (the explorer's plot range) lies well inside: only far tails are left out then. A pair whose
 * bulk reaches that far (Exp(1e-160)) keeps every point.
 */
function scriptPoints(p: Continuous1Spec, q: Continuous1Spec): number[] {
  const all = splitPoints(p, q);
  const [lo, hi] = plotRange1Generic(p, q);
  return Math.max(Math.abs(lo), Math.abs(hi)) < SQUARE_SAFE * 1e-10
    ? all.filter((x) => Math.abs(x) <= SQUARE_SAFE)
    : all;
}

/**
 * The explorer's split points as a Python list wrapped at about 100 characters, under a comment
 * saying where they come from, and one more when points beyond ±1e150 (a Student-t's far decades)
 * are left out.
 */
export function pointsSource(p: Continuous1Spec, q: Continuous1Spec, name = 'points'): string {
  const all = splitPoints(p, q);
  const kept = scriptPoints(p, q);
  const lines: string[][] = [[]];
  for (const item of kept.map(py)) {
    const line = lines[lines.length - 1]!;
    if (line.length > 0 && [...line, item].join(', ').length > 94) lines.push([item]);
    else line.push(item);
  }
  const note =
    kept.length < all.length
      ? [
          `# The explorer's ${all.length - kept.length} points beyond +-1e150 (far tails) are left out: there the libraries'`,
          '# Student-t log-densities square (x - mu)/s, which overflows to inf and reads as log p = -inf.',
        ]
      : [];
  return [
    "# The explorer's split points: support edges, kinks and tail quantiles down to 1e-300 of both,",
    '# with one point per decade across wide gaps (heavy tails, edge singularities).',
    ...note,
    `${name} = [\n${lines.map((l) => `    ${l.join(', ')}`).join(',\n')}]`,
  ].join('\n');
}

/** An interval of the real line as text, e.g. (-inf, -1] or [1, 3]. */
const intervalText = ({ lo, hi }: { readonly lo: number; readonly hi: number }) =>
  `${lo === -Infinity ? '(-inf' : `[${lo}`}, ${hi === Infinity ? 'inf)' : `${hi}]`}`;

const join = (parts: readonly string[]) =>
  parts.length <= 2
    ? parts.join(' and ')
    : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;

/**
 * Why the explorer reads KL as +Infinity, as one sentence (no leading '#'): support mismatch with
 * the region, or a tail too heavy for the other's with the two tail orders read far out.
 */
export function reasonText(
  reason: InfiniteReason,
  direction: 'pq' | 'qp',
  p: Continuous1Spec,
  q: Continuous1Spec,
): string {
  const [a, b] = direction === 'pq' ? ['P', 'Q'] : ['Q', 'P'];
  const kl = `KL(${a}||${b}) = inf`;
  if (reason.code === 'support-mismatch')
    return `${kl}: ${a} has mass on ${join((reason.region ?? []).map(intervalText))}, where ${b} has none`;
  if (reason.code === 'heavy-tail') {
    const orders = direction === 'pq' ? heavyTailOrders(p, q) : heavyTailOrders(q, p);
    const how = orders
      ? ` (${a}'s density falls like |x|^-${round(orders.alpha)}, -ln ${b.toLowerCase()} grows like |x|^${round(orders.r)}, and E|x|^r is finite only if alpha - 1 > r)`
      : '';
    return `${kl}: ${a}'s tail is too heavy for ${b}'s, so E_${a}[-ln ${b.toLowerCase()}(x)] diverges${how}`;
  }
  return `${kl}: the true value is larger than the largest double`;
}

const round = (x: number) => String(Number(x.toPrecision(3)));

/**
 * The Python helpers both scripts share: a distribution's (weight, component) parts and its
 * support as merged intervals, and where one distribution's support leaves the other's (the
 * region that makes KL infinite). `span` is the library's own support of one component.
 */
export function supportHelpers(span: readonly string[]): string[] {
  return [
    'def parts(d):  # (weight, component) pairs, weights summing to 1; one distribution is one part',
    '    if not isinstance(d, list):',
    '        return [(1.0, d)]',
    '    total = sum(w for w, _ in d)',
    '    return [(w / total, c) for w, c in d if w > 0]',
    '',
    '',
    ...span,
    '',
    '',
    "def support(d):  # where the density is positive: the components' supports, merged",
    '    spans = sorted(span(c) for _, c in parts(d))',
    '    merged = [list(spans[0])]',
    '    for lo, hi in spans[1:]:',
    '        if lo <= merged[-1][1]:',
    '            merged[-1][1] = max(merged[-1][1], hi)',
    '        else:',
    '            merged.append([lo, hi])',
    '    return merged',
    '',
    '',
    "def uncovered(a, b):  # the parts of a's support where b has density 0 (there KL(a||b) = inf)",
    '    gaps = []',
    '    for lo, hi in support(a):',
    '        for blo, bhi in support(b):',
    '            if blo > lo:',
    '                gaps.append((lo, min(hi, blo)))',
    '            lo = max(lo, bhi)',
    '        if lo < hi:',
    '            gaps.append((lo, hi))',
    '    return [(lo, hi) for lo, hi in gaps if hi > lo]',
  ];
}

/**
 * The line computing one KL direction (or H(P, Q), which is infinite with KL(P‖Q)): `inf` with the
 * explorer's reason as a comment for a heavy tail (an integral to any finite range stays finite),
 * otherwise the script's own support check, then `integral`, with the region as a comment where
 * the explorer finds the supports mismatched.
 */
export function infiniteOrIntegral(
  name: string,
  reason: InfiniteReason | undefined,
  text: string | undefined,
  uncoveredCall: string,
  integral: string,
): string[] {
  if (reason && reason.code !== 'support-mismatch')
    return [...(text ? [`# ${text}.`] : []), `${name} = math.inf`];
  return [
    ...(reason && text ? [`# ${text}; uncovered() finds it from the supports:`] : []),
    `${name} = math.inf if ${uncoveredCall} else ${integral}`,
  ];
}

/**
 * Finite support edges away from 0 where a log-density is singular (Beta(a, b) at 1: +∞ for b < 1,
 * −∞ for b > 1): the doubles there are |e|·2.2e-16 apart, so next to the edge the integrands are
 * read on a coarse grid and quad may not reach 1e-12 relative (the explorer meets the same limit,
 * within its ±).
 */
export function coarseEdges(
  p: Continuous1Spec,
  q: Continuous1Spec,
): { readonly at: number; readonly spec: string }[] {
  const out: { at: number; spec: string }[] = [];
  for (const d of [p, q]) {
    const f = real1Family(d);
    const s = f.support(d);
    if (s.kind !== 'interval') continue;
    const ld = f.logDensity(d);
    for (const e of [s.lo, s.hi])
      if (Number.isFinite(e) && e !== 0 && !Number.isFinite(ld(e)) && !out.some((o) => o.at === e))
        out.push({ at: e, spec: formatSpec(d) });
  }
  return out;
}
