import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { K3_TABLE_LIMIT, k3FromLogRatio, k3FromLogRatioWide, k3InTable } from './estimators';
import { INV_LN2_64, LN2_64_HI, LN2_64_LO } from '../numeric/fastExp';
import { K3_TABLE, K3_TABLE_K, K3_TABLE_MASK } from './k3Table';
import { LogRatioAccumulator } from './moments';

const h = LN2_64_HI + LN2_64_LO;

describe('K3_TABLE', () => {
  // e^{kh} − 1 − kh, e^{kh} − 1, e^{kh} with h = LN2_64_HI + LN2_64_LO exactly, mpmath at 50 digits
  // rounded to double (the table claims correct rounding, so the comparison is exact).
  const reference: [number, number, number, number][] = [
    [1, 5.886135545131456e-5, 0.01088928605170046, 1.0108892860517005],
    [-1, 5.843789022462959e-5, -0.010771986806024515, 0.9892280131939755],
    [37, 0.09218201453004647, 0.49290772829126484, 1.4929077282912648],
    [-200, 1.280710444650413, -0.8853744945994161, 0.1146255054005839],
    [511, 246.70802435787442, 252.24237137765772, 253.24237137765772],
    [-511, 4.5382958060569525, -0.9960512137263605, 0.003948786273639455],
  ];
  it.each(reference)('k = %i: Cₖ, Eₖ, Tₖ correctly rounded', (k, c, e, t) => {
    const i = 4 * (k + K3_TABLE_K);
    expect([K3_TABLE[i], K3_TABLE[i + 1], K3_TABLE[i + 2]]).toEqual([c, e, t]);
  });

  // Whether k3InTable reduces with fastExp's constants is checked by its values (the table below
  // straddles the k = ±1 cell edges, where another reduction would pick another cell); here only the
  // sizes that keep every reachable cell inside the table.
  it('the table covers round(64ℓ/ln 2) for every ℓ in range, with room for rounding', () => {
    // The range keeps round(64ℓ/ln2) inside the table with room for rounding.
    expect(K3_TABLE_LIMIT * INV_LN2_64 + 1).toBeLessThan(K3_TABLE_K);
    expect(2 * K3_TABLE_K + 1).toBeLessThanOrEqual(K3_TABLE_MASK + 1);
  });
});

describe('k3InTable', () => {
  // expm1(ℓ) − ℓ at 50 digits (mpmath) for the double nearest each literal, rounded to double:
  // points at both ends of the range, near ℓ = 0 and on both sides of the k = ±1 cell edges (±h/2).
  const table: [number, number][] = [
    [-5.5, 4.504086771438464],
    [-3.3, 2.33688316740124],
    [-0.7, 0.19658530379140948],
    [-0.15, 0.010707976425057806],
    [-0.0162, 0.0001305142725083551],
    [-0.0054154, 1.4636845203571592e-5],
    [-0.005415, 1.4634684977877622e-5],
    [-0.0027, 3.641721713142296e-6],
    [-1e-5, 4.999983333375001e-11],
    [1e-10, 5.000000000166667e-21],
    [3e-6, 4.500004500003375e-12],
    [0.005415, 1.4687611671598985e-5],
    [0.0054154, 1.468978362707804e-5],
    [0.0108, 5.8530520097047464e-5],
    [0.69, 0.30371553324308226],
    [2.5, 8.682493960703473],
    [5.5, 238.19193226422038],
  ];
  it.each(table)('k3(%f) to 5 ulp (1.2e-15 relative)', (l, exact) => {
    expect(Math.abs(k3InTable(l, K3_TABLE) - exact) / exact).toBeLessThan(1.2e-15);
    expect(k3FromLogRatio(l)).toBe(k3InTable(l, K3_TABLE));
  });

  it('seed 42: agrees with the series/expTable path to 1e-13 over its whole range, never negative', () => {
    fc.assert(
      fc.property(fc.double({ min: -K3_TABLE_LIMIT, max: K3_TABLE_LIMIT, noNaN: true }), (l) => {
        const v = k3InTable(l, K3_TABLE);
        const w = k3FromLogRatioWide(l);
        // The absolute floor covers |ℓ| < 1e-154, where ℓ²/2 is subnormal in both.
        return v >= 0 && Math.abs(v - w) <= 1e-13 * w + 1e-300;
      }),
      { seed: 42, numRuns: 20_000 },
    );
  });

  it('is never negative across the cells next to 0, where the identity cancels most', () => {
    let negative = 0;
    for (let k = -3; k <= 3; k++) {
      for (let t = -1.02; t <= 1.02; t += 0.0005) {
        if (!(k3InTable(k * h + (t * h) / 2, K3_TABLE) >= 0)) negative++;
      }
    }
    expect(negative).toBe(0);
    expect(k3InTable(0, K3_TABLE)).toBe(0);
    expect(k3InTable(-0, K3_TABLE)).toBe(0);
  });
});

describe('LogRatioAccumulator with values outside the table', () => {
  it('mixes table and wide values, matching a two-pass computation to 1e-12', () => {
    const values = Float64Array.of(0.3, 6, -0.2, -7.5, 0.01, 5.6, -5.5, 2, 40, -0.004);
    const acc = new LogRatioAccumulator();
    acc.addBlock(values, 0, 3);
    acc.addBlock(values, 3, values.length - 3);
    const s = acc.snapshot();
    const k3 = Array.from(values, (l) => Math.expm1(l) - l);
    const mean = k3.reduce((a, b) => a + b, 0) / k3.length;
    const m2 = k3.reduce((a, v) => a + (v - mean) ** 2, 0);
    expect(Math.abs(s.k3.mean - mean) / mean).toBeLessThan(1e-12);
    expect(Math.abs(s.k3.m2 - m2) / m2).toBeLessThan(1e-12);
    expect(s.k3.count).toBe(values.length);
  });
});
