import { describe, expect, it } from 'vitest';
import { analysePair, INTEGER_BARS } from '../analysis';
import { compatibleQ } from '../compatibleQ';
import type { Distribution, IntegerSpec } from '../distributions/types';
import { expectNear } from '../families/math/__tests__/near';
import { logRatioKernel } from '../montecarlo/kernels';
import { formatSpec } from '../spec/format';
import { parseSpec } from '../spec/parse';
import { integerWindow } from './integers';

const spec = (text: string): Distribution => {
  const r = parseSpec(text);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};

// scripts/references/families_new.py (mpmath direct sums, 30 digits):
// [P, Q, KL(P||Q), KL(Q||P), JS, H(P, Q), H(P), H(Q)]
const SUMS: readonly (readonly [string, string, ...number[]])[] = [
  [
    'Bin(100,0.03)',
    'Pois(3)',
    0.00023038094969189359953,
    Infinity,
    0.00005826554297672575436,
    1.9194620110682082033,
    1.9192316301185163097,
    1.9314701981485689339,
  ],
  [
    'Pois(3)',
    'Bin(100,0.03)',
    Infinity,
    0.00023038094969189359953,
    0.00005826554297672575436,
    Infinity,
    1.9314701981485689339,
    1.9192316301185163097,
  ],
  [
    'Bin(10000,0.3)',
    'Pois(3000)',
    0.028338543474477435169,
    Infinity,
    0.0077406235839564387388,
    5.2721170369826581705,
    5.2437784935081807353,
    5.4220945346204325833,
  ],
  [
    'Bin(50,0.2)',
    'Bin(80,0.125)',
    0.0019835293571344638887,
    Infinity,
    0.00051126758934591905669,
    2.4565849468179756093,
    2.4546014174608411454,
    2.4977386438606727207,
  ],
  [
    'Pois(1e-9)',
    'Pois(2)',
    1.9999999775835869825,
    40.832826036012712807,
    0.48575896249452357123,
    1.9999999993068528198,
    2.1723265837292986037e-8,
    1.7048826439329838384,
  ],
  [
    'Pois(1e4)',
    'Pois(1e4)',
    0,
    0,
    0,
    6.0241003854427113208,
    6.0241003854427113208,
    6.0241003854427113208,
  ],
];

// scripts/references/counts.py (SciPy ppf): the charts' windows.
const WINDOWS: readonly (readonly [string, string, number, number])[] = [
  ['Pois(3)', 'Pois(5)', 0, 19],
  ['Pois(1e-9)', 'Pois(2)', 0, 12],
];

const KEYS = ['klPQ', 'klQP', 'js', 'cePQ', 'hP', 'hQ'] as const;

// families_new.py, 'Bin, equal n' (closed form checked by a direct sum): [n, p, q, KL]
const BIN_EQUAL_N: readonly (readonly [number, number, number, number])[] = [
  [10, 0.3, 0.5, 0.82282878505051855798],
  [100, 0.03, 0.05, 0.48842955827770091445],
  [10000, 0.5, 0.500000001, 1.99999988687227575e-14],
  [10, 0.0, 0.3, 3.5667494393873236305],
  [10, 0.3, 0.0, Infinity],
];

describe('Bin in the explorer', () => {
  it('parses and formats round trip, and refuses n and p out of range with the range', () => {
    for (const text of ['Bin(100,0.03)', 'Bin(1,0)', 'Bin(10000,1)'])
      expect(formatSpec(spec(text))).toBe(text);
    for (const [bad, says] of [
      ['Bin(0,0.5)', '1 to 10000'],
      ['Bin(10001,0.5)', '1 to 10000'],
      ['Bin(2.5,0.5)', 'whole numbers'],
      ['Bin(10,1.5)', 'p from 0 to 1'],
    ] as const) {
      const r = parseSpec(bad);
      expect(r.ok, bad).toBe(false);
      if (!r.ok) expect(r.error.message).toContain(says);
    }
  });

  for (const [n, p, q, kl] of BIN_EQUAL_N) {
    it(`KL(Bin(${n}, ${p})‖Bin(${n}, ${q})) = ${kl} (closed form with equal n)`, () => {
      const a = analysePair(spec(`Bin(${n},${p})`), spec(`Bin(${n},${q})`));
      if (!a.ok) throw new Error(a.problem.message);
      expectNear(`Bin ${n} ${p} ${q}`, a.measures.klPQ.value, kl, 1e-12, 1e-25);
      if (kl === Infinity) expect(a.measures.klPQ.reason?.code).toBe('support-mismatch');
    });
  }

  it('KL(Pois(3)‖Bin(100, 0.03)) = ∞ because of outcome 101, and the Monte Carlo kernel says so', () => {
    const a = analysePair(spec('Pois(3)'), spec('Bin(100,0.03)'));
    if (!a.ok) throw new Error(a.problem.message);
    expect(a.measures.klPQ.reason).toEqual({ code: 'support-mismatch', zeroIn: 'Q', outcome: 101 });
    expect(logRatioKernel(spec('Pois(3)'), spec('Bin(100,0.03)'), 'Q').mismatch).toEqual({
      code: 'support-mismatch',
      zeroIn: 'Q',
      outcome: 101,
    });
  });

  it('a P-only link gets the Poisson approximation Pois(np); the bars run 0…14 (counts.py)', () => {
    expect(compatibleQ(spec('Bin(100,0.03)'))).toEqual({ family: 'poisson', lambda: 3 });
    const a = analysePair(spec('Bin(100,0.03)'), spec('Pois(3)'));
    if (!a.ok || a.view.kind !== 'discrete') throw new Error('no discrete view');
    expect(a.view.integers).toEqual({ runs: [{ first: 0, count: 15 }], capped: false });
    expect(a.view.p.length).toBe(15);
  });

  it('n = 10,000 against Pois(3): Pois(3)’s 1e-3 run 0…10 whole, Bin’s 4845…5155 cut to its middle', () => {
    // 1e-3 quantiles from scipy.stats: poisson.ppf(1e-3 | 1 − 1e-3, 3) = 0, 10;
    // binom.ppf(1e-3 | 1 − 1e-3, 10000, 0.5) = 4845, 5155. 11 + 311 bars > 300: the 289 in the middle.
    const w = integerWindow(
      spec('Bin(10000,0.5)') as IntegerSpec,
      spec('Pois(3)') as IntegerSpec,
      INTEGER_BARS,
    );
    expect(w).toEqual({
      runs: [
        { first: 0, count: 11 },
        { first: Math.floor((4845 + 5155 + 1 - 289) / 2), count: 289 },
      ],
      capped: true,
    });
  });

  it('Pois(3) against Pois(300): two runs, P’s and Q’s 1e-6 ranges, both whole', () => {
    // scipy.stats.poisson.ppf(1e-6 | 1 − 1e-6, λ): 0, 14 for λ = 3; 221, 386 for λ = 300.
    const w = integerWindow(
      spec('Pois(3)') as IntegerSpec,
      spec('Pois(300)') as IntegerSpec,
      INTEGER_BARS,
    );
    expect(w).toEqual({
      runs: [
        { first: 0, count: 15 },
        { first: 221, count: 166 },
      ],
      capped: false,
    });
  });
});

describe('Pois in the explorer', () => {
  it('parses and formats round trip, and refuses λ outside 1e-9…1e4 with the range', () => {
    for (const text of ['Pois(3)', 'Pois(1e-9)', 'Pois(10000)', 'Pois(0.125)'])
      expect(formatSpec(spec(text))).toBe(text);
    for (const bad of ['Pois(0)', 'Pois(1e-10)', 'Pois(10001)', 'Pois(-1)']) {
      const r = parseSpec(bad);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error.message).toContain('1e-9 to 1e4');
    }
    expect(parseSpec('Pois(1,2)').ok).toBe(false);
  });

  for (const [p, q, ...ref] of SUMS) {
    it(`${p} vs ${q} matches mpmath's direct sums`, () => {
      const a = analysePair(spec(p), spec(q));
      expect(a.ok).toBe(true);
      if (!a.ok) return;
      KEYS.forEach((key, i) => {
        const m = a.measures[key];
        expectNear(`${p}|${q} ${key}`, m.value, ref[i]!, 1e-11, 1e-15);
        // The error estimate covers the actual error.
        if (Number.isFinite(ref[i]!))
          expect(Math.abs(m.value - ref[i]!)).toBeLessThanOrEqual(m.error + 1e-12 * ref[i]!);
      });
      expectNear('symKl', a.measures.symKl.value, ref[0]! + ref[1]!, 1e-11);
    });
  }

  for (const [p, q, lo, hi] of WINDOWS) {
    it(`${p} vs ${q}: bars ${lo}…${hi}, labelled by outcome, where the mass is`, () => {
      const a = analysePair(spec(p), spec(q));
      if (!a.ok || a.view.kind !== 'discrete') throw new Error('no discrete view');
      expect(a.view.integers).toEqual({ runs: [{ first: lo, count: hi - lo + 1 }], capped: false });
      expect(a.view.p.length).toBe(hi - lo + 1);
    });
  }

  it('a window wider than the bars is cut to the middle of the 1e-3 window (counts.py: 9200…10310)', () => {
    const w = integerWindow(
      spec('Pois(1e4)') as IntegerSpec,
      spec('Pois(9500)') as IntegerSpec,
      INTEGER_BARS,
    );
    expect(w).toEqual({
      runs: [{ first: Math.floor((9200 + 10310 + 1 - 300) / 2), count: 300 }],
      capped: true,
    });
  });

  it('a P-only link gets Pois(1.5λ) rounded, and refuses Bern as Q', () => {
    expect(compatibleQ(spec('Pois(3)'))).toEqual({ family: 'poisson', lambda: 4.5 });
    expect(compatibleQ(spec('Pois(1e4)'))).toEqual({ family: 'poisson', lambda: 1e4 });
    const a = analysePair(spec('Pois(3)'), spec('Bern(0.5)'));
    expect(a.ok).toBe(false);
    if (!a.ok) expect(a.problem.message).toContain('0, 1, 2');
  });

  it("Monte Carlo's log-ratios average to KL(Pois(3)‖Pois(5)) = 3 ln(3/5) + 2", async () => {
    const { xoshiro128ForChunk } = await import('../random/xoshiro128');
    const kernel = logRatioKernel(spec('Pois(3)'), spec('Pois(5)'), 'Q');
    expect(kernel.mismatch).toBeUndefined();
    const n = 200_000;
    const out = new Float64Array(n);
    kernel.fill(xoshiro128ForChunk(1, 0), out, 0, n);
    let mean = 0;
    let sq = 0;
    for (const l of out) mean -= l / n;
    for (const l of out) sq += (-l - mean) ** 2 / (n - 1);
    const kl = 3 * Math.log(3 / 5) + 2;
    // Five standard errors: fails for a wrong kernel, passes for a right one but for 6e-7 of seeds.
    expect(Math.abs(mean - kl)).toBeLessThan(5 * Math.sqrt(sq / n));
  });
});
