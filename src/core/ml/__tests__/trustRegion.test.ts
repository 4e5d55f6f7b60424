import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { categoricalKlFromLogits } from '../categoricalKl';
import { softmax } from '../softmax';
import { policyGradient, trustRegionMaxStep, trustRegionStep } from '../trustRegion';
import { expectClose } from './helpers';

// scripts/references/ml_vae_trust.py (mpmath, 50 digits).
const z = [0.5, -0.2, 1.0, 0];
const A = [1, -0.5, 0.3, 2];
const gradRef = [0.0918177205770224, -0.15294152186471952, -0.1562287675323105, 0.2173525688200076];

describe('RL trust region', () => {
  it.each([
    {
      eta: 0.7,
      oldNew: 0.005689846515130936,
      newOld: 0.0057735122971229,
      surrogate: 0.7301367024145166,
      penalized: 0.7187570093842547,
      rel: 1e-12,
    },
    {
      eta: 5,
      oldNew: 0.2982288345420859,
      newOld: 0.28656852571412944,
      surrogate: 1.2113640241221222,
      penalized: 0.6149063550379504,
      rel: 1e-12,
    },
    // η = 1e-6: KL ≈ 1e-14, where the direct Σ p(log p − log q) would keep only ~2 digits.
    {
      eta: 1e-6,
      oldNew: 1.1424152517859437e-14,
      newOld: 1.1424152809472131e-14,
      surrogate: 0.6555149606505476,
      penalized: 0.6555149606505247,
      rel: 1e-9,
    },
  ])('step η = $eta', ({ eta, oldNew, newOld, surrogate, penalized, rel }) => {
    const r = trustRegionStep(z, A, eta, { delta: 0.01, beta: 2 });
    r.gradient.forEach((g, k) => expectClose(g, gradRef[k]!, 1e-13));
    expectClose(r.klOldNew.value, oldNew, rel, 0);
    expectClose(r.klNewOld.value, newOld, rel, 0);
    expectClose(r.surrogate, surrogate, 1e-13);
    expectClose(r.penalizedObjective, penalized, 1e-13);
    expectClose(r.expectedAdvantageOld, 0.6555148571793729, 1e-14);
    expect(r.exceedsOldNew).toBe(oldNew > 0.01);
    expect(r.exceedsNewOld).toBe(newOld > 0.01);
  });

  it('the policy gradient matches a central finite difference of E_π[A]', () => {
    const expected = (logits: number[]) =>
      softmax(logits).probs.reduce((s, p, k) => s + p * A[k]!, 0);
    const g = policyGradient(z, A);
    const h = 1e-6;
    z.forEach((_, k) => {
      const up = z.map((v, j) => (j === k ? v + h : v));
      const down = z.map((v, j) => (j === k ? v - h : v));
      expectClose((expected(up) - expected(down)) / (2 * h), g[k]!, 1e-8, 1e-10);
    });
  });

  it.each([
    { delta: 0.01, direction: 'old-new' as const, eta: 0.9258795467348236 },
    { delta: 0.01, direction: 'new-old' as const, eta: 0.9177579838916388 },
    { delta: 0.1, direction: 'old-new' as const, eta: 2.891627886101463 },
    { delta: 0.1, direction: 'new-old' as const, eta: 2.867370668712111 },
  ])('largest η with KL ≤ $delta ($direction) by bisection', ({ delta, direction, eta }) => {
    const r = trustRegionMaxStep(z, A, delta, { direction });
    expect(r.reachesBound).toBe(true);
    expectClose(r.eta, eta, 1e-10);
  });

  it('KL(π_new‖π_old) is bounded by −log π_old(best action) = 1.822…: a larger δ is never reached', () => {
    expect(trustRegionMaxStep(z, A, 2, { direction: 'new-old' })).toEqual({
      eta: 1e6,
      reachesBound: false,
    });
    expect(trustRegionMaxStep(z, [1, 1, 1, 1], 0.01).reachesBound).toBe(false); // zero gradient
  });

  it('masked actions stay masked and get no gradient', () => {
    const r = trustRegionStep([0, -Infinity, 1], [1, 5, 0], 1);
    expect(r.gradient[1]).toBe(0);
    expect(r.newPolicy.probs[1]).toBe(0);
    expect(Number.isFinite(r.klOldNew.value)).toBe(true);
  });

  it('throws on invalid arguments', () => {
    expect(() => trustRegionStep(z, A, -1)).toThrow(RangeError);
    expect(() => trustRegionStep(z, [1], 1)).toThrow(RangeError);
    expect(() => trustRegionStep([-Infinity, -Infinity], [1, 2], 1)).toThrow(RangeError);
    expect(() => trustRegionMaxStep(z, A, 0)).toThrow(RangeError);
  });

  it('property (seed 11): KLs ≥ 0, never NaN, non-decreasing in η; accurate path agrees with the direct sum', () => {
    const vec = fc.array(fc.double({ min: -5, max: 5, noNaN: true }), {
      minLength: 2,
      maxLength: 8,
    });
    fc.assert(
      fc.property(vec, vec, fc.double({ min: 0, max: 20, noNaN: true }), (logits, adv, eta) => {
        const n = Math.min(logits.length, adv.length);
        const l = logits.slice(0, n);
        const a = adv.slice(0, n);
        const r1 = trustRegionStep(l, a, eta);
        const r2 = trustRegionStep(l, a, eta * 1.5 + 0.01);
        for (const v of [r1.klOldNew.value, r1.klNewOld.value, r1.penalizedObjective]) {
          expect(Number.isNaN(v)).toBe(false);
        }
        expect(r1.klOldNew.value).toBeGreaterThanOrEqual(0);
        expect(r2.klOldNew.value).toBeGreaterThanOrEqual(r1.klOldNew.value * (1 - 1e-12));
        expect(r2.klNewOld.value).toBeGreaterThanOrEqual(r1.klNewOld.value * (1 - 1e-12));
      }),
      { seed: 11, numRuns: 300 },
    );
  });

  it('categoricalKlFromLogits: both paths agree where both are accurate (|δ| ≈ 1)', () => {
    // δ = [0, 0.999] takes the series path, δ = [0, 1.001] the direct one; KL is smooth across.
    const a = categoricalKlFromLogits([0, 0], [0, 0.999]).value;
    const b = categoricalKlFromLogits([0, 0], [0, 1.001]).value;
    // Hand: KL([½,½] ‖ softmax([0, d])) = log(1 + e^d) − d/2 − ln 2, derivative ≈ 0.231 at d = 1.
    const exact = (d: number) => Math.log1p(Math.exp(d)) - d / 2 - Math.LN2;
    expectClose(a, exact(0.999), 1e-13);
    expectClose(b, exact(1.001), 1e-13);
  });
});
