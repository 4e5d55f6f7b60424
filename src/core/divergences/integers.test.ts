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
        expect(Math.abs(m.value - ref[i]!)).toBeLessThanOrEqual(m.error + 1e-12 * ref[i]!);
      });
      expectNear('symKl', a.measures.symKl.value, ref[0]! + ref[1]!, 1e-11);
    });
  }

  for (const [p, q, lo, hi] of WINDOWS) {
    it(`${p} vs ${q}: bars ${lo}…${hi}, labelled by outcome, where the mass is`, () => {
      const a = analysePair(spec(p), spec(q));
      if (!a.ok || a.view.kind !== 'discrete') throw new Error('no discrete view');
      expect(a.view.integers).toEqual({ first: lo, capped: false });
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
      first: Math.floor((9200 + 10310 + 1 - 300) / 2),
      count: 300,
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
