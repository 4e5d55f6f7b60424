import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { logAddExp } from '../numeric/logspace';
import { expectClose } from '../../test/tolerance';
import {
  INTEGRAND,
  MEASURE_INTEGRAND_DIM,
  writeMeasureIntegrands,
} from '../quadrature/measureIntegrands';
import { renyiOrder } from '../divergences/renyiTerms';
import { INTEGRATED_KEYS, MEASURE_KEYS, MEASURES, POINTWISE } from './table';

describe('the measures table', () => {
  it('gives every measure a distinct key and test id', () => {
    expect(new Set(MEASURE_KEYS).size).toBe(MEASURES.length);
    expect(new Set(MEASURES.map((m) => m.testId)).size).toBe(MEASURES.length);
  });

  it('derives the integrand indices the inlined writer uses', () => {
    // The table's integrated measures, then the Rényi divergence's gap and mass.
    expect(MEASURE_INTEGRAND_DIM).toBe(INTEGRATED_KEYS.length + 2);
    expect([INTEGRAND.renyiGap, INTEGRAND.renyiMass]).toEqual([8, 9]);
    // p = 0.5, q = 0.25 at one point, by hand: log p = −ln 2, log q = −2 ln 2, m = 0.375.
    const out = new Float64Array(MEASURE_INTEGRAND_DIM);
    const [p, q] = [0.5, 0.25];
    const alpha = 0.3;
    writeMeasureIntegrands(Math.log(p), Math.log(q), out, 0, renyiOrder(alpha, 0.1));
    const expected: Record<(typeof INTEGRATED_KEYS)[number], number> = {
      klPQ: p * Math.log(p / q),
      klQP: q * Math.log(q / p),
      js: 0.5 * (p * Math.log(p / 0.375) + q * Math.log(q / 0.375)),
      cePQ: -p * Math.log(q),
      hP: -p * Math.log(p),
      hQ: -q * Math.log(q),
      tv: 0.5 * (p - q),
      hellinger: 0.5 * (Math.sqrt(p) - Math.sqrt(q)) ** 2,
    };
    for (const key of INTEGRATED_KEYS) expect(out[INTEGRAND[key]]).toBeCloseTo(expected[key], 14);
    // Rényi's two, by hand: αp + (1−α)q − p^α q^(1−α), and p^α q^(1−α)/e^0.1.
    const mass = p ** alpha * q ** (1 - alpha);
    expect(out[INTEGRAND.renyiGap]).toBeCloseTo(alpha * p + (1 - alpha) * q - mass, 14);
    expect(out[INTEGRAND.renyiMass]).toBeCloseTo(mass / Math.exp(0.1), 14);
  });
});

describe("the table's pointwise terms", () => {
  // Log-densities from a point where both vanish to a 2-D spike's 1e300, and exact zeros.
  const logDensity = fc.oneof(
    fc.double({ min: -745, max: 690, noNaN: true }),
    fc.constant(-Infinity),
  );
  const density = (l: number) => (l === -Infinity ? 0 : Math.exp(l));

  it('are what the inlined writer writes (seed 20261202)', () => {
    const out = new Float64Array(MEASURE_INTEGRAND_DIM);
    fc.assert(
      fc.property(logDensity, logDensity, (lp, lq) => {
        writeMeasureIntegrands(lp, lq, out, 0, renyiOrder(0.5));
        const [p, q] = [density(lp), density(lq)];
        const lpq = logAddExp(lp, lq);
        for (const m of POINTWISE) {
          // An infinite measure's term is never evaluated where it is infinite (p > 0 = q for KL).
          if (m.infiniteWhere === 'P-beyond-Q' && p > 0 && q === 0) continue;
          if (m.infiniteWhere === 'Q-beyond-P' && q > 0 && p === 0) continue;
          // Up to rounding of the parts (ln(p + q) from one log or from logaddexp).
          const logs = (p && Math.abs(lp)) + (q && Math.abs(lq)) + (p + q && Math.abs(lpq));
          const parts = (p + q) * (1 + logs);
          expectClose(out[INTEGRAND[m.key]]!, m.term(lp, p, lq, q, lpq), 1e-13, 1e-15 * parts);
        }
      }),
      { seed: 20261202, numRuns: 2000 },
    );
  });

  it("sum, in their sums' form, to the same measure over probability vectors", () => {
    // P = (½, ¼, ¼), Q = (¼, ¼, ½): each sumTerm's total equals its term's total.
    const [p, q] = [
      [0.5, 0.25, 0.25],
      [0.25, 0.25, 0.5],
    ];
    for (const m of POINTWISE) {
      const total = (t: typeof m.term) =>
        p.reduce((s, pk, k) => {
          const qk = q[k]!;
          return s + t(Math.log(pk), pk, Math.log(qk), qk, Math.log(pk + qk));
        }, 0);
      expectClose(total(m.sumTerm ?? m.term), total(m.term), 1e-14, 1e-16);
    }
  });

  it("are homogeneous where the table says 'f-divergence' (the frames' fallback relies on it)", () => {
    fc.assert(
      fc.property(
        fc.double({ min: -50, max: 50, noNaN: true }),
        fc.double({ min: -50, max: 50, noNaN: true }),
        fc.double({ min: -30, max: 30, noNaN: true }),
        (lp, lq, lambda) => {
          const [p, q] = [Math.exp(lp), Math.exp(lq)];
          const s = Math.exp(lambda);
          for (const m of POINTWISE) {
            const at = (a: number, b: number) =>
              m.term(a, Math.exp(a), b, Math.exp(b), logAddExp(a, b));
            const scaled = at(lp + lambda, lq + lambda);
            if (m.kind === 'f-divergence')
              expectClose(scaled, s * at(lp, lq), 1e-10, 1e-12 * s * (p + q) + 1e-300);
            // An entropy's term is not: −λp·ln(λp) ≠ −λp·ln p (checked where it shows).
            else if (Math.abs(lambda) > 1 && p + q > 1e-6)
              expect(Math.abs(scaled - s * at(lp, lq))).toBeGreaterThan(0);
          }
        },
      ),
      { seed: 20261202, numRuns: 300 },
    );
  });
});
