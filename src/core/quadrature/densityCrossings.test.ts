import { describe, expect, it } from 'vitest';
import { densityCrossings } from './densityCrossings';

describe('densityCrossings', () => {
  it('finds where N(0,1) and N(1,2) cross, by hand: 3x² + 2x − (1 + 8 ln 2) = 0', () => {
    // ln p − ln q = −x²/2 + (x − 1)²/8 + ln 2 (the ½ ln 2π cancel).
    const diff = (x: number) => -0.5 * x * x + ((x - 1) / 2) ** 2 / 2 + Math.log(2);
    const c = 1 + 8 * Math.LN2;
    const roots = [(-2 - Math.sqrt(4 + 12 * c)) / 6, (-2 + Math.sqrt(4 + 12 * c)) / 6];
    const found = densityCrossings(diff, [-10, -3, 0, 3, 10]);
    expect(found).toHaveLength(2);
    found.forEach((x, i) => expect(Math.abs(x - roots[i]!)).toBeLessThan(1e-14));
  });

  it('does not report a support edge, where one density is 0, as a crossing', () => {
    // U(0, 1) against N(0.5, 0.2²): ln p − ln q is −∞ outside [0, 1] and, inside, −ln q, which is 0
    // where q = 1: x = 0.5 ± 0.2·√(2 ln(1/(0.2√(2π)))), by hand. Only those two count.
    const s = 0.2;
    const lq = (x: number) => -Math.log(s * Math.sqrt(2 * Math.PI)) - (x - 0.5) ** 2 / (2 * s * s);
    const diff = (x: number) => (x >= 0 && x <= 1 ? 0 : -Infinity) - lq(x);
    const w = s * Math.sqrt(2 * Math.log(1 / (s * Math.sqrt(2 * Math.PI))));
    const found = densityCrossings(diff, [-5, 0, 0.5, 1, 5]);
    expect(found).toHaveLength(2);
    expect(Math.abs(found[0]! - (0.5 - w))).toBeLessThan(1e-14);
    expect(Math.abs(found[1]! - (0.5 + w))).toBeLessThan(1e-14);
  });
});
