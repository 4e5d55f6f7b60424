import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Continuous1Spec, Mixture1, Normal } from '../distributions/types';
import { continuous1Measures, integrand1Grid } from './continuous1';
import { expectMeasureInvariants } from '../../test/measureInvariants';

const n = (mu: number, sigma: number): Normal => ({ family: 'normal', mu, sigma });
const mix = (...c: [number, number, number][]): Mixture1 => ({
  family: 'mixture',
  components: c.map(([weight, mu, sigma]) => ({ weight, component: n(mu, sigma) })),
});

const CASES: Record<string, [Continuous1Spec, Continuous1Spec]> = {
  normalsJs: [n(0, 1), n(1, 2)],
  normalsJsFar: [n(1e3, 1e-3), n(-1e3, 1)],
  normalsJsWide: [n(0, 1e-4), n(0, 1)],
  bimodalVsWide: [mix([0.5, -3, 1], [0.5, 3, 1]), n(0, 3.16)],
  separated: [mix([0.5, -10, 0.5], [0.5, 10, 0.5]), n(0, 1)],
  narrowVsWide: [mix([0.3, -1, 1e-3], [0.7, 2, 1e-3]), n(0, 5)],
  farMeans: [mix([0.5, 1e3, 1], [0.5, -1e3, 2]), n(1e3, 3)],
  mix4VsMix3: [
    mix([0.1, -2, 0.5], [0.2, 0, 1], [0.3, 1, 0.3], [0.4, 3, 2]),
    mix([0.3, -1, 1], [0.3, 1, 2], [0.4, 2, 0.7]),
  ],
  equalMixtures: [mix([1, -1, 0.5], [2, 1.5, 1]), mix([1, -1, 0.5], [2, 1.5, 1])],
};

// References: scripts/references/continuous1_quadrature.py (mpmath.quad at 30 digits, split at every
// component's μ + kσ and at the crossings of mixture components).
const REFERENCES: Record<string, Record<'klPQ' | 'klQP' | 'js' | 'cePQ' | 'hP' | 'hQ', number>> = {
  normalsJs: {
    klPQ: 0.4431471805599453,
    klQP: 1.3068528194400546,
    js: 0.128174973054398,
    cePQ: 1.862085713764618,
    hP: 1.4189385332046727,
    hQ: 2.112085713764618,
  },
  normalsJsFar: {
    klPQ: 2000006.4077557789,
    klQP: 2000000499992.5923,
    js: 0.6931471805599453,
    cePQ: 2000000.918939033,
    hP: -5.488816745777464,
    hQ: 1.4189385332046727,
  },
  normalsJsWide: {
    klPQ: 8.710340376976182,
    klQP: 49999990.28965963,
    js: 0.6919010424155836,
    cePQ: 0.9189385382046728,
    hP: -7.79140183877151,
    hQ: 1.4189385332046727,
  },
  bimodalVsWide: {
    klPQ: 0.46199513286488797,
    klQP: 0.9369279463014021,
    js: 0.12845589443823183,
    cePQ: 2.5702315990986384,
    hP: 2.1082364662337505,
    hQ: 2.5695105608034936,
  },
  separated: {
    klPQ: 49.625,
    klQP: 169.57641612114523,
    js: 0.6931471804913913,
    cePQ: 51.043938533204674,
    hP: 1.4189385332046727,
    hQ: 1.4189385332046727,
  },
  narrowVsWide: {
    klPQ: 7.468328909361344,
    klQP: 7735961.8288059505,
    js: 0.6893444732861662,
    cePQ: 2.5903764656387733,
    hP: -4.877952443722571,
    hQ: 3.028376445638773,
  },
  farMeans: {
    klPQ: 111110.80889151782,
    klQP: 3.594534891891836,
    js: 0.3323250088394559,
    cePQ: 111113.26755082187,
    hP: 2.4586593040445908,
    hQ: 2.5175508218727822,
  },
  mix4VsMix3: {
    klPQ: 0.38762004515052545,
    klQP: 0.3390800029443145,
    js: 0.08397320131715044,
    cePQ: 2.391183477251217,
    hP: 2.0035634321006914,
    hQ: 1.942974632859737,
  },
  equalMixtures: {
    klPQ: 0.0,
    klQP: 0.0,
    js: 2.5107766030322826e-33,
    cePQ: 1.6993409971701936,
    hP: 1.6993409971701936,
    hQ: 1.6993409971701936,
  },
};

describe('continuous1Measures against mpmath', () => {
  it.each(Object.keys(CASES))('%s', (name) => {
    const [p, q] = CASES[name]!;
    const m = continuous1Measures(p, q);
    const ref = REFERENCES[name]!;
    for (const key of ['klPQ', 'klQP', 'js', 'cePQ', 'hP', 'hQ'] as const) {
      const { value, error } = m[key];
      const tol = Math.max(1e-9 * Math.abs(ref[key]), 1e-14);
      expect(Math.abs(value - ref[key]), `${name}.${key}`).toBeLessThanOrEqual(tol);
      // The error estimate is honest: it covers the actual error (up to rounding).
      // (plus rounding: 1e-13 of the value, as the integrands cancel for entropies).
      expect(Math.abs(value - ref[key]), `${name}.${key} estimate`).toBeLessThanOrEqual(
        error + 1e-13 * Math.abs(ref[key]) + 1e-15,
      );
    }
    expect(m.symKl.value).toBeCloseTo(m.klPQ.value + m.klQP.value, 12);
    expect(m.symKl.error).toBe(m.klPQ.error + m.klQP.error);
  });

  it('uses closed forms exactly where both are single Gaussians', () => {
    const m = continuous1Measures(n(0, 1), n(1, 2));
    for (const key of ['klPQ', 'klQP', 'cePQ', 'hP', 'hQ', 'symKl'] as const)
      expect(m[key].method).toBe('closed-form');
    expect(m.js.method).toBe('quadrature');
    const mm = continuous1Measures(CASES.bimodalVsWide![0], n(0, 3.16));
    expect(mm.klPQ.method).toBe('quadrature');
    expect(mm.hQ.method).toBe('closed-form');
  });
});

const component = fc.tuple(
  fc.double({ min: 0.05, max: 1, noNaN: true }),
  fc.double({ min: -1e3, max: 1e3, noNaN: true }),
  fc.double({ min: 1e-3, max: 1e3, noNaN: true }),
);
const spec1 = fc.oneof(
  component.map(([, mu, s]) => n(mu, s) as Continuous1Spec),
  fc.array(component, { minLength: 1, maxLength: 8 }).map((cs) => mix(...cs) as Continuous1Spec),
);

describe('continuous1Measures properties (fast-check)', () => {
  it('seed 7: finite, KL ≥ 0, 0 ≤ JS ≤ ln 2, H(P, Q) = H(P) + KL(P‖Q) within the error estimates', () => {
    fc.assert(
      fc.property(spec1, spec1, (p, q) => {
        expectMeasureInvariants(continuous1Measures(p, q), 1e-9, 1e-12);
      }),
      { seed: 7, numRuns: 60 },
    );
  });

  it('seed 8: KL(P‖P) = 0 and JS(P, P) = 0 for mixtures', () => {
    fc.assert(
      fc.property(spec1, (p) => {
        const m = continuous1Measures(p, p);
        expect(m.klPQ.value).toBeLessThanOrEqual(1e-12 * (1 + Math.abs(m.hP.value)));
        expect(m.js.value).toBeLessThanOrEqual(1e-12);
      }),
      { seed: 8, numRuns: 40 },
    );
  });
});

describe('integrand1Grid', () => {
  it('covers every component ± 4σ with finite values, and matches the densities', () => {
    const [p, q] = CASES.separated!;
    const g = integrand1Grid(p, q, 401);
    expect(g.x.length).toBe(401);
    expect(g.x[0]).toBeCloseTo(-12, 12); // −10 − 4·0.5
    expect(g.x[400]).toBeCloseTo(12, 12);
    for (const arr of [g.p, g.q, g.klPQ, g.klQP])
      for (const v of arr) expect(Number.isFinite(v)).toBe(true);
    // At x = 0 (index 200): q = 1/√(2π); p = 2·½·N(10; 0, 0.5) = e^(−200)/(0.5√(2π)).
    expect(g.q[200]).toBeCloseTo(1 / Math.sqrt(2 * Math.PI), 14);
    expect(Math.abs(g.p[200]! - Math.exp(-200) / (0.5 * Math.sqrt(2 * Math.PI)))).toBeLessThan(
      1e-95,
    );
  });

  it('is finite where both densities underflow (seed 9)', () => {
    fc.assert(
      fc.property(spec1, spec1, (p, q) => {
        const g = integrand1Grid(p, q, 50);
        for (const arr of [g.x, g.p, g.q, g.klPQ, g.klQP])
          for (const v of arr) expect(Number.isFinite(v)).toBe(true);
      }),
      { seed: 9, numRuns: 50 },
    );
  });
});
