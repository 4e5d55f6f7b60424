import { describe, expect, it } from 'vitest';
import { analysePair } from '../analysis';
import type { Distribution } from '../distributions/types';
import { parseSpec } from '../spec/parse';
import { MEASURE_KEYS, type MeasureSet } from './types';

const LN2 = Math.LN2;
/** ½(1 + log 2π) + log σ: the entropy of N(μ, σ). */
const hN = (sigma: number) => 0.5 * (1 + Math.log(2 * Math.PI)) + Math.log(sigma);

function spec(text: string): Distribution {
  const r = parseSpec(text);
  if (!r.ok) throw new Error(`${text}: ${r.error.message}`);
  return r.value;
}

function measures(p: string, q: string): MeasureSet {
  const a = analysePair(spec(p), spec(q));
  if (!a.ok) throw new Error(a.problem.message);
  return a.measures;
}

/** The readout rule: finite, or +∞ with a reason; never NaN. */
function expectReadable(m: MeasureSet) {
  for (const k of MEASURE_KEYS) {
    const v = m[k];
    expect(Number.isNaN(v.value), k).toBe(false);
    expect(Number.isNaN(v.error), k).toBe(false);
    if (v.value === Infinity) expect(v.reason, k).toBeDefined();
    else expect(Number.isFinite(v.value), k).toBe(true);
  }
}

/** |value − truth| within the stated error (with a rounding allowance of a few ulps). */
function expectWithin(m: MeasureSet[keyof MeasureSet], truth: number) {
  const slack = 4 * Number.EPSILON * Math.abs(truth);
  expect(Math.abs(m.value - truth)).toBeLessThanOrEqual(m.error + slack);
}

describe('the URLs of issue #15 (numbers at the extremes)', () => {
  it('JS of N(1e100, 1) and N(0, 1) is ln 2, and KL = ½·1e200 exactly', () => {
    // The Bhattacharyya coefficient is e^(−(1e100)²/8): JS = ln 2 to double precision.
    // KL(P‖Q) = ½[(1 − 1 − 0) + (1e100)²] = 5e199, both ways.
    const m = measures('N(1e100,1)', 'N(0,1)');
    expectReadable(m);
    expectWithin(m.js, LN2);
    expect(m.klPQ.value).toBe(5e199);
    expect(m.klQP.value).toBe(5e199);
  });

  it('N(−1e154, 1) against N(1e154, 1): JS = ln 2, KL = ½(2e154)² = 2e308 is beyond the largest double', () => {
    const m = measures('N(-1e154,1)', 'N(1e154,1)');
    expectReadable(m);
    expectWithin(m.js, LN2);
    for (const k of ['klPQ', 'klQP', 'symKl', 'cePQ'] as const) {
      expect(m[k].value).toBe(Infinity);
      expect(m[k].reason).toEqual({ code: 'beyond-double' });
    }
  });

  it('N(0, 1e-300) against N(0, 1): JS = ln 2, KL(P‖Q) finite, KL(Q‖P) = ½(1e600 − …) is ∞', () => {
    // KL(P‖Q) = ½[1e-600 − 1 − log 1e-600] = ½(600 ln 10 − 1) = 690.27552789821…
    // KL(Q‖P) = ½[1e600 − 1 − log 1e600] > 1.8e308. BC = √(2·1e-300/(1 + 1e-600)) ≈ 1.4e-150.
    const m = measures('N(0,1e-300)', 'N(0,1)');
    expectReadable(m);
    expectWithin(m.js, LN2);
    expect(m.klPQ.value).toBeCloseTo(0.5 * (600 * Math.LN10 - 1), 10);
    expect(m.klQP.value).toBe(Infinity);
    expect(m.symKl.value).toBe(Infinity);
    expect(m.hP.value).toBeCloseTo(hN(1e-300), 10);
  });

  it('refuses σ = 1e-320 at parse time, naming the supported range', () => {
    const r = parseSpec('N(0,1e-320)');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.message).toContain('2.2e-308');
      expect(r.error.message).toContain('1e-320');
      expect([r.error.start, r.error.end]).toEqual([4, 10]);
    }
  });

  it('N(0, 1e308) against N(0, 1): JS = ln 2 and KL(Q‖P) = ½(1e-616 − 1 + 616 ln 10·2/2)', () => {
    // KL(Q‖P) = ½[(1/1e308)² − 1 − log(1e-616)] = ½(616 ln 10 − 1) = 708.69620864…
    const m = measures('N(0,1e308)', 'N(0,1)');
    expectReadable(m);
    expectWithin(m.js, LN2);
    expect(m.klQP.value).toBeCloseTo(0.5 * (616 * Math.LN10 - 1), 9);
    expect(m.klPQ.value).toBe(Infinity);
  });

  it('Mix(½N(0, 1e308), ½N(0, 1)) against N(0, 1): the wide component is disjoint from both', () => {
    // Write W = N(0, 1e308), B = N(0, 1) = Q, P = ½W + ½B. Where B has its mass, w ≈ 4e-309 is
    // below any rounding of b, and where W has its mass, b = 0: so p = ½q and m = ¾q on B's part,
    // p = ½w, q = 0, m = ¼w on W's part. Then
    //   KL(Q‖P) = E_Q[log(q/(½q))] = ln 2,
    //   JS = ½[½ log(½/¾) + ½ log(½w/¼w)] + ½ log(q/¾q) = ½[½ log(2/3) + ½ ln 2 + log(4/3)],
    //   H(P) = Σ wᵢ(hᵢ − log wᵢ) = ½(h(1e308) + h(1)) + ln 2,
    //   KL(P‖Q) ≥ ½·E_W[½x²] = ¼·1e616: beyond the largest double.
    const m = measures('Mix(0.5*N(0,1e308),0.5*N(0,1))', 'N(0,1)');
    expectReadable(m);
    expectWithin(m.klQP, LN2);
    expectWithin(m.js, 0.5 * (0.5 * Math.log(2 / 3) + 0.5 * LN2 + Math.log(4 / 3)));
    expectWithin(m.hP, 0.5 * (hN(1e308) + hN(1)) + LN2);
    expect(m.klPQ.value).toBe(Infinity);
    expect(m.klPQ.reason).toEqual({ code: 'beyond-double' });
  });

  it('Mix(½N(1e6, 1e-300), ½N(0, 1)) against N(0, 1): the closed form of non-overlapping components', () => {
    // A = N(1e6, 1e-300), B = N(0, 1) do not overlap, so H(P) = ½(h_A + ln 2) + ½(h_B + ln 2)
    // = ½(hN(1e-300) + hN(1)) + ln 2 = −343.2757; H(P, Q) = ½E_A[−log q] + ½E_B[−log q]
    // = ½ log 2π + ½·½[(1e6)² + 1e-600] + ½·½ = ½ log 2π + 2.5e11 + ¼;
    // KL(P‖Q) = H(P, Q) − H(P) ≈ 2.5e11 + 344.44. KL(Q‖P) = ln 2 (as above); JS = the same value
    // as for the wide component, since A is as disjoint from Q as W is.
    const m = measures('Mix(0.5*N(1e6,1e-300),0.5*N(0,1))', 'N(0,1)');
    expectReadable(m);
    const hP = 0.5 * (hN(1e-300) + hN(1)) + LN2;
    const ce = 0.5 * Math.log(2 * Math.PI) + 2.5e11 + 0.25;
    expectWithin(m.hP, hP);
    expect(hP).toBeCloseTo(-343.2757, 4);
    expectWithin(m.cePQ, ce);
    expectWithin(m.klPQ, ce - hP);
    expectWithin(m.klQP, LN2);
    expectWithin(m.js, 0.5 * (0.5 * Math.log(2 / 3) + 0.5 * LN2 + Math.log(4 / 3)));
  });

  it('Mix(½N(1e308, 1), ½N(−1e308, 1)) against N(0, 1): KL both ways beyond the largest double', () => {
    // KL(P‖Q) ≥ ½·½(1e308)² and KL(Q‖P) ≥ E_Q[½(1e308)²]·(1 − o(1)); H(P) = h(1) + ln 2; JS = ln 2.
    const m = measures('Mix(0.5*N(1e308,1),0.5*N(-1e308,1))', 'N(0,1)');
    expectReadable(m);
    expect(m.klPQ.value).toBe(Infinity);
    expect(m.klQP.value).toBe(Infinity);
    expectWithin(m.hP, hN(1) + LN2);
    expectWithin(m.js, LN2);
    // The same mixture against itself: KL = 0, JS = 0, H(P, P) = H(P).
    const s = measures(
      'Mix(0.5*N(1e308,1),0.5*N(-1e308,1))',
      'Mix(0.5*N(1e308,1),0.5*N(-1e308,1))',
    );
    expectReadable(s);
    expectWithin(s.klPQ, 0);
    expectWithin(s.js, 0);
    expectWithin(s.cePQ, hN(1) + LN2);
  });

  it('N2(1, −1, 2, 1e308, −0.3) against N2(0, 0, 1, 1, 0.5): no NaN in readouts or in the plot grid', () => {
    const a = analysePair(spec('N2(1,-1,2,1e308,-0.3)'), spec('N2(0,0,1,1,0.5)'));
    expect(a.ok).toBe(true);
    if (!a.ok || a.view.kind !== 'continuous2') return;
    expectReadable(a.measures);
    // Marginal y: BC ≤ √(2·1e308/(1 + 1e616)) ≈ 1.4e-154: JS = ln 2.
    expectWithin(a.measures.js, LN2);
    expect(a.measures.klPQ.value).toBe(Infinity);
    for (const k of ['x', 'y', 'p', 'q', 'klPQ', 'klQP'] as const)
      expect(
        a.view[k].every((v) => Number.isFinite(v) && Math.abs(v) <= 1e300),
        k,
      ).toBe(true);
  });

  it('keeps every 1-D plot value finite at the extremes', () => {
    for (const [p, q] of [
      ['N(0,1e308)', 'N(0,1)'],
      ['Mix(0.5*N(1e308,1),0.5*N(-1e308,1))', 'N(0,1)'],
      ['N(-1e154,1)', 'N(1e154,1)'],
      ['N(0,2.3e-308)', 'N(1e308,1e308)'],
    ] as const) {
      const a = analysePair(spec(p), spec(q));
      if (!a.ok || a.view.kind !== 'continuous1') throw new Error('expected a 1-D view');
      for (const k of ['x', 'p', 'q', 'klPQ', 'klQP'] as const)
        expect(
          a.view[k].every((v) => Number.isFinite(v) && Math.abs(v) <= 1e300),
          `${p} ${k}`,
        ).toBe(true);
    }
  });
});

describe('parse-time ranges', () => {
  it.each([
    ['N(0,2e-308)', '2.2e-308'],
    ['N2(0,0,1e-308,1,0)', 'sx·√(1 − rho²)'],
    ['N2(0,0,1,1e-300,0.9999999999999999)', 'sy·√(1 − rho²)'],
    ['N2(0,0,1e-160,1e-160,0)', 'sx·sy·√(1 − rho²)'],
    ['Mix(1e308*N(0,1),1e308*N(1,1))', 'finite sum'],
    ['Mix(1*N(0,1),1e-101*N(1,1))', '1e-100 of the largest'],
  ])('refuses %s with a message naming the range', (text, phrase) => {
    const r = parseSpec(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toContain(phrase);
  });

  it.each([
    'N(0,2.2250738585072014e-308)',
    'N(-1.7976931348623157e308,1.7976931348623157e308)',
    'N2(0,0,1e-153,1e-153,0)',
    'Mix(1*N(0,1),1e-100*N(1,1))',
    'Mix(1e307*N(0,1),1e307*N(1,1))',
  ])('accepts %s', (text) => {
    expect(parseSpec(text).ok).toBe(true);
  });
});

/** A seeded uniform in [0, 1) (mulberry32), so the grid is the same on every run. */
function uniform(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('a seeded grid: σ from 1e-320 to 1e308, |μ| up to 1e308, for N, N2 and mixtures', () => {
  const rnd = uniform(15);
  const num = (x: number) => x.toPrecision(3);
  const sigma = () => num(10 ** (-320 + 628 * rnd()));
  const mu = () => (rnd() < 0.3 ? '0' : num((rnd() < 0.5 ? -1 : 1) * 10 ** (-3 + 311 * rnd())));
  const rho = () => num(1.98 * rnd() - 0.99);
  const n1 = () => `N(${mu()},${sigma()})`;
  const n2 = () => `N2(${mu()},${mu()},${sigma()},${sigma()},${rho()})`;
  const mix = (c: () => string) => `Mix(${num(rnd())}*${c()},${num(rnd())}*${c()})`;
  const makers: [string, () => [string, string]][] = [
    ['N vs N', () => [n1(), n1()]],
    ['Mix vs N', () => [mix(n1), n1()]],
    ['Mix vs Mix', () => [mix(n1), mix(n1)]],
    ['N2 vs N2', () => [n2(), n2()]],
    ['Mix2 vs N2', () => [mix(n2), n2()]],
  ];
  const cases: [string, string, string][] = [];
  for (const [family, make] of makers) for (let i = 0; i < 40; i++) cases.push([family, ...make()]);

  /** log BC of two 1-D Gaussians in logs (no overflow), a lower bound for JS: JS ≥ ln 2 − BC. */
  const logBc = (m1: number, s1: number, m2: number, s2: number) => {
    const logBig = Math.max(Math.log(s1), Math.log(s2));
    const logT = Math.min(Math.log(s1), Math.log(s2)) - logBig;
    const d = Math.abs(m1 / 2 - m2 / 2) / Math.exp(logBig);
    return (
      0.5 * (Math.LN2 + logT - Math.log1p(Math.exp(2 * logT))) - (d * d) / (1 + Math.exp(2 * logT))
    );
  };

  it.each(cases)(
    '%s: %s against %s is refused with its range, or every readout is right or ∞',
    (family, ps, qs) => {
      const p = parseSpec(ps);
      const q = parseSpec(qs);
      for (const r of [p, q])
        if (!r.ok) expect(r.error.message).toMatch(/supports|must have a finite sum/);
      if (!p.ok || !q.ok) return;
      const a = analysePair(p.value, q.value);
      if (!a.ok) {
        // Only an overlapping 2-D pair outside the nested rule's range is refused here.
        expect(family === 'Mix2 vs N2' || family === 'N2 vs N2').toBe(true);
        expect(a.problem.message).toContain('Supported:');
        return;
      }
      const m = a.measures;
      expectReadable(m);
      expect(m.js.value).toBeGreaterThanOrEqual(0);
      expect(m.js.value).toBeLessThanOrEqual(LN2);
      expect(m.klPQ.value).toBeGreaterThanOrEqual(0);
      expect(m.klQP.value).toBeGreaterThanOrEqual(0);
      // H(P, Q) = H(P) + KL(P‖Q), each within its error (and rounding of the larger terms).
      if (Number.isFinite(m.cePQ.value) && Number.isFinite(m.klPQ.value)) {
        const slack = 1e-12 * (Math.abs(m.cePQ.value) + Math.abs(m.hP.value) + m.klPQ.value);
        expect(Math.abs(m.cePQ.value - m.hP.value - m.klPQ.value)).toBeLessThanOrEqual(
          m.cePQ.error + m.hP.error + m.klPQ.error + slack,
        );
      }
      if (m.klPQ.value === Infinity) expect(m.cePQ.value).toBe(Infinity);
      if (p.value.family === 'normal' && q.value.family === 'normal') {
        const b = logBc(p.value.mu, p.value.sigma, q.value.mu, q.value.sigma);
        expect(m.js.value).toBeGreaterThanOrEqual(LN2 - Math.exp(b) - m.js.error - 1e-15);
      }
      for (const [k, v] of Object.entries(a.view))
        if (v instanceof Float64Array)
          expect(
            v.every((x) => Number.isFinite(x)),
            k,
          ).toBe(true);
    },
  );
});

// scripts/references/extremes.py (mpmath at 20 digits, unbounded exponents: closed forms for N vs N,
// per-component tanh-sinh quadrature otherwise), seeded rows: [P, Q, klPQ, klQP, js, cePQ, hP, hQ].
const MPMATH_1D: readonly (readonly string[])[] = [
  [
    'N(0.213, 4.68e-286)',
    'N(-4.83, 6.53e+233)',
    '1194.8747720972685',
    'Infinity',
    '0.69314718055994531',
    '539.29767214410566',
    '-655.57709995316284',
    '539.79767214410566',
  ],
  [
    'N(-3.83, 2.97e-21)',
    'N(-2.37, 1.36e-167)',
    'Infinity',
    '120826673015225210000000000000000000000000.0',
    '0.69314718055994531',
    'Infinity',
    '-45.846786466855678',
    '-382.805287297053',
  ],
  [
    'N(-1.94, 5.12e+139)',
    'N(5.83e+127, 3.5788799999999996e+139)',
    '0.16522533773003094',
    '0.10240503674832686',
    '0.029222718495049734',
    '323.27664623615847',
    '323.11142089842844',
    '322.75331636168011',
  ],
  [
    'N(4.3, 6.51e+89)',
    'N(4.3, 2.36964e+88)',
    '373.55669636004889',
    '2.813848984339442',
    '0.55952354527801636',
    '581.77904762594411',
    '208.22235126589522',
    '204.90916476155577',
  ],
  [
    'N(-5.47e+288, 6.94e-132)',
    'N(3.92, 5.53812e-131)',
    'Infinity',
    'Infinity',
    '0.69314718055994531',
    'Infinity',
    '-300.58499196749064',
    '-298.50805355602893',
  ],
  [
    'N(-1e+89, 5.28e-198)',
    'N(-4.22, 1.6896000000000002e-197)',
    'Infinity',
    'Infinity',
    '0.69314718055994531',
    'Infinity',
    '-452.8289837818982',
    '-451.66583297209252',
  ],
  [
    'N(2.82, 3.57e+158)',
    'N(-0.256, 1.1424e+158)',
    '3.2433782168116354',
    '0.69063428318836484',
    '0.19613146449477962',
    '369.74332703886707',
    '366.49994882205544',
    '365.36051453886707',
  ],
  [
    'N(-4.01e+285, 1.61e-131)',
    'N(4.44, 1.35079e-131)',
    'Infinity',
    'Infinity',
    '0.69314718055994531',
    'Infinity',
    '-299.74347447001894',
    '-299.91901904253387',
  ],
  [
    'Mix(0.7*N(-0.255, 5.11e-258), 0.30000000000000004*N(2.78, 4.58e+57))',
    'N(-0.255, 1.533e-257)',
    'Infinity',
    '3.2580626552706223',
    '0.26522845994533278',
    'Infinity',
    '-372.84451058687811',
    '-589.91820376637539',
  ],
  [
    'Mix(0.64*N(-1.53, 1.52e+73), 0.36*N(2.08e+216, 2.02e-116))',
    'N(-1.53, 4.56e+73)',
    '374515235457063740000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000.0',
    '3.3476748139603092',
    '0.28379038110977544',
    '374515235457063740000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000.0',
    '14.014268507666806',
    '171.0249729452963',
  ],
  [
    'Mix(0.38*N(4.09, 1.37e-306), 0.62*N(4.86, 1.47e-104))',
    'N(4.09, 4.11e-306)',
    'Infinity',
    '3.8689717375935959',
    '0.38174385999065784',
    'Infinity',
    '-413.77378798020551',
    '-701.75867689446516',
  ],
];

describe('the seeded 1-D rows against mpmath (scripts/references/extremes.py)', () => {
  const keys = ['klPQ', 'klQP', 'js', 'cePQ', 'hP', 'hQ'] as const;
  it.each(MPMATH_1D)('%s against %s', (ps, qs, ...refs) => {
    const m = measures(ps!, qs!);
    expectReadable(m);
    keys.forEach((k, i) => {
      const truth = Number(refs[i]);
      if (truth === Infinity) {
        expect(m[k].value, k).toBe(Infinity);
        expect(m[k].reason, k).toEqual({ code: 'beyond-double' });
      } else {
        // Within the stated error, plus rounding of the reference's last printed digit.
        const slack = 4 * Number.EPSILON * Math.abs(truth) + 1e-15;
        expect(Math.abs(m[k].value - truth), k).toBeLessThanOrEqual(m[k].error + slack);
      }
    });
  });
});
