import { describe, expect, it } from 'vitest';
import { analysePair } from '../../core/analysis';
import { parseSpec } from '../../core/spec/parse';
import { formulaFor } from './formulaFor';

const spec = (text: string) => {
  const r = parseSpec(text);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};
const formula = (p: string, q: string) =>
  formulaFor(spec(p), spec(q), analysePair(spec(p), spec(q)), 'nats');

describe('formulaFor', () => {
  it('picks the form of the pair', () => {
    expect(formula('Bern(0.3)', 'Bern(0.6)')?.label).toMatch(/Bernoulli/);
    expect(formula('Cat(1,2,1)', 'Cat(1,1,2)')?.label).toMatch(/Categorical/);
    expect(formula('Bern(0.3)', 'Cat(1,1)')?.label).toMatch(/Categorical/);
    expect(formula('N(0,1)', 'N(1,2)')?.label).toMatch(/two Gaussians/);
    expect(formula('N2(0,0,1,1,0)', 'N2(1,0,1,1,0)')?.label).toMatch(/2-D Gaussians/);
    expect(formula('Mix(1*N(0,1))', 'N(0,2)')?.label).toMatch(/integral/);
  });

  it('substitutes the numbers: KL(N(0,1)‖N(1,2)) = ln 2 + 2/8 − ½ = 0.4431 (by hand)', () => {
    expect(formula('N(0,1)', 'N(1,2)')?.tex).toContain('0.4431');
  });

  it('explains an infinite discrete KL, and has nothing to show for an incompatible pair', () => {
    expect(formula('Bern(0.5)', 'Bern(0)')?.infinity).toMatch(/Q gives probability 0/);
    expect(formula('Bern(0.5)', 'N(0,1)')).toBeNull();
  });
});
