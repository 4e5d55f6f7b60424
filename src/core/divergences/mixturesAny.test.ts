import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Component1Spec, Continuous1Spec, Mixture1 } from '../distributions/types';
import { real1Family } from '../families/registry';
import { xoshiro128FromSeed } from '../random/xoshiro128';
import { formatSpec } from '../spec/format';
import { parseSpec } from '../spec/parse';
import { continuous1Measures } from './continuous1';

const spec = (s: string): Continuous1Spec => {
  const r = parseSpec(s);
  if (!r.ok) throw new Error(r.error.message);
  return r.value as Continuous1Spec;
};

type Key = 'klPQ' | 'klQP' | 'js' | 'cePQ' | 'hP' | 'hQ';
// scripts/references/mixtures_any.py (mpmath.quad at 30 digits, split at every component's edges).
const REFERENCES: [string, string, Partial<Record<Key, number>>][] = [
  [
    'Mix(0.5*Laplace(-2,1),0.5*T(4,2,1))',
    'N(0,2)',
    {
      klPQ: 0.16546845747204808962,
      cePQ: 2.3620857137646180512,
      klQP: 0.17769343980933588588,
      js: 0.040953537144869399214,
      hP: 2.1966172562925699616,
      hQ: 2.1120857137646180512,
    },
  ],
  [
    'Mix(0.5*U(-1,1),0.5*U(2,3))',
    'U(-1,3)',
    {
      klPQ: 0.34657359027997265471,
      cePQ: 1.3862943611198906188,
      js: 0.10788077716941784779,
      hP: 1.0397207708399179641,
      hQ: 1.3862943611198906188,
    },
  ],
  [
    'Mix(0.3*U(-1,1),0.7*N(2,1))',
    'N(1,2)',
    {
      klPQ: 0.23110968871408213391,
      cePQ: 1.8370857137646179488,
      klQP: 1.0846594574767788293,
      js: 0.073690507372922908938,
      hP: 1.6059760250505358148,
      hQ: 2.1120857137646180512,
    },
  ],
  [
    'Mix(0.5*Gamma(2,1),0.5*Exp(1))',
    'Gamma(1.5,1)',
    {
      klPQ: 0.022852095417172935711,
      cePQ: 1.417825594815521208,
      klQP: 0.016954531131500174408,
      js: 0.0047145882075143339222,
      hP: 1.3949734993983482722,
      hQ: 1.3609727753754665174,
    },
  ],
  [
    'Mix(0.3*U(-1,1),0.7*N(2,1))',
    'Mix(0.5*Laplace(0,1),0.5*Beta(2,2))',
    {
      klPQ: 0.99802253316125909203,
      cePQ: 2.6039985582117949069,
      klQP: 1.1463044962707802177,
      js: 0.19892468419545142566,
      hP: 1.6059760250505358148,
      hQ: 1.1399584609993439487,
    },
  ],
  [
    'Mix(0.5*N(0,1),0.5*T(2,0,1))',
    'N(0,1)',
    {
      klQP: 0.050441660341292436271,
      js: 0.016368318406866184159,
      hP: 1.7272436385910602522,
      hQ: 1.4189385332046727418,
    },
  ],
];

describe('mixtures of any 1-D families against mpmath (mixtures_any.py)', () => {
  it("a Beta component's infinite edge at the mixture's own edge: KL(Mix(½Beta(1,0.5), ½U(0,1))‖U(0,1))", () => {
    const m = continuous1Measures(spec('Mix(0.5*Beta(1,0.5),0.5*U(0,1))'), spec('U(0,1)'));
    expect(Math.abs(m.klPQ.value - 0.099644463631732781506)).toBeLessThan(1e-9);
    expect(m.klPQ.error).toBeLessThan(1e-8);
  });

  it.each(REFERENCES)('%s vs %s', (p, q, ref) => {
    const m = continuous1Measures(spec(p), spec(q));
    for (const [k, v] of Object.entries(ref) as [Key, number][]) {
      expect(Math.abs(m[k].value - v), k).toBeLessThan(1e-9 * Math.max(1, Math.abs(v)));
      expect(m[k].error).toBeLessThan(1e-8);
    }
  });

  it('support mismatch: U(−1,3) has mass on (1, 2) where Mix(½U(−1,1), ½U(2,3)) has none', () => {
    const p = spec('Mix(0.5*U(-1,1),0.5*U(2,3))');
    const q = spec('U(-1,3)');
    expect(Number.isFinite(continuous1Measures(p, q).klPQ.value)).toBe(true);
    const back = continuous1Measures(q, p);
    expect(back.klPQ.value).toBe(Infinity);
    expect(back.klPQ.reason).toEqual({
      code: 'support-mismatch',
      zeroIn: 'Q',
      region: [{ lo: 1, hi: 2 }],
    });
    expect(continuous1Measures(p, q).klQP.reason).toEqual({
      code: 'support-mismatch',
      zeroIn: 'P',
      region: [{ lo: 1, hi: 2 }],
    });
  });

  it("a heavy component's tail decides: KL(½N + ½T(2)‖N(0,1)) = ∞ (heavy-tail)", () => {
    const m = continuous1Measures(spec('Mix(0.5*N(0,1),0.5*T(2,0,1))'), spec('N(0,1)'));
    expect(m.klPQ.value).toBe(Infinity);
    expect(m.klPQ.reason).toEqual({ code: 'heavy-tail', lighter: 'Q' });
  });

  it('moments by total variance: Mix(0.5*U(-1,1),0.5*U(2,3)) (hand: mean 5/4, var 1/6 + 9/16·… )', () => {
    // E = ½·0 + ½·2.5 = 1.25; E[x²] = ½·(1/3) + ½·(2.5² + 1/12) = 1/6 + 3.125 + 1/24; Var = E[x²] − E².
    const d = spec('Mix(0.5*U(-1,1),0.5*U(2,3))');
    const { mean, variance } = real1Family(d).moments(d);
    expect(mean).toBeCloseTo(1.25, 14);
    expect(variance).toBeCloseTo(1 / 6 + 3.125 + 1 / 24 - 1.5625, 14);
    const heavy = spec('Mix(0.5*N(0,1),0.5*T(2,0,1))');
    expect(real1Family(heavy).moments(heavy).variance).toBe(Infinity);
  });

  it('the sampler picks a component by weight: the share of draws in [2, 3] is 0.3 (seed 7)', () => {
    const d = spec('Mix(0.7*U(-1,1),0.3*U(2,3))');
    const draw = real1Family(d).sampler(d);
    const rng = xoshiro128FromSeed(7);
    let right = 0;
    let outside = 0;
    const n = 20_000;
    for (let i = 0; i < n; i++) {
      const x = draw(rng);
      if (!((x >= -1 && x <= 1) || (x >= 2 && x <= 3))) outside++;
      if (x >= 2) right++;
    }
    expect(outside).toBe(0);
    // Binomial sd √(0.21/n) ≈ 0.0032; 5 sd.
    expect(Math.abs(right / n - 0.3)).toBeLessThan(0.016);
  });

  it('the Monte Carlo cost is the sum of the components', () => {
    const d = spec('Mix(0.5*Laplace(-2,1),0.5*T(4,2,1))');
    const laplace = spec('Laplace(-2,1)');
    const t = spec('T(4,2,1)');
    expect(real1Family(d).monteCarloCost(d)).toBe(
      real1Family(laplace).monteCarloCost(laplace) + real1Family(t).monteCarloCost(t),
    );
  });
});

describe('parser and formatter for mixed-family mixtures', () => {
  const finite = (lo: number, hi: number) =>
    fc.double({ min: lo, max: hi, noNaN: true, noDefaultInfinity: true });
  const component: fc.Arbitrary<Component1Spec> = fc.oneof(
    fc.record({
      family: fc.constant('normal' as const),
      mu: finite(-1e6, 1e6),
      sigma: finite(1e-3, 1e3),
    }),
    fc
      .tuple(finite(-1e6, 1e6), finite(1e-3, 1e3))
      .map(([a, w]) => ({ family: 'uniform' as const, a, b: a + w }))
      .filter((u) => u.b > u.a),
    fc.record({
      family: fc.constant('laplace' as const),
      mu: finite(-1e6, 1e6),
      b: finite(1e-3, 1e3),
    }),
    fc.record({ family: fc.constant('exponential' as const), rate: finite(1e-3, 1e3) }),
    fc.record({
      family: fc.constant('gamma' as const),
      k: finite(0.05, 1e3),
      theta: finite(1e-3, 1e3),
    }),
    fc.record({ family: fc.constant('beta' as const), a: finite(0.05, 1e3), b: finite(0.05, 1e3) }),
    fc.record({
      family: fc.constant('studentT' as const),
      nu: finite(0.1, 1e3),
      mu: finite(-1e6, 1e6),
      s: finite(1e-3, 1e3),
    }),
  );
  const mixture: fc.Arbitrary<Mixture1> = fc
    .array(fc.record({ weight: finite(0.01, 100), component }), { minLength: 1, maxLength: 8 })
    .map((components) => ({ family: 'mixture' as const, components }));

  it('parseSpec(formatSpec(d)) gives back d (fast-check, seed 14)', () => {
    fc.assert(
      fc.property(mixture, (d) => {
        const r = parseSpec(formatSpec(d));
        expect(r.ok).toBe(true);
        if (r.ok) expect(r.value).toEqual(d);
      }),
      { seed: 14, numRuns: 300 },
    );
  });

  it.each([
    ['Mix(0.5*Laplace(-2,1),0.5*N2(0,0,1,1,0))', /all 1-D or all N2/],
    ['Mix(0.5*Mix(1*N(0,1)),0.5*N(0,1))', /cannot be mixtures/],
    ['Mix(0.5*Pois(2),0.5*N(0,1))', /must be N/],
  ])('refuses %s', (s, message) => {
    const r = parseSpec(s);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toMatch(message);
  });
});
