import { describe, expect, it } from 'vitest';
import { aliasDraw, aliasTable } from './alias';
import { normalDraw } from './normal';
import { mix32 } from './splitmix32';
import { Xoshiro128, xoshiro128ForChunk, xoshiro128FromSeed } from './xoshiro128';

// Reference values: scripts/references/montecarlo_reference.py (an independent Python
// implementation of xoshiro128** from the C reference, with explicit 32-bit masking).
describe('xoshiro128** and seeding', () => {
  it('matches the reference outputs from raw state (1, 2, 3, 4)', () => {
    const rng = new Xoshiro128(1, 2, 3, 4);
    const out = Array.from({ length: 6 }, () => rng.nextUint32());
    expect(out).toEqual([11520, 0, 5927040, 70819200, 2031721883, 1637235492]);
  });

  it('mix32 matches the reference', () => {
    expect([mix32(0), mix32(1), mix32(0xdeadbeef)]).toEqual([0, 1364076727, 233162409]);
  });

  it('seeds and chunk streams match the reference hash', () => {
    expect(
      xoshiro128FromSeed(42)
        .state()
        .map((w) => w >>> 0),
    ).toEqual([1812528471, 2899972107, 3691524420, 469116917]);
    const rng = xoshiro128ForChunk(42, 7);
    expect(Array.from({ length: 4 }, () => rng.nextUint32())).toEqual([
      2073702117, 2970731334, 229620091, 73220229,
    ]);
  });

  it('rejects invalid seeds and the all-zero state', () => {
    expect(() => xoshiro128FromSeed(-1)).toThrow(RangeError);
    expect(() => xoshiro128FromSeed(1.5)).toThrow(RangeError);
    expect(() => xoshiro128ForChunk(1, 2 ** 53)).toThrow(RangeError);
    expect(() => new Xoshiro128(0, 0, 0, 0)).toThrow(RangeError);
  });

  it('same seed gives the same stream; different chunks share no values', () => {
    const a = xoshiro128ForChunk(123, 0);
    const b = xoshiro128ForChunk(123, 0);
    const c = xoshiro128ForChunk(123, 1);
    const d = xoshiro128ForChunk(124, 0);
    const xa = Array.from({ length: 1000 }, () => a.nextUint32());
    const xb = Array.from({ length: 1000 }, () => b.nextUint32());
    expect(xa).toEqual(xb);
    const seen = new Set(xa);
    for (let i = 0; i < 1000; i++) {
      expect(seen.has(c.nextUint32())).toBe(false);
      expect(seen.has(d.nextUint32())).toBe(false);
    }
  });
});

describe('uniforms', () => {
  // U(0,1): mean ½, variance 1/12; the sample mean's SE is √(1/12/n), the sample variance's
  // SE is √((μ₄ − σ⁴)/n) with μ₄ = 1/80, σ⁴ = 1/144.
  it('seed 7: mean and variance within 4 SE, values strictly inside (0, 1)', () => {
    const n = 200_000;
    const rng = xoshiro128FromSeed(7);
    let s = 0;
    let s2 = 0;
    let min = 1;
    let max = 0;
    for (let i = 0; i < n; i++) {
      const u = rng.nextUniform();
      s += u;
      s2 += u * u;
      if (u < min) min = u;
      if (u > max) max = u;
    }
    const mean = s / n;
    const variance = s2 / n - mean * mean;
    expect(Math.abs(mean - 0.5)).toBeLessThan(4 * Math.sqrt(1 / 12 / n));
    expect(Math.abs(variance - 1 / 12)).toBeLessThan(4 * Math.sqrt((1 / 80 - 1 / 144) / n));
    expect(min).toBeGreaterThan(0);
    expect(max).toBeLessThan(1);
  });

  it('a zero high word gives a tiny positive uniform, not 0', () => {
    // The output is rotl(s1·5, 7)·9, so state (1, 0, 0, 0) first outputs 0; the update then makes
    // s1 = s1 ^ (s2 ^ s0) = 1, so the second word is rotl(5, 7)·9 = 5760, whose top 26 bits are
    // 5760 >>> 6 = 90: u = (0·2²⁶ + 90 + ½)/2⁵².
    const zero = new Xoshiro128(1, 0, 0, 0);
    const u = zero.nextUniform();
    expect(u).toBeGreaterThan(0);
    expect(Math.abs(u - 90.5 * 2 ** -52)).toBeLessThan(1e-30);
  });
});

describe('standard normal (ziggurat)', () => {
  // Raw moments of N(0,1): E Z = 0, E Z² = 1, E Z³ = 0, E Z⁴ = 3. The SE of the sample mean of Zᵏ is
  // √(Var Zᵏ / n) with Var Z = 1, Var Z² = 3 − 1 = 2, Var Z³ = 15, Var Z⁴ = 105 − 9 = 96.
  it('seed 11: first four moments within 4 SE over 400,000 draws', () => {
    const n = 400_000;
    const rng = xoshiro128FromSeed(11);
    let m1 = 0;
    let m2 = 0;
    let m3 = 0;
    let m4 = 0;
    let tail = 0;
    for (let i = 0; i < n; i++) {
      const z = normalDraw(rng);
      const z2 = z * z;
      m1 += z;
      m2 += z2;
      m3 += z2 * z;
      m4 += z2 * z2;
      if (Math.abs(z) > 3.4426198558966521) tail++;
    }
    m1 /= n;
    m2 /= n;
    m3 /= n;
    m4 /= n;
    expect(Math.abs(m1)).toBeLessThan(4 / Math.sqrt(n));
    expect(Math.abs(m2 - 1)).toBeLessThan(4 * Math.sqrt(2 / n));
    expect(Math.abs(m3)).toBeLessThan(4 * Math.sqrt(15 / n));
    expect(Math.abs(m4 - 3)).toBeLessThan(4 * Math.sqrt(96 / n));
    // The tail path: P(|Z| > r) = erfc(r/√2) = 5.7610851239664163e-4 (montecarlo_reference.py);
    // binomial SE √(p(1 − p)/n).
    const p = 5.7610851239664163e-4;
    expect(Math.abs(tail / n - p)).toBeLessThan(4 * Math.sqrt((p * (1 - p)) / n));
  });

  it('seed 5: CDF at several points within 4 SE (checks the shape, wedges included)', () => {
    // Φ(x) from tables: Φ(−2) = 0.022750131948179, Φ(−1) = 0.158655253931457, Φ(0) = ½,
    // Φ(0.5) = 0.691462461274013, Φ(1.5) = 0.933192798731142.
    const points: [number, number][] = [
      [-2, 0.022750131948179],
      [-1, 0.158655253931457],
      [0, 0.5],
      [0.5, 0.691462461274013],
      [1.5, 0.933192798731142],
    ];
    const n = 200_000;
    const rng = xoshiro128FromSeed(5);
    const counts = points.map(() => 0);
    for (let i = 0; i < n; i++) {
      const z = normalDraw(rng);
      points.forEach(([x], j) => {
        if (z <= x) counts[j]!++;
      });
    }
    points.forEach(([, phi], j) => {
      expect(Math.abs(counts[j]! / n - phi)).toBeLessThan(4 * Math.sqrt((phi * (1 - phi)) / n));
    });
  });
});

describe('alias table', () => {
  it.each([
    { weights: [1, 2, 3, 4], seed: 3 },
    { weights: [0.1, 0, 0.6, 0.3, 0], seed: 4 },
    { weights: [1e-3, 1, 1, 1, 1, 1, 1, 1], seed: 5 },
  ])(
    'seed $seed: frequencies of $weights pass a chi-square bound; zeros never drawn',
    ({ weights, seed }) => {
      const n = 100_000;
      const table = aliasTable(weights);
      const rng = xoshiro128FromSeed(seed);
      const counts = new Array<number>(weights.length).fill(0);
      for (let i = 0; i < n; i++) counts[aliasDraw(table, rng)]!++;
      const total = weights.reduce((a, b) => a + b, 0);
      let chi2 = 0;
      let df = -1;
      weights.forEach((w, k) => {
        if (w === 0) {
          expect(counts[k]).toBe(0);
          return;
        }
        const e = (n * w) / total;
        chi2 += (counts[k]! - e) ** 2 / e;
        df++;
      });
      // χ² with df ≤ 7 degrees of freedom exceeds 30 with probability < 1e-4.
      expect(df).toBeLessThanOrEqual(7);
      expect(chi2).toBeLessThan(30);
    },
  );

  it('rejects empty, negative and all-zero weights', () => {
    expect(() => aliasTable([])).toThrow(RangeError);
    expect(() => aliasTable([1, -1])).toThrow(RangeError);
    expect(() => aliasTable([0, 0])).toThrow(RangeError);
  });
});
