import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analysePair } from '../analysis';
import type { Distribution } from '../distributions/types';
import { expectNear } from '../families/math/__tests__/near';
import { parseSpec } from '../spec/parse';
import { discreteMeasures } from './discrete';
import { discreteDistribution } from '../families/registry';
import type { MeasureSet } from './types';

const spec = (text: string): Distribution => {
  const r = parseSpec(text);
  if (!r.ok) throw new Error(`${text}: ${r.error.message}`);
  return r.value;
};

function measures(p: string, q: string, order = 0.5): MeasureSet {
  const a = analysePair(spec(p), spec(q), 'fine', order);
  if (!a.ok) throw new Error(a.problem.message);
  return a.measures;
}

/** value within its own error estimate plus `rel` of the reference. */
function expectMeasure(name: string, m: MeasureSet[keyof MeasureSet], ref: number, rel: number) {
  expectNear(name, m.value, ref, rel, m.error);
}

describe('TV, H² and D_α for discrete pairs', () => {
  it('Bern(0.3) vs Bern(0.6) by hand: TV = 0.3, H² = 1 − (√.28 + √.18)', () => {
    const m = measures('Bern(0.3)', 'Bern(0.6)');
    expectMeasure('tv Bern', m.tv, 0.3, 1e-15);
    expectMeasure('H² Bern', m.hellinger, 1 - (Math.sqrt(0.28) + Math.sqrt(0.18)), 1e-14);
    // D_½ = −2 ln(1 − H²) = −2 ln(√.28 + √.18).
    expectMeasure('D½ Bern', m.renyi, -2 * Math.log(Math.sqrt(0.28) + Math.sqrt(0.18)), 1e-14);
  });

  // scripts/references/f_divergences.py (mpmath, 40 digits), section "fMeasures.test.ts":
  // [P, Q, TV, H², [D_0.5, D_2, D_(1+1e-6)]]
  const DISCRETE = [
    [
      'Bern(0.3)',
      'Bern(0.6)',
      0.29999999999999996114,
      0.046585669075153385058,
      [0.095411409873755224317, 0.31845373111853444928, 0.18378706211985432013],
    ],
    [
      'Cat(0.2,0.5,0.3)',
      'Cat(0.4,0.4,0.2)',
      0.19999999999999998335,
      0.024994717747105210758,
      [0.050624780607377653079, 0.16126814759612220956, 0.09458195265854079465],
    ],
  ] as const;
  for (const [p, q, tv, h2, [d05, d2, d1]] of DISCRETE) {
    it(`${p} vs ${q} against mpmath`, () => {
      const m = measures(p, q);
      expectMeasure('tv', m.tv, tv, 1e-14);
      expectMeasure('H²', m.hellinger, h2, 1e-13);
      expectMeasure('D½', m.renyi, d05, 1e-13);
      expectMeasure('D2', measures(p, q, 2).renyi, d2, 1e-13);
      expectMeasure('D(1+1e-6)', measures(p, q, 1 + 1e-6).renyi, d1, 1e-9);
    });
  }

  it('α = 1 is KL(P‖Q) exactly, and α → 1 approaches it (f_divergences.py: KL = 0.18378689738681228756)', () => {
    const at1 = measures('Bern(0.3)', 'Bern(0.6)', 1);
    expect(at1.renyi.value).toBe(at1.klPQ.value);
    expectNear('KL Bern', at1.klPQ.value, 0.18378689738681228756, 1e-14);
    const near = measures('Bern(0.3)', 'Bern(0.6)', 1 - 1e-9).renyi.value;
    expect(Math.abs(near - at1.klPQ.value)).toBeLessThan(1e-9);
  });

  it('α > 1 with q = 0 < p is ∞ (support mismatch); α < 1 stays finite', () => {
    const m = measures('Cat(0.5,0.5,0)', 'Cat(0.5,0,0.5)', 2);
    expect(m.renyi.value).toBe(Infinity);
    expect(m.renyi.reason).toEqual({ code: 'support-mismatch', zeroIn: 'Q', outcome: 1 });
    // Σ p^½ q^½ = ½, so D_½ = −2 ln ½ = 2 ln 2.
    expectNear(
      'D½ mismatch',
      measures('Cat(0.5,0.5,0)', 'Cat(0.5,0,0.5)').renyi.value,
      2 * Math.LN2,
      1e-15,
    );
    // Disjoint: no common outcome at all.
    const disjoint = measures('Cat(1,0)', 'Cat(0,1)');
    expect(disjoint.renyi.value).toBe(Infinity);
    expect(disjoint.tv.value).toBe(1);
    expect(disjoint.hellinger.value).toBe(1);
  });
});

describe('counts', () => {
  // f_divergences.py: [label, TV, H², D_0.5, D_2] by direct sums to k = 400 (Pois–Pois D_α also
  // checked there against the closed form [αλp + (1−α)λq − λp^α λq^(1−α)]/(1 − α)).
  const COUNTS = [
    [
      'Pois(3)',
      'Pois(5)',
      0.38220597348486955293,
      0.11928099483661291866,
      0.25403330758516622964,
      0.8,
    ],
    [
      'Bin(10,0.3)',
      'Pois(3)',
      0.086408882202759221097,
      0.0084872347987347169427,
      0.017046912938990659359,
      0.048274994484818858157,
    ],
  ] as const;
  for (const [p, q, tv, h2, d05, d2] of COUNTS) {
    it(`${p} vs ${q}`, () => {
      const m = measures(p, q);
      expectMeasure('tv counts', m.tv, tv, 1e-13);
      expectMeasure('H² counts', m.hellinger, h2, 1e-12);
      expectMeasure('D½ counts', m.renyi, d05, 1e-12);
      expectMeasure('D2 counts', measures(p, q, 2).renyi, d2, 1e-12);
    });
  }

  it('Pois(3) vs Bin(100, 0.03): D₂ = ∞ (Poisson exceeds 100), D½ finite', () => {
    const m = measures('Pois(3)', 'Bin(100,0.03)', 2);
    expect(m.renyi.value).toBe(Infinity);
    expect(m.renyi.reason?.code).toBe('support-mismatch');
    expect(Number.isFinite(measures('Pois(3)', 'Bin(100,0.03)').renyi.value)).toBe(true);
  });
});

describe('1-D continuous', () => {
  // f_divergences.py, mpmath quadrature split at the densities' crossings:
  // [P, Q, TV, H², D_0.5, D_2, KL(P‖Q)]
  const CONT = [
    [
      'Mix(0.3*N(-1,0.5),0.7*N(2,1))',
      'N(0,1.5)',
      0.35313481224472489096,
      0.11027268997715470081,
      0.23368051287341220866,
      0.74822834395030842802,
      0.42641173452597974635,
    ],
    [
      'Laplace(0,1)',
      'T(4,0.5,1.5)',
      0.21970539870033449715,
      0.036840295541416902443,
      0.075072080749521076253,
      0.23773210012538582536,
      0.13835752693513595465,
    ],
  ] as const;
  for (const [p, q, tv, h2, d05, d2, kl] of CONT) {
    it(`${p} vs ${q} by quadrature`, () => {
      const m = measures(p, q);
      expectMeasure('tv cont', m.tv, tv, 1e-9);
      expectMeasure('H² cont', m.hellinger, h2, 1e-9);
      expectMeasure('D½ cont', m.renyi, d05, 1e-9);
      expectMeasure('D2 cont', measures(p, q, 2).renyi, d2, 1e-9);
      expectNear('KL cont', m.klPQ.value, kl, 1e-9);
      // α = 0.5 is −2 ln(1 − H²).
      expectNear('D½ = −2ln(1−H²)', m.renyi.value, -2 * Math.log1p(-m.hellinger.value), 1e-9);
    });
  }

  it('Gaussians: the closed forms agree with the quadrature of a one-component mixture', () => {
    for (const alpha of [0.3, 0.5, 2]) {
      const closed = measures('N(0,1)', 'N(1,2)', alpha);
      const quad = measures('Mix(1*N(0,1))', 'Mix(1*N(1,2))', alpha);
      expect(closed.renyi.method).toBe('closed-form');
      expectMeasure(`D${alpha} N`, quad.renyi, closed.renyi.value, 1e-9);
      expectMeasure('H² N', quad.hellinger, closed.hellinger.value, 1e-9);
    }
    // Equal σ: TV = erf(|Δμ|/(2√2σ)) in closed form; erf(1/(2√2)) = 0.38292492254802620727 (mpmath).
    const tv = measures('N(0,1)', 'N(1,1)').tv;
    expect(tv.method).toBe('closed-form');
    expectNear('TV N', tv.value, 0.38292492254802620727, 1e-14);
    expectMeasure('TV N quad', measures('Mix(1*N(0,1))', 'Mix(1*N(1,1))').tv, tv.value, 1e-9);
  });

  it('α > 1: ∞ with a reason where ∫p^α q^(1−α) diverges', () => {
    // σ_P = 2 > σ_Q = 1: σ_α² = α − 3(α − 1)·… ≤ 0 from α = 4/3 on.
    const n = measures('N(0,2)', 'N(0,1)', 2).renyi;
    expect(n).toMatchObject({ value: Infinity, reason: { code: 'divergent-integral' } });
    const mix = measures('Mix(0.5*N(0,2),0.5*N(1,1))', 'N(0,1)', 2).renyi;
    expect(mix).toMatchObject({ value: Infinity, reason: { code: 'divergent-integral' } });
    // A t against a Normal: KL(P‖Q) = ∞ already (heavy tail), so every D_α > 1 is too.
    const t = measures('T(2,0,1)', 'N(0,1)', 1.5).renyi;
    expect(t.value).toBe(Infinity);
    expect(t.reason?.code).toBe('heavy-tail');
    // Beta(0.5, 1) against U(0, 1): p^α ~ x^(−α/2) at 0, integrable only for α < 2.
    expect(measures('Beta(0.5,1)', 'U(0,1)', 2.5).renyi.reason?.code).toBe('divergent-integral');
    expect(Number.isFinite(measures('Beta(0.5,1)', 'U(0,1)', 1.5).renyi.value)).toBe(true);
    // Support mismatch: N against U(−1, 1) is ∞ for α > 1, finite for α < 1.
    expect(measures('N(0,1)', 'U(-1,1)', 2).renyi.reason?.code).toBe('support-mismatch');
    expect(Number.isFinite(measures('N(0,1)', 'U(-1,1)', 0.5).renyi.value)).toBe(true);
  });
});

describe('2-D', () => {
  it('a Gaussian mixture against an N2: quadrature within the bounds the single-N2 closed forms give', () => {
    // A one-component mixture is integrated; the N2 pair is closed form (fDivergences.test.ts
    // checks those against mpmath).
    const closed = measures('N2(0,0,1,1,0)', 'N2(1,-1,2,0.5,0.3)');
    const quad = measures('Mix(1*N2(0,0,1,1,0))', 'N2(1,-1,2,0.5,0.3)');
    expectMeasure('D½ 2-D', quad.renyi, closed.renyi.value, 1e-6);
    expectMeasure('H² 2-D', quad.hellinger, closed.hellinger.value, 1e-6);
    expect(quad.tv.value).toBeGreaterThanOrEqual(closed.hellinger.value - quad.tv.error);
  });
});

describe('properties (seed 20261201)', () => {
  const weights = (k: number) =>
    fc
      .array(fc.double({ min: 0, max: 100, noNaN: true }), { minLength: k, maxLength: k })
      .filter((w) => w.some((x) => x > 0));
  const pair = fc.integer({ min: 2, max: 8 }).chain((k) => fc.tuple(weights(k), weights(k)));
  const cat = (w: readonly number[]) =>
    discreteDistribution({ family: 'categorical', weights: [...w] } as never);

  it('0 ≤ H² ≤ TV ≤ √2·H, TV ≤ 1, Pinsker, symmetric TV and H², D_α nondecreasing in α', () => {
    fc.assert(
      fc.property(pair, ([wp, wq]) => {
        const p = cat(wp);
        const q = cat(wq);
        const m = discreteMeasures(p, q);
        const back = discreteMeasures(q, p);
        const slack = 1e-12;
        expect(m.hellinger.value).toBeGreaterThanOrEqual(0);
        expect(m.hellinger.value).toBeLessThanOrEqual(m.tv.value + slack);
        expect(m.tv.value).toBeLessThanOrEqual(Math.SQRT2 * Math.sqrt(m.hellinger.value) + slack);
        expect(m.tv.value).toBeLessThanOrEqual(1);
        const klMin = Math.min(m.klPQ.value, m.klQP.value);
        expect(m.tv.value).toBeLessThanOrEqual(Math.sqrt(klMin / 2) + slack);
        expect(back.tv.value).toBeCloseTo(m.tv.value, 14);
        expect(back.hellinger.value).toBeCloseTo(m.hellinger.value, 14);
        let last = 0;
        for (const alpha of [0.1, 0.5, 0.9, 1, 1.5, 3]) {
          const d = discreteMeasures(p, q, alpha).renyi.value;
          expect(Number.isNaN(d)).toBe(false);
          if (last < Infinity) expect(d).toBeGreaterThanOrEqual(last - 1e-12 * Math.max(1, last));
          else expect(d).toBe(Infinity);
          last = d;
        }
      }),
      { seed: 20261201, numRuns: 300 },
    );
  });
});
