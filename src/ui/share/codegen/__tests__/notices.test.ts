import { describe, expect, it } from 'vitest';
import { analysePair } from '../../../../core/analysis';
import type { Distribution } from '../../../../core/distributions/types';
import { readoutStatus, snippetText, type CodeScenario } from '../common';
import { numpySnippet } from '../numpySnippet';
import { pytorchSnippet } from '../pytorchSnippet';

const bern = (p: number): Distribution => ({ family: 'bernoulli', p });
const cat = (...weights: number[]): Distribution => ({ family: 'categorical', weights });
const normal = (mu: number, sigma: number): Distribution => ({ family: 'normal', mu, sigma });
const scenario = (p: Distribution, q: Distribution): CodeScenario => ({ p, q, eps: 0, alpha: 0 });

/** Pasted into Python, a text made only of comments and blank lines runs and does nothing. */
const onlyComments = (text: string) =>
  text.split('\n').every((line) => line.trim() === '' || line.startsWith('#'));

const MAKERS = [
  ['pytorch', pytorchSnippet],
  ['numpy', numpySnippet],
] as const;

describe.each(MAKERS)('%s: no code that would fail', (_, make) => {
  it.each([
    ['Bern against a 1-D Gaussian', bern(0.3), normal(0, 1)],
    // Same kind of sample space, different sizes: rel_entr or Categorical would fail on it.
    ['two outcomes against three', cat(0.5, 0.5), cat(0.2, 0.3, 0.5)],
    ['a Gaussian in 1-D against one in 2-D', normal(0, 1), normal2()],
  ])('%s: the explorer’s reason as comments', (_, p, q) => {
    const text = make(scenario(p, q));
    expect(onlyComments(text)).toBe(true);
    const analysis = analysePair(p, q);
    expect(analysis.ok).toBe(false);
    if (!analysis.ok) expect(text).toContain(analysis.problem.message);
  });

  it('while the readouts are computed: a comment saying so, not the script', () => {
    const s = scenario(bern(0.3), bern(0.6));
    const text = snippetText(make, s, { state: 'pending' });
    expect(onlyComments(text)).toBe(true);
    expect(text).toMatch(/still computing/);
    expect(snippetText(make, s, { state: 'ready' })).toBe(make(s));
  });

  it('for a pair the app rejects: the app’s message, as comments', () => {
    const text = snippetText(make, scenario(bern(0.3), bern(0.6)), {
      state: 'rejected',
      reason: 'Q is not a distribution here.',
    });
    expect(onlyComments(text)).toBe(true);
    expect(text).toContain('# Q is not a distribution here.');
  });
});

function normal2(): Distribution {
  return { family: 'normal2', mx: 0, my: 0, sx: 1, sy: 1, rho: 0 };
}

describe('readoutStatus', () => {
  const ok = analysePair(bern(0.3), bern(0.6));
  const rejected = analysePair(bern(0.3), cat(1, 1, 1));

  it('pending before the first analysis and while a newer one is computed', () => {
    expect(readoutStatus(null, false)).toEqual({ state: 'pending' });
    expect(readoutStatus(ok, true)).toEqual({ state: 'pending' });
  });

  it('rejected with the analysis’ message, ready once the readouts are there', () => {
    expect(readoutStatus(rejected, false)).toEqual({
      state: 'rejected',
      reason: !rejected.ok ? rejected.problem.message : '',
    });
    expect(readoutStatus(ok, false)).toEqual({ state: 'ready' });
  });
});
