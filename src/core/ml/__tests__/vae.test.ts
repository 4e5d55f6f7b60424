import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { vaeDimensionKl, vaeDimensionKlFromLogVar, vaeKl } from '../vae';
import { expectClose } from './helpers';

describe('VAE KL term', () => {
  // scripts/references/ml_vae_trust.py (mpmath, 50 digits, on the exact double inputs).
  it.each([
    { mu: 0, sigma: 1, kl: 0 },
    { mu: 1, sigma: 1, kl: 0.5 },
    { mu: 0.5, sigma: 0.8, kl: 0.16814355131420974 },
    { mu: -1.2, sigma: 2.5, kl: 2.428709268125845 },
    { mu: 0, sigma: 0.1, kl: 1.8075850929940456 },
    // σ ≈ 1, μ ≈ 0: the direct formula would cancel to noise; the reference keeps full precision.
    { mu: 1e-9, sigma: 1.00000001, kl: 1.0049999845117248e-16 },
    { mu: 0, sigma: 0.9999999, kl: 1.000000032280624e-14 },
    { mu: 0.003, sigma: 1.02, kl: 0.0004018727038202877 },
    { mu: 2, sigma: 0.5, kl: 2.3181471805599454 },
  ])('KL(N($mu, $sigma²) ‖ N(0, 1))', ({ mu, sigma, kl }) => {
    expectClose(vaeDimensionKl(mu, sigma), kl, 1e-13, 0);
  });

  it.each([
    { mu: 0.3, logVar: -0.4, kl: 0.08016002301781965 },
    { mu: 0, logVar: 1e-7, kl: 2.5000000833333353e-15 },
  ])('log-variance form μ=$mu, log σ²=$logVar', ({ mu, logVar, kl }) => {
    expectClose(vaeDimensionKlFromLogVar(mu, logVar), kl, 1e-13, 0);
  });

  it('total, β·total and the switched-off dimensions', () => {
    const r = vaeKl([0, 1, 0.003, 2], [1, 1, 1.02, 0.5], { beta: 4 });
    const total = 0 + 0.5 + 0.0004018727038202877 + 2.3181471805599454;
    expectClose(r.total, total);
    expectClose(r.betaTotal, 4 * total);
    expect(r.switchedOff).toEqual([0, 2]); // KL < 0.01 nats
    expect(vaeKl([0, 1], [1, 1], { threshold: 0.6 }).switchedOff).toEqual([0, 1]);
  });

  it('edge cases: σ = 0 gives +∞; invalid inputs throw', () => {
    expect(vaeDimensionKl(0.5, 0)).toBe(Infinity);
    expect(vaeDimensionKlFromLogVar(0, -Infinity)).toBe(Infinity);
    expect(vaeKl([0, 0], [0, 1]).total).toBe(Infinity);
    expect(vaeKl([0], [0], { beta: 0 }).betaTotal).toBe(0);
    expect(() => vaeDimensionKl(0, -1)).toThrow(RangeError);
    expect(() => vaeDimensionKl(NaN, 1)).toThrow(RangeError);
    expect(() => vaeDimensionKlFromLogVar(0, Infinity)).toThrow(RangeError);
    expect(() => vaeKl([0], [1, 1])).toThrow(RangeError);
    expect(() => vaeKl([], [])).toThrow(RangeError);
    expect(() => vaeKl([0], [1], { beta: -1 })).toThrow(RangeError);
  });

  it('property (seed 3): KL ≥ 0, never NaN, and the σ and log σ² forms agree', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -10, max: 10, noNaN: true }),
        fc.double({ min: 1e-3, max: 10, noNaN: true }),
        (mu, sigma) => {
          const kl = vaeDimensionKl(mu, sigma);
          expect(kl).toBeGreaterThanOrEqual(0);
          expectClose(vaeDimensionKlFromLogVar(mu, 2 * Math.log(sigma)), kl, 1e-9, 1e-15);
        },
      ),
      { seed: 3, numRuns: 500 },
    );
  });
});
