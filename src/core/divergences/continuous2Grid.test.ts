import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Normal2 } from '../distributions/types';
import { mixture2 as mix2, normal2 as n2 } from '../distributions/make';
import { INTEGRAND } from '../quadrature/measureIntegrands';
import { continuous2Measures } from './continuous2';
import { GRID_MAX_NODES, gridIntegrate2 } from './continuous2Grid';
import { renyiOrder } from './renyiTerms';
import { mixture2Arbitrary } from '../../test/mixture2Arbitrary';

/** Σ of an N2 as [a, b; b, d]. */
const cov = (c: Normal2) => [c.sx * c.sx, c.rho * c.sx * c.sy, c.sy * c.sy] as const;
const det = ([a, b, d]: readonly number[]) => a! * d! - b! * b!;
/** xᵀ Σ⁻¹ x for Σ = [a, b; b, d]. */
const mahalanobis2 = (s: readonly number[], x: number, y: number) =>
  (s[2]! * x * x - 2 * s[1]! * x * y + s[0]! * y * y) / det(s);

/** KL(N(μ₁, Σ₁) ‖ N(μ₂, Σ₂)) = ½[tr(Σ₂⁻¹Σ₁) + Δᵀ Σ₂⁻¹ Δ − 2 + ln(|Σ₂|/|Σ₁|)], by hand. */
function klGaussian(p: Normal2, q: Normal2): number {
  const [a1, b1, d1] = cov(p);
  const s2 = cov(q);
  const trace = (s2[2] * a1 - 2 * s2[1] * b1 + s2[0] * d1) / det(s2);
  const m = mahalanobis2(s2, p.mx - q.mx, p.my - q.my);
  return 0.5 * (trace + m - 2 + Math.log(det(s2) / det([a1, b1, d1])));
}

/** Φ(z) from the Maclaurin series of erf (|z| < 3 here). */
function normalCdf(z: number): number {
  // erf(x) = 2/√π Σ (−1)ⁿ x^(2n+1) / (n! (2n + 1)), converging for the |x| < 3 used here.
  const x = z / Math.SQRT2;
  let term = x;
  let sum = x;
  for (let n = 1; n < 200; n++) {
    term *= (-x * x) / n;
    sum += term / (2 * n + 1);
  }
  return 0.5 * (1 + (2 / Math.sqrt(Math.PI)) * sum);
}

describe('gridIntegrate2', () => {
  const p = n2(0, 0, 1, 1.2, 0.4);
  const q = n2(0.8, -0.5, 1.3, 0.9, -0.2);

  it('integrates KL(P‖Q) of two N2 to the closed form, within its stated error', () => {
    const grid = gridIntegrate2(p, q, renyiOrder(0.5))!;
    expect(grid).not.toBeNull();
    const exact = klGaussian(p, q);
    const { klPQ } = INTEGRAND;
    expect(Math.abs(grid.values[klPQ]! - exact)).toBeLessThanOrEqual(grid.errors[klPQ]!);
    // A real first pass: the estimate is of the coarse order, not a blanket bound.
    expect(grid.errors[klPQ]!).toBeLessThan(1e-3 * exact);
    expect(Math.abs(grid.values[INTEGRAND.klQP]! - klGaussian(q, p))).toBeLessThanOrEqual(
      grid.errors[INTEGRAND.klQP]!,
    );
  });

  it('integrates TV of two N2 with one covariance to 2Φ(δ/2) − 1 (δ the Mahalanobis distance)', () => {
    const a = n2(0, 0, 1, 1.5, 0.5);
    const b = n2(1, 0.5, 1, 1.5, 0.5);
    const delta = Math.sqrt(mahalanobis2(cov(a), 1, 0.5));
    const exact = 2 * normalCdf(delta / 2) - 1;
    const grid = gridIntegrate2(a, b, renyiOrder(0.5))!;
    const { tv } = INTEGRAND;
    expect(Math.abs(grid.values[tv]! - exact)).toBeLessThanOrEqual(grid.errors[tv]!);
    // The kinks' bound, not a blanket one: TV's first pass stays within 10 %.
    expect(grid.errors[tv]!).toBeLessThan(0.1 * exact);
  });

  it('bounds TV when p = q runs along the grid: pairs shifted in x only and in y only', () => {
    // N2(0, 0, 1, 1, 0) against a unit shift: TV = 2Φ(1/2) − 1 either way. Shifted in y, p = q is
    // the row y = ½ and every column crosses it at the same place, so nothing cancels.
    const exact = 2 * normalCdf(0.5) - 1;
    const { tv } = INTEGRAND;
    for (const b of [n2(1, 0, 1, 1, 0), n2(0, 1, 1, 1, 0)]) {
      const grid = gridIntegrate2(n2(0, 0, 1, 1, 0), b, renyiOrder(0.5))!;
      expect(Math.abs(grid.values[tv]! - exact)).toBeLessThanOrEqual(grid.errors[tv]!);
      expect(grid.errors[tv]!).toBeLessThan(0.25 * exact);
    }
  });

  it('integrates the Rényi mass ∫p^α q^(1−α) to its closed form at α = 2', () => {
    // ∫p²/q = |Σ₂| / (|Σ₁| √|2Σ₂ − Σ₁|) · exp(Δᵀ(2Σ₂ − Σ₁)⁻¹Δ), Σα = αΣ₂ + (1 − α)Σ₁, by hand.
    const a = n2(0, 0, 1, 1, 0.3);
    const b = n2(0.5, 0.2, 1.4, 1.3, 0);
    const [a1, b1, d1] = cov(a);
    const [a2, b2, d2] = cov(b);
    const sAlpha = [2 * a2 - a1, 2 * b2 - b1, 2 * d2 - d1];
    const exact =
      (det([a2, b2, d2]) / (Math.sqrt(det([a1, b1, d1])) * Math.sqrt(det(sAlpha)))) *
      Math.exp(mahalanobis2(sAlpha, a.mx - b.mx, a.my - b.my));
    const grid = gridIntegrate2(a, b, renyiOrder(2))!;
    const { renyiMass } = INTEGRAND;
    expect(Math.abs(grid.values[renyiMass]! - exact)).toBeLessThanOrEqual(grid.errors[renyiMass]!);
    expect(grid.errors[renyiMass]!).toBeLessThan(1e-3 * exact);
  });

  it('leaves a thin ridge to the adaptive pass (too many nodes), which still answers coarsely', () => {
    const ridge = mix2([0.5, n2(0, 0, 1, 1, 0.999)], [0.5, n2(2, 0, 1, 1, -0.999)]);
    const wide = n2(0, 0, 2, 2, 0);
    expect(gridIntegrate2(ridge, wide, renyiOrder(0.5))).toBeNull();
    const coarse = continuous2Measures(ridge, wide, 'coarse');
    const fine = continuous2Measures(ridge, wide);
    expect(coarse.klPQ.coarse).toBe(true);
    expect(Math.abs(coarse.klPQ.value - fine.klPQ.value)).toBeLessThanOrEqual(
      coarse.klPQ.error + fine.klPQ.error,
    );
  });

  it('takes the grid for the mixtures bench:ui drags, far under its node budget', () => {
    const mp = mix2(
      [0.4, n2(-2, 0, 1, 1, 0.3)],
      [0.3, n2(2, 0, 1, 0.8, -0.3)],
      [0.3, n2(0, 2, 0.7, 1, 0)],
    );
    const mq = mix2(
      [0.3, n2(-1.5, 0.5, 1.2, 1, 0)],
      [0.4, n2(1.5, -0.5, 1, 1.1, 0.2)],
      [0.3, n2(0, -2, 0.8, 0.8, 0)],
    );
    const grid = gridIntegrate2(mp, mq, renyiOrder(0.5))!;
    expect(grid.nodes).toBeLessThan(GRID_MAX_NODES / 4);
    const fine = continuous2Measures(mp, mq);
    for (const key of ['klPQ', 'klQP', 'js', 'hP', 'tv'] as const)
      expect(Math.abs(grid.values[INTEGRAND[key]]! - fine[key].value), key).toBeLessThanOrEqual(
        grid.errors[INTEGRAND[key]]! + fine[key].error,
      );
  });

  it('bounds its distance from the fine values on seeded random mixtures it resolves', () => {
    const mixture = mixture2Arbitrary({ mean: 3, sigma: [0.5, 2], rho: 0.8, maxComponents: 3 });
    fc.assert(
      fc.property(mixture, mixture, (a, b) => {
        const grid = gridIntegrate2(a, b, renyiOrder(0.5));
        expect(grid).not.toBeNull();
        const fine = continuous2Measures(a, b);
        for (const key of ['klPQ', 'klQP', 'js', 'cePQ', 'hP', 'hQ', 'tv', 'hellinger'] as const)
          expect(
            Math.abs(grid!.values[INTEGRAND[key]]! - fine[key].value),
            key,
          ).toBeLessThanOrEqual(grid!.errors[INTEGRAND[key]]! + fine[key].error);
      }),
      { seed: 2026, numRuns: 15 },
    );
  });
});
