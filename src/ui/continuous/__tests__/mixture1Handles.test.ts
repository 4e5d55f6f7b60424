import { describe, expect, it } from 'vitest';
import type { Distribution } from '../../../core/distributions/types';
import { formatSpec } from '../../../core/spec/format';
import { parseSpec } from '../../../core/spec/parse';
import { dragged, handles1 } from '../handles';
import { mixtureWithNext1, nextComponent1 } from '../params';

const spec = (s: string): Distribution => {
  const r = parseSpec(s);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};

describe('the handles of a mixture with components of several families', () => {
  const p = spec('Mix(0.5*Laplace(-2,1),0.5*N(2,1))');
  const q = spec('N(0,2)');

  it("lists each component's own handles, Gaussian or not, with its index", () => {
    const hs = handles1('p', p as never);
    expect(hs.map((h) => h.id)).toEqual([
      'p.0.peak',
      'p.0.scale',
      'p.1.peak',
      'p.1.shoulder-l',
      'p.1.shoulder-r',
    ]);
    // Laplace(−2, 1): its peak at μ = −2, its scale handle at μ + b = −1.
    expect(hs[0]!.x).toBe(-2);
    expect(hs[1]!.x).toBe(-1);
    // On the mixture's density: ½·1/(2b) + ½·N(−2; 2, 1) at the Laplace's peak.
    const at = 0.25 + (0.5 * Math.exp(-8)) / Math.sqrt(2 * Math.PI);
    expect(hs[0]!.y).toBeCloseTo(at, 12);
  });

  it("a drag moves only that component, through its family's parser", () => {
    expect(formatSpec(dragged('p.0.peak', -1.5, 0, { p, q })!.value)).toBe(
      'Mix(0.5*Laplace(-1.5,1),0.5*N(2,1))',
    );
    expect(formatSpec(dragged('p.0.scale', 0, 0, { p, q })!.value)).toBe(
      'Mix(0.5*Laplace(-2,2),0.5*N(2,1))',
    );
    expect(formatSpec(dragged('p.1.peak', 3, 0, { p, q })!.value)).toBe(
      'Mix(0.5*Laplace(-2,1),0.5*N(3,1))',
    );
    // A Uniform's lower edge dragged past its upper one is refused (null), the spec unchanged.
    const u = spec('Mix(0.5*U(-1,1),0.5*N(2,1))');
    expect(dragged('p.0.lower', 2, 0, { p: u, q })).toBeNull();
  });

  it('a new component beside a non-Gaussian one is a Normal two sd to its right', () => {
    // Laplace(0, 1): mean 0, sd √2 ≈ 1.414.
    expect(nextComponent1({ family: 'laplace', mu: 0, b: 1 })).toEqual({
      family: 'normal',
      mu: 2.83,
      sigma: 1.41,
    });
  });

  it('"Add a component" on a single distribution makes a half-and-half mixture with the next one', () => {
    // Laplace(0, 1) as above: the new Normal sits at 2√2 ≈ 2.83 with σ = √2 ≈ 1.41.
    const laplace = { family: 'laplace', mu: 0, b: 1 } as const;
    expect(mixtureWithNext1(laplace)).toEqual({
      family: 'mixture',
      components: [
        { weight: 0.5, component: laplace },
        { weight: 0.5, component: { family: 'normal', mu: 2.83, sigma: 1.41 } },
      ],
    });
  });
});
