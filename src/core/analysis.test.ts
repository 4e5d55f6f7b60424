import { describe, expect, it } from 'vitest';
import { expectClose } from '../test/tolerance';
import { analysePair } from './analysis';
import { parseSpec } from './spec/parse';

const spec = (text: string) => {
  const r = parseSpec(text);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};

describe('analysePair', () => {
  it('refuses incompatible pairs with a message naming both', () => {
    const r = analysePair(spec('Bern(0.3)'), spec('N(0,1)'));
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.problem.code).toBe('incompatible');
      expect(r.problem.message).toContain('Bern(0.3)');
      expect(r.problem.message).toContain('N(0,1)');
      expect(r.problem.message).toContain('2 outcomes');
      expect(r.problem.message).toContain('the real line');
    }
    expect(analysePair(spec('Cat(1,1,1)'), spec('Bern(0.5)')).ok).toBe(false);
    expect(analysePair(spec('N(0,1)'), spec('N2(0,0,1,1,0)')).ok).toBe(false);
  });

  it('treats a Bernoulli and a two-outcome categorical as the same space', () => {
    const r = analysePair(spec('Bern(0.25)'), spec('Cat(1,1)'));
    // KL(Bern(¼)‖Bern(½)) = ¼ln(½) + ¾ln(3/2), by hand.
    expect(r.ok && r.measures.klPQ.value).toBeCloseTo(
      0.25 * Math.log(0.5) + 0.75 * Math.log(1.5),
      14,
    );
  });

  it('notes when a categorical was normalised', () => {
    const r = analysePair(spec('Cat(1,2,1)'), spec('Cat(0.25,0.5,0.25)'));
    expect(r.ok && r.notes).toEqual([{ code: 'normalised', which: 'P', total: 4 }]);
  });

  it('analyses 1-D Gaussians in closed form, with a density grid', () => {
    // KL(N(0,1)‖N(1,2)) = ln 2 + (1 + 1)/(2·4) − ½ = ln 2 − ¼, by hand.
    const r = analysePair(spec('N(0,1)'), spec('N(1,2)'));
    if (!r.ok) throw new Error(r.problem.message);
    expectClose(r.measures.klPQ.value, Math.LN2 - 0.25, 1e-14);
    expect(r.measures.klPQ.method).toBe('closed-form');
    expect(r.view.kind).toBe('continuous1');
  });

  it('analyses the issue example, a mixture against a Gaussian, by quadrature', () => {
    // The mixture's variance is 1 + 9 = 10 and its mean 0, so KL(P‖N(0,σ)) = −H(P) + ½ln(2πσ²) + 10/(2σ²):
    // cross-entropy against a Gaussian depends only on P's first two moments. H(P) is not closed-form,
    // but the identity H(P,Q) = ½ln(2πσ²) + 10/(2σ²) is, so check the cross-entropy exactly.
    const r = analysePair(spec('Mix(0.5*N(-3,1),0.5*N(3,1))'), spec('N(0,3.16)'));
    if (!r.ok) throw new Error(r.problem.message);
    const s2 = 3.16 ** 2;
    expectClose(r.measures.cePQ.value, 0.5 * Math.log(2 * Math.PI * s2) + 10 / (2 * s2), 1e-9);
    expect(r.measures.klPQ.method).toBe('quadrature');
    expect(r.measures.klPQ.error).toBeGreaterThan(0);
    expect(r.measures.klPQ.error).toBeLessThan(1e-8);
  });

  it('analyses 2-D pairs with a grid', () => {
    const r = analysePair(spec('N2(0,0,1,1,0.5)'), spec('N2(0,0,1,1,0)'));
    if (!r.ok) throw new Error(r.problem.message);
    // KL(N(0,Σ₁)‖N(0,I)) = ½[tr Σ₁ − 2 − ln det Σ₁] = ½[2 − 2 − ln(1 − ¼)] = −½ ln(¾), by hand.
    expectClose(r.measures.klPQ.value, -0.5 * Math.log(0.75), 1e-13);
    expect(r.view.kind).toBe('continuous2');
  });
});
