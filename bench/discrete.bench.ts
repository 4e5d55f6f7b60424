/**
 * Discrete pairs end to end through analysePair (what the worker runs): every measure, plus the
 * per-category contributions for the bar charts. Categorical weights are deliberately unnormalised,
 * so the normaliser and its note run too. The issue sets no budget for discrete pairs; none is checked.
 */
import { analysePair } from '../src/core/analysis';
import type { Bernoulli, Categorical } from '../src/core/distributions/types';
import { bench } from './harness';

const bern = (p: number): Bernoulli => ({ family: 'bernoulli', p });

/** A Zipf-like vocabulary distribution (weights 1/(k + shift)^s), as a language model's output. */
function zipf(k: number, s: number, shift: number): Categorical {
  const weights = new Array<number>(k);
  for (let i = 0; i < k; i++) weights[i] = 1 / (i + 1 + shift) ** s;
  return { family: 'categorical', weights };
}

bench('discrete', 'Bernoulli, all measures (analysePair)', () => analysePair(bern(0.3), bern(0.7)));
for (const k of [1_000, 100_000]) {
  const p = zipf(k, 1.1, 0);
  const q = zipf(k, 0.9, 3);
  bench(
    'discrete',
    `categorical K = ${k.toLocaleString('en-US')}, all measures (analysePair)`,
    () => analysePair(p, q),
  );
}
