import { afterAll, describe, expect, it } from 'vitest';
import type { Normal, Normal2 } from '../../../distributions/types';
import { klNormal, klNormal2 } from '../../../divergences/gaussian';
import {
  hellingerNormal,
  hellingerNormal2,
  renyiNormal,
  renyiNormal2,
  totalVariationNormalEqualSigma,
} from '../fDivergences';
import { expectNear, WORST } from './near';

const n = (mu: number, sigma: number): Normal => ({ family: 'normal', mu, sigma });
const n2 = ([mx, my, sx, sy, rho]: readonly number[]): Normal2 => ({
  family: 'normal2',
  mx: mx!,
  my: my!,
  sx: sx!,
  sy: sy!,
  rho: rho!,
});

// References: scripts/references/f_divergences.py (mpmath, mp.dps = 40; 1-D closed forms asserted
// equal to quadratures of the defining integrals, 2-D evaluated with mpmath matrices).
// [mu P, sigma P, mu Q, sigma Q, alpha, D_alpha]  1-D Renyi
const RENYI_1D: readonly (readonly number[])[] = [
  [0.0, 1.0, 0.0, 1.0, 0.5, 0.0],
  [0.0, 1.0, 1.0, 2.0, 0.5, 0.32314355131420975577],
  [0.0, 1.0, 1.0, 2.0, 2.0, 0.55619642944937682342],
  [0.0, 2.0, 1.0, 1.0, 2.0, Infinity],
  [0.0, 2.0, 0.0, 1.0, 1.3333333333333333, 53.37233290311580083],
  [0.0, 1.0, 1.0, 2.0, 1.0, 0.44314718055994530942],
  [0.0, 1.0, 1.0, 2.0, 1.000000001, 0.44314718073182032354],
  [0.0, 1.0, 3.0, 1.0, 0.1, 0.45000000000000002498],
  [0.0, 1.0, 0.0, 1.0000001, 0.5, 4.9999995058387083942e-15],
  [0.0, 0.001, 0.0, 1000.0, 0.5, 13.122363377405328774],
  [5.0, 1.0, -5.0, 0.5, 10.0, Infinity],
  [0.0, 1.0, 1e-8, 1.0, 3.0, 1.5000000000000000628e-16],
];
// [mu P, sigma P, mu Q, sigma Q, H^2]  1-D squared Hellinger
const HELLINGER_1D: readonly (readonly number[])[] = [
  [0.0, 1.0, 0.0, 1.0, 0.0],
  [0.0, 1.0, 1.0, 2.0, 0.14919453784735981014],
  [0.0, 1.0, 10.0, 1.0, 0.99999627334682792133],
  [0.0, 1.0, 1e-6, 1.0, 1.2499999999999217619e-13],
  [0.0, 0.001, 0.0, 1000.0, 0.99858578643762761204],
];
// [mu P, mu Q, sigma, TV]  1-D total variation, equal sigma (quadrature-checked)
const TV_1D: readonly (readonly number[])[] = [
  [0.0, 0.0, 1.0, 0.0],
  [0.0, 1.0, 1.0, 0.38292492254802620728],
  [0.0, 1e-9, 1.0, 3.9894228040143270277e-10],
  [-3.0, 3.0, 0.5, 0.99999999802682470992],
  [0.0, 100.0, 1.0, 1.0],
];
// [P (mx, my, sx, sy, rho), Q, alpha, D_alpha, H^2 (alpha = 1/2 only)]  2-D Renyi
const RENYI_2D: readonly (readonly [
  readonly number[],
  readonly number[],
  number,
  number,
  number,
])[] = [
  [[0.0, 0.0, 1.0, 1.0, 0.0], [0.0, 0.0, 1.0, 1.0, 0.0], 0.5, 0.0, 0.0],
  [
    [0.0, 0.0, 1.0, 1.0, 0.0],
    [1.0, -1.0, 2.0, 0.5, 0.3],
    0.5,
    1.0349442496676519555,
    0.40397467716061207692,
  ],
  [[0.0, 0.0, 1.0, 1.0, 0.0], [1.0, -1.0, 2.0, 0.5, 0.3], 2.0, Infinity, NaN],
  [[0.0, 0.0, 1.0, 1.0, 0.0], [1.0, -1.0, 2.0, 0.5, 0.3], 1.0, 3.9528446602643792914, NaN],
  [[1.0, 2.0, 0.5, 3.0, -0.9], [0.0, 0.0, 1.0, 1.0, 0.5], 0.25, 1.6966590153695996769, NaN],
  [[0.0, 0.0, 2.0, 1.0, 0.0], [0.0, 0.0, 1.0, 1.0, 0.0], 2.0, Infinity, NaN],
  [
    [0.0, 0.0, 1.0, 1.0, 0.99],
    [0.0, 0.0, 1.0, 1.0, -0.99],
    0.5,
    3.9170355472516894569,
    0.85893264020334109342,
  ],
  [
    [0.0, 0.0, 1.0, 1.0, 0.5],
    [0.0, 0.0, 1.0, 1.0, 0.500000001],
    0.5,
    5.5555552509415059026e-19,
    2.7777776254707529509e-19,
  ],
  [[0.0, 0.0, 1.5, 1.0, 0.0], [1.0, 1.0, 1.0, 1.0, 0.0], 1.5, 3.3253641449035618549, NaN],
];

afterAll(() => console.info('fDivergences, worst relative errors', WORST));

describe('Rényi divergence between normals', () => {
  it('1-D: orders 0.1 … 10, α = 1 (KL), α → 1, nearly equal pairs, the divergent edge', () => {
    for (const [m1, s1, m2, s2, alpha, d] of RENYI_1D) {
      const v = renyiNormal(n(m1!, s1!), n(m2!, s2!), alpha!);
      // (2, 1) at α = 4/3 sits on σ_α² ≈ 0, where the value is conditioned like 1/σ_α²: 1e-14 there.
      expectNear('renyiNormal', v.value, d!, 4e-15, 1e-300);
      if (d === Infinity) expect(v.reason).toEqual({ code: 'divergent-integral' });
    }
  });
  it('α = 1 is KL (against the existing closed form)', () => {
    for (const [p, q] of [
      [n(0, 1), n(1, 2)],
      [n(3, 0.1), n(-2, 7)],
    ] as const) {
      expectNear('renyi α = 1 vs KL', renyiNormal(p, q, 1).value, klNormal(p, q), 4e-15);
    }
  });
  it('2-D: correlated, divergent, nearly equal; α = 1 is KL', () => {
    for (const [p, q, alpha, d] of RENYI_2D) {
      const v = renyiNormal2(n2(p), n2(q), alpha)!;
      expectNear('renyiNormal2', v.value, d, 1e-14, 1e-300);
      if (d === Infinity) expect(v.reason).toEqual({ code: 'divergent-integral' });
    }
    const p = n2([0, 0, 1, 1, 0]);
    const q = n2([1, -1, 2, 0.5, 0.3]);
    expectNear('renyi2 α = 1 vs KL', renyiNormal2(p, q, 1)!.value, klNormal2(p, q), 1e-14);
  });
  it('2-D: scale-free where the covariances over- or underflow (σ of 1e±200)', () => {
    // D_α is invariant under x ↦ kx: the correlated RENYI_2D pair at lengths × 1e±200 keeps its
    // mpmath value; Σ's products (σ⁴ = 1e±800) would not fit a double unscaled.
    const [p, q, alpha, d] = RENYI_2D[1]!;
    for (const k of [1e200, 1e-200]) {
      const scale = ([mx, my, sx, sy, rho]: readonly number[]) =>
        n2([mx! * k, my! * k, sx! * k, sy! * k, rho!]);
      const v = renyiNormal2(scale(p), scale(q), alpha);
      expectNear('renyiNormal2 scaled', v!.value, d, 1e-14, 1e-300);
    }
  });
  it('is non-decreasing in α (hand property, seeded grid)', () => {
    const p = n(0.3, 1.2);
    const q = n(-0.5, 1.5);
    let last = 0;
    for (let alpha = 0.05; alpha < 5; alpha += 0.05) {
      const v = renyiNormal(p, q, alpha).value;
      expect(v).toBeGreaterThanOrEqual(last - 1e-15);
      last = v;
    }
  });
  it('rejects α ≤ 0', () => {
    expect(() => renyiNormal(n(0, 1), n(0, 1), 0)).toThrow(RangeError);
    expect(() => renyiNormal2(n2([0, 0, 1, 1, 0]), n2([0, 0, 1, 1, 0]), -1)).toThrow(RangeError);
  });
});

describe('squared Hellinger distance and total variation', () => {
  it('1-D Hellinger', () => {
    for (const [m1, s1, m2, s2, h] of HELLINGER_1D) {
      expectNear(
        'hellingerNormal',
        hellingerNormal(n(m1!, s1!), n(m2!, s2!)).value,
        h!,
        4e-15,
        1e-300,
      );
    }
  });
  it('2-D Hellinger at the α = ½ rows', () => {
    for (const [p, q, alpha, , h] of RENYI_2D) {
      if (alpha !== 0.5) continue;
      expectNear('hellingerNormal2', hellingerNormal2(n2(p), n2(q))!.value, h, 1e-14, 1e-300);
    }
  });
  it('TV between normals of equal σ; undefined otherwise', () => {
    for (const [m1, m2, s, tv] of TV_1D) {
      expectNear(
        'totalVariation',
        totalVariationNormalEqualSigma(n(m1!, s!), n(m2!, s!))!.value,
        tv!,
        2e-15,
      );
    }
    expect(totalVariationNormalEqualSigma(n(0, 1), n(0, 2))).toBeUndefined();
  });
  it('the inequalities the panel will draw: H² ≤ TV ≤ √2·H and Pinsker TV ≤ √(KL/2)', () => {
    for (const d of [0.01, 0.5, 1, 3]) {
      const p = n(0, 1);
      const q = n(d, 1);
      const h2 = hellingerNormal(p, q).value;
      const tv = totalVariationNormalEqualSigma(p, q)!.value;
      expect(h2).toBeLessThanOrEqual(tv);
      expect(tv).toBeLessThanOrEqual(Math.SQRT2 * Math.sqrt(h2));
      expect(tv).toBeLessThanOrEqual(Math.sqrt(klNormal(p, q) / 2));
    }
  });
});
