import { describe, expect, it } from 'vitest';
import { renyiGapTerm, renyiOrder } from './renyiTerms';

describe('renyiGapTerm', () => {
  it('is αp + (1 − α)q − p^α q^(1−α)', () => {
    // By hand: p = 0.2, q = 0.5, α = ½: 0.1 + 0.25 − √0.1; α = 2: 0.4 − 0.5 − 0.04/0.5.
    const [p, q] = [0.2, 0.5];
    const [lp, lq] = [Math.log(p), Math.log(q)];
    expect(renyiGapTerm(lp, p, lq, q, renyiOrder(0.5))).toBeCloseTo(0.35 - Math.sqrt(0.1), 15);
    expect(renyiGapTerm(lp, p, lq, q, renyiOrder(2))).toBeCloseTo(-0.18, 15);
  });

  it('returns 0 for a term whose sign disagrees with 1 − α (rounding between p and its log)', () => {
    // p = q as doubles but ln q a few roundings above ln p: the unclamped term,
    // −p·expm1((1 − α)·1e-15), has the sign opposite to 1 − α for either order.
    const p = 0.3;
    const [lp, lq] = [Math.log(p), Math.log(p) + 1e-15];
    expect(renyiGapTerm(lp, p, lq, p, renyiOrder(0.5))).toBe(0);
    expect(renyiGapTerm(lp, p, lq, p, renyiOrder(2))).toBe(0);
  });

  it('keeps the support-mismatch ends: αp for α < 1, −∞ for α > 1 where q = 0', () => {
    expect(renyiGapTerm(Math.log(0.4), 0.4, -Infinity, 0, renyiOrder(0.25))).toBeCloseTo(0.1, 15);
    expect(renyiGapTerm(Math.log(0.4), 0.4, -Infinity, 0, renyiOrder(3))).toBe(-Infinity);
  });
});
