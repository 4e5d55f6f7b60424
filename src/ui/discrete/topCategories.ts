import { windowOutcomes } from '../../core/divergences/integers';
import type { DiscreteView } from '../../core/analysis';
import { neumaierSum } from '../../core/numeric/summation';

/** How many categories the charts show before grouping the rest into one "other" bar. */
export const SHOWN_CATEGORIES = 24;

/** The categories a chart shows: each with its P, Q and signed contributions (nats). */
export interface ShownCategories {
  readonly labels: readonly string[];
  /** The category's index (0-based), or −1 for the grouped "other" bar. */
  readonly indices: readonly number[];
  readonly p: readonly number[];
  readonly q: readonly number[];
  /** p_k·log(p_k/q_k); the "other" bar holds the sum over its categories. */
  readonly pq: readonly number[];
  /** q_k·log(q_k/p_k). */
  readonly qp: readonly number[];
  /** How many categories the "other" bar groups (0 when every category is shown). */
  readonly otherCount: number;
  /**
   * For counts shown as two runs (two masses far apart): the bar indices where a new run starts, so
   * the charts can mark the outcomes left out between them. Empty otherwise.
   */
  readonly breaks: readonly number[];
  /** The x axis's title: 'outcome k' for counts (labelled by the outcome itself), else 'category'. */
  readonly axisTitle: string;
}

/** Category labels: 0 and 1 for two outcomes (a Bernoulli), 1…K otherwise. */
export const categoryLabel = (k: number, size: number) => String(size === 2 ? k : k + 1);

/**
 * The categories to draw. Up to n + 1 categories are all shown in order, and so are the bars of a
 * pair of counts (their window, labelled by the outcomes themselves). Beyond that, the n with the
 * largest |p_k·log(p_k/q_k)| (an infinite one first; ties by index), in decreasing order, then one
 * bar "other (K − n)" whose P, Q and contributions are the sums over the rest (compensated).
 * O(K·n) time, O(n) extra space, so K = 100,000 costs a few milliseconds.
 */
export function topCategories(view: DiscreteView, n = SHOWN_CATEGORIES): ShownCategories {
  const size = view.p.length;
  const outcomes = view.integers ? windowOutcomes(view.integers) : undefined;
  const pick = (idx: number[]) => ({
    labels: idx.map((k) => (outcomes === undefined ? categoryLabel(k, size) : String(outcomes[k]))),
    indices: idx,
    p: idx.map((k) => view.p[k]!),
    q: idx.map((k) => view.q[k]!),
    pq: idx.map((k) => view.contributionsPQ[k]!),
    qp: idx.map((k) => view.contributionsQP[k]!),
  });
  // Counts keep their bars in order: the window already holds only the outcomes with the mass.
  const axisTitle = outcomes === undefined ? 'category' : 'outcome k';
  if (size <= n + 1 || outcomes !== undefined) {
    const breaks =
      outcomes?.flatMap((k, i) => (i > 0 && k !== outcomes[i - 1]! + 1 ? [i] : [])) ?? [];
    return { ...pick(Array.from({ length: size }, (_, k) => k)), otherCount: 0, axisTitle, breaks };
  }

  // A sorted list of the best n so far (largest key first); insertion keeps it sorted.
  const best: number[] = [];
  const key = (k: number) => Math.abs(view.contributionsPQ[k]!);
  for (let k = 0; k < size; k++) {
    const kk = key(k);
    if (best.length === n && kk <= key(best[n - 1]!)) continue;
    let at = best.length;
    while (at > 0 && key(best[at - 1]!) < kk) at--;
    best.splice(at, 0, k);
    if (best.length > n) best.pop();
  }
  const chosen = new Uint8Array(size);
  for (const k of best) chosen[k] = 1;
  // A plain loop into one buffer: TypedArray.filter with a callback took ~25 ms per array at K = 10⁵.
  const buffer = new Float64Array(size - best.length);
  const rest = (a: Float64Array) => {
    let m = 0;
    for (let k = 0; k < size; k++) if (chosen[k] === 0) buffer[m++] = a[k]!;
    return neumaierSum(buffer.subarray(0, m));
  };
  const shown = pick(best);
  const otherCount = size - n;
  return {
    labels: [...shown.labels, `other (${otherCount.toLocaleString('en')})`],
    indices: [...best, -1],
    p: [...shown.p, rest(view.p)],
    q: [...shown.q, rest(view.q)],
    pq: [...shown.pq, rest(view.contributionsPQ)],
    qp: [...shown.qp, rest(view.contributionsQP)],
    otherCount,
    axisTitle,
    breaks: [],
  };
}
