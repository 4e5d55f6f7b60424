import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Continuous2Spec, Normal2 } from '../distributions/types';
import { continuous2Measures, integrand2Grid } from './continuous2';
import { klNormal2, normal2CrossEntropy, normal2Entropy } from './gaussian';
import { expectMeasureInvariants } from '../../test/measureInvariants';
import { mixture2 as mix2, normal2 as n2 } from '../distributions/make';

/**
 * Derivation of the 2-D references: take a 1-D pair (P₁, Q₁) with mpmath references, form
 * P = P₁ ⊗ N(0, b) and Q = Q₁ ⊗ N(0, b), and rotate both by θ. Rotation has Jacobian 1, so it changes
 * no measure, and with a shared independent factor log(p/q) = log(p₁/q₁): KL, JS are the 1-D values,
 * and every entropy or cross-entropy gains H(N(0, b)) = ½(1 + log 2π) + log b.
 * A component N(m, σ) ⊗ N(0, b) rotated by θ is N2 with mean (m·cos θ, m·sin θ),
 * sx² = σ²c² + b²s², sy² = σ²s² + b²c², ρ·sx·sy = (σ² − b²)·c·s.
 */
function rotated(
  components: readonly [number, number, number][],
  b: number,
  theta: number,
): Continuous2Spec {
  const c = Math.cos(theta);
  const s = Math.sin(theta);
  const parts = components.map(([w, m, sigma]): [number, Normal2] => {
    const sx = Math.sqrt(sigma * sigma * c * c + b * b * s * s);
    const sy = Math.sqrt(sigma * sigma * s * s + b * b * c * c);
    return [w, n2(m * c, m * s, sx, sy, ((sigma * sigma - b * b) * c * s) / (sx * sy))];
  });
  return parts.length === 1 ? parts[0]![1] : mix2(...parts);
}
const hNormal = (b: number) => 0.5 * (1 + Math.log(2 * Math.PI)) + Math.log(b);

// 1-D references from scripts/references/continuous1_quadrature.py (mpmath, 30 digits).
const REF = {
  normalsJs: {
    klPQ: 0.4431471805599453,
    klQP: 1.3068528194400546,
    js: 0.128174973054398,
    cePQ: 1.862085713764618,
    hP: 1.4189385332046727,
    hQ: 2.112085713764618,
  },
  bimodalVsWide: {
    klPQ: 0.46199513286488797,
    klQP: 0.9369279463014021,
    js: 0.12845589443823183,
    cePQ: 2.5702315990986384,
    hP: 2.1082364662337505,
    hQ: 2.5695105608034936,
  },
  farMeans: {
    klPQ: 111110.80889151782,
    klQP: 3.594534891891836,
    js: 0.3323250088394559,
    cePQ: 111113.26755082187,
    hP: 2.4586593040445908,
    hQ: 2.5175508218727822,
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
  // From scripts/references/continuous2_narrow_wide.py (same 1-D method, 30 digits):
  // P₁ = ½N(0, 0.01) + ½N(1, 1), Q₁ = N(0.5, 1.5).
  narrowWide1d: {
    klPQ: 1.717510596606047726,
    klQP: 0.9802577902227768753,
    js: 0.2253024639116290027,
    cePQ: 1.491081419090614902,
    hP: -0.2264291775154328247,
    hQ: 1.824403641312837124,
  },
  mix4VsMix3: {
    klPQ: 0.38762004515052545,
    klQP: 0.3390800029443145,
    js: 0.08397320131715044,
    cePQ: 2.391183477251217,
    hP: 2.0035634321006914,
    hQ: 1.942974632859737,
  },
} as const;
const bimodal: [number, number, number][] = [
  [0.5, -3, 1],
  [0.5, 3, 1],
];
const p4: [number, number, number][] = [
  [0.1, -2, 0.5],
  [0.2, 0, 1],
  [0.3, 1, 0.3],
  [0.4, 3, 2],
];
const q3: [number, number, number][] = [
  [0.3, -1, 1],
  [0.3, 1, 2],
  [0.4, 2, 0.7],
];

const CASES: [
  string,
  [number, number, number][],
  [number, number, number][],
  number,
  number,
  keyof typeof REF,
][] = [
  ['two N2 (JS), θ = 0.7', [[1, 0, 1]], [[1, 1, 2]], 2, 0.7, 'normalsJs'],
  ['bimodal vs N2, θ = 0.3', bimodal, [[1, 0, 3.16]], 1, 0.3, 'bimodalVsWide'],
  [
    'bimodal vs N2 on a ρ ≈ 0.9992 ridge, θ = π/4',
    bimodal,
    [[1, 0, 3.16]],
    0.02,
    Math.PI / 4,
    'bimodalVsWide',
  ],
  [
    'means at ±1e3, θ = 0.2',
    [
      [0.5, 1e3, 1],
      [0.5, -1e3, 2],
    ],
    [[1, 1e3, 3]],
    1,
    0.2,
    'farMeans',
  ],
  ['mixture(4) vs mixture(3), θ = 1', p4, q3, 1.5, 1, 'mix4VsMix3'],
  [
    'well-separated modes (±10, σ = 0.5) vs N2, θ = 0.4',
    [
      [0.5, -10, 0.5],
      [0.5, 10, 0.5],
    ],
    [[1, 0, 1]],
    1,
    0.4,
    'separated',
  ],
  [
    'narrow vs wide: σ 0.01 beside σ 1 in P, against σ 1.5 (b = 0.05), θ = 0.5',
    [
      [0.5, 0, 0.01],
      [0.5, 1, 1],
    ],
    [[1, 0.5, 1.5]],
    0.05,
    0.5,
    'narrowWide1d',
  ],
  [
    'narrow vs wide: σ = 1e-3 modes against σ = 5 (ratio 5000), b = 0.5, θ = 0.6',
    [
      [0.3, -1, 1e-3],
      [0.7, 2, 1e-3],
    ],
    [[1, 0, 5]],
    0.5,
    0.6,
    'narrowVsWide',
  ],
];

describe('continuous2Measures against rotated 1-D mpmath references', () => {
  it.each(CASES)('%s', (_, pc, qc, b, theta, refName) => {
    const m = continuous2Measures(rotated(pc, b, theta), rotated(qc, b, theta));
    const r = REF[refName] as Record<'klPQ' | 'klQP' | 'js' | 'cePQ' | 'hP' | 'hQ', number>;
    const expected = {
      ...r,
      cePQ: r.cePQ + hNormal(b),
      hP: r.hP + hNormal(b),
      hQ: r.hQ + hNormal(b),
    };
    for (const key of ['klPQ', 'klQP', 'js', 'cePQ', 'hP', 'hQ'] as const) {
      const { value, error } = m[key];
      const diff = Math.abs(value - expected[key]);
      // 1e-6 relative is the contract; the rotation itself rounds the parameters at ~1e-15.
      expect(diff, key).toBeLessThanOrEqual(Math.max(1e-6 * Math.abs(expected[key]), 1e-12));
      if (m[key].method === 'quadrature')
        expect(diff, `${key} estimate`).toBeLessThanOrEqual(
          error + 1e-12 * (1 + Math.abs(expected[key])),
        );
    }
  });

  it('the quadrature path agrees with the closed forms (a one-component mixture is not closed-form)', () => {
    const p = n2(0.5, -1, 1.3, 0.4, 0.999);
    const q = n2(-1, 2, 2, 1.5, -0.6);
    const m = continuous2Measures(mix2([1, p]), mix2([1, q]));
    expect(m.klPQ.method).toBe('quadrature');
    const close = (a: number, e: number) =>
      expect(Math.abs(a - e)).toBeLessThanOrEqual(1e-6 * Math.abs(e));
    close(m.klPQ.value, klNormal2(p, q));
    close(m.klQP.value, klNormal2(q, p));
    close(m.cePQ.value, normal2CrossEntropy(p, q));
    close(m.hP.value, normal2Entropy(p));
    close(m.hQ.value, normal2Entropy(q));
  });
});

const normal2 = fc
  .tuple(
    fc.double({ min: -1e3, max: 1e3, noNaN: true }),
    fc.double({ min: -1e3, max: 1e3, noNaN: true }),
    fc.double({ min: 1e-3, max: 1e3, noNaN: true }),
    fc.double({ min: 1e-3, max: 1e3, noNaN: true }),
    fc.double({ min: -0.999, max: 0.999, noNaN: true }),
  )
  .map(([a, b, c, d, e]) => n2(a, b, c, d, e));
const spec2 = fc.oneof(
  normal2 as fc.Arbitrary<Continuous2Spec>,
  fc
    .array(fc.tuple(fc.double({ min: 0.05, max: 1, noNaN: true }), normal2), {
      minLength: 1,
      maxLength: 4,
    })
    .map((cs) => mix2(...cs) as Continuous2Spec),
);

describe('continuous2Measures on concentric isotropic components (radial reference)', () => {
  it('narrow (σ = 0.01) and unit component against σ = 2: ratios 100 and 200 in every direction', () => {
    // P = ½N2(0, 0.01²I) + ½N2(0, I), Q = N2(0, 4I): p and q depend on r only, so each measure is
    // ∫₀^∞ f(r) 2πr dr, computed at 30 digits by scripts/references/continuous2_narrow_wide.py.
    const p = mix2([0.5, n2(0, 0, 0.01, 0.01, 0)], [0.5, n2(0, 0, 1, 1, 0)]);
    const q = n2(0, 0, 2, 2, 0);
    const expected = {
      klPQ: 4.426042660277606619,
      klQP: 2.305751299673737422,
      js: 0.3252084457730876647,
      cePQ: 3.349183927529236102,
      hP: -1.076858732748370517,
      hQ: 4.224171427529236102,
    };
    const m = continuous2Measures(p, q);
    for (const key of ['klPQ', 'klQP', 'js', 'cePQ', 'hP', 'hQ'] as const) {
      const diff = Math.abs(m[key].value - expected[key]);
      expect(diff, key).toBeLessThanOrEqual(1e-6 * Math.abs(expected[key]));
      if (m[key].method === 'quadrature')
        expect(diff, `${key} estimate`).toBeLessThanOrEqual(m[key].error + 1e-12);
    }
  });
});

describe('continuous2Measures properties (fast-check)', () => {
  it('seed 11: finite, KL ≥ 0, 0 ≤ JS ≤ ln 2, H(P, Q) = H(P) + KL(P‖Q) within the error estimates', () => {
    fc.assert(
      fc.property(spec2, spec2, (p, q) => {
        expectMeasureInvariants(continuous2Measures(p, q), 1e-6, 1e-9);
      }),
      { seed: 11, numRuns: 12, endOnFailure: true },
    );
  });
});

describe('integrand2Grid', () => {
  it('is row-major over every component ± 4σ, finite, with z[j·n + i] at (x[i], y[j])', () => {
    const p = n2(0, 0, 1, 2, 0.999);
    const q = n2(10, -5, 0.5, 0.5, 0);
    const g = integrand2Grid(p, q, 21);
    expect(g.x[0]).toBeCloseTo(-4, 12);
    expect(g.x[20]).toBeCloseTo(12, 12);
    expect(g.y[0]).toBeCloseTo(-8, 12);
    expect(g.y[20]).toBeCloseTo(8, 12);
    for (const arr of [g.p, g.q, g.klPQ, g.klQP]) {
      expect(arr.length).toBe(441);
      for (const v of arr) expect(Number.isFinite(v)).toBe(true);
    }
    // Hand check at (x[5], y[10]) = (0, 0): p = 1/(2π·1·2·√(1 − 0.999²)).
    expect(g.p[10 * 21 + 5]! / (1 / (2 * Math.PI * 2 * Math.sqrt(1 - 0.999 * 0.999)))).toBeCloseTo(
      1,
      12,
    );
  });
});
