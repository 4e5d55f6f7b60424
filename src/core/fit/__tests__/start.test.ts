import { describe, expect, it } from 'vitest';
import type { Continuous1Spec } from '../../distributions/types';
import { forwardFit1Path, Forward1Objective } from '../forwardPath';
import { fitMixture1 } from '../mixture1';
import { reverseFit1Run } from '../reverse1';
import { defaultStart1, roundStep, snapToStep, startRanges1 } from '../start1';

const classic = (s: number): Continuous1Spec => ({
  family: 'mixture',
  components: [
    { weight: 0.5, component: { family: 'normal', mu: -s, sigma: 1 } },
    { weight: 0.5, component: { family: 'normal', mu: s, sigma: 1 } },
  ],
});
// scripts/references/fit_reverse.py (mpmath, 30 digits): the mode-locked optimum for s = 3.
const MODE_MU = 2.984305987835742;
const MODE_SIGMA = 1.023368559661197;

describe('round slider steps', () => {
  it.each([
    [0.17487, 0.1],
    [0.063, 0.05],
    [0.2, 0.2],
    [3, 2],
    [7, 5],
    [10, 10],
    [0.0199999999999, 0.02],
  ])('roundStep(%f) = %f', (x, step) => expect(roundStep(x)).toBeCloseTo(step, 14));
  it('snaps without binary noise', () => {
    expect(snapToStep(0.30000000000000004, 0.1)).toBe(0.3);
    expect(snapToStep(-1.53, 0.1)).toBe(-1.5);
  });
  it('½N(−3,1)+½N(3,1): μ over [−4 − 1.5√10, 4 + 1.5√10] in steps of 0.1, σ up to 2√10 in 0.05', () => {
    // Width 8 + 3√10 = 17.49 → 0.175 per hundredth → step 0.1; −4 − 4.743 = −8.743 → floor to −8.8.
    // σ: 2√10 = 6.325 → 0.063 → 0.05; min 0.3·1 = 0.3; max ceil(6.325 / 0.05)·0.05 = 6.35.
    const r = startRanges1(fitMixture1(classic(3)));
    expect(r.mu).toEqual({ min: -8.8, max: 8.8, step: 0.1 });
    expect(r.sigma.step).toBeCloseTo(0.05, 15);
    expect(r.sigma.min).toBe(0.3);
    expect(r.sigma.max).toBe(6.35);
  });
});

describe('the default start lies in one mode’s basin', () => {
  it('½N(−3,1)+½N(3,1): N(−4.5, 1), 1.5 σ beyond the first mode, away from the mean 0', () => {
    expect(defaultStart1(fitMixture1(classic(3)))).toEqual({ mu: -4.5, sigma: 1 });
  });
  it('the reverse path from it walks onto the mode at −3 (mpmath optimum), not the centred minimum', () => {
    const t = fitMixture1(classic(3));
    const run = reverseFit1Run(t, defaultStart1(t));
    expect(run.converged).toBe(true);
    expect(run.end.mu).toBeCloseTo(-MODE_MU, 6);
    expect(run.end.sigma).toBeCloseTo(MODE_SIGMA, 6);
    expect(run.path.length).toBeGreaterThan(2);
  });
  it('at s = 2.5 (below s*, where the centred Gaussian is global) it still ends on the mode at −2.5', () => {
    // Both mode-locked minima exist from s = 2.413 (fit_separation.py); the start is beyond the left
    // mode, where q's mass sees only that component, so the walk cannot reach the centred minimum.
    const t = fitMixture1(classic(2.5));
    const run = reverseFit1Run(t, defaultStart1(t));
    expect(Math.abs(run.end.mu + 2.5)).toBeLessThan(0.3);
    expect(run.end.sigma).toBeLessThan(1.5);
  });
  it('a heavier right mode (0.2 vs 0.8) puts the start on its right: μₖ = 3, mean 1.8, so 4.5', () => {
    const p: Continuous1Spec = {
      family: 'mixture',
      components: [
        { weight: 0.2, component: { family: 'normal', mu: -3, sigma: 1 } },
        { weight: 0.8, component: { family: 'normal', mu: 3, sigma: 1 } },
      ],
    };
    expect(defaultStart1(fitMixture1(p))).toEqual({ mu: 4.5, sigma: 1 });
  });
  it('one Gaussian N(2, 1): 1.5 σ to the left of its mean, N(0.5, 1)', () => {
    const t = fitMixture1({ family: 'normal', mu: 2, sigma: 1 });
    // sd 1: μ step = roundStep((2 + 3)/100) = 0.05, σ step = roundStep(2/100) = 0.02.
    expect(defaultStart1(t)).toEqual({ mu: 0.5, sigma: 1 });
  });
});

describe('the forward path', () => {
  it('gradient and Hessian of KL(P‖N(μ,σ)) in (μ, log σ), by hand at d = μ − m = 1, σ = 1, V = 10', () => {
    // ∂μ = d/σ² = 1; ∂s = 1 − (V + d²)/σ² = −10; Hessian [1/σ², −2d/σ², 2(V + d²)/σ²] = [1, −2, 22].
    const v = new Forward1Objective(1.5, 0, 10).evaluate(1, 1);
    expect(v.grad).toEqual([1, -10]);
    expect(v.hess).toEqual([1, -2, 22]);
    // KL = −H + log σ + ½log 2π + (V + d²)/(2σ²) = −1.5 + 0 + 0.918938533204673 + 5.5.
    expect(v.kl).toBeCloseTo(-1.5 + 0.918938533204673 + 5.5, 14);
  });
  it('from the default start it ends at the moment match N(0, √10), KL falling at every step', () => {
    const p = classic(3);
    const run = forwardFit1Path(p, defaultStart1(fitMixture1(p)));
    expect(run.converged).toBe(true);
    expect(run.path[0]!.q).toEqual({ mu: -4.5, sigma: 1 });
    expect(Math.abs(run.end.mu)).toBeLessThan(1e-8);
    expect(run.end.sigma).toBeCloseTo(Math.sqrt(10), 8);
    for (let i = 1; i < run.path.length; i++)
      expect(run.path[i]!.kl).toBeLessThanOrEqual(run.path[i - 1]!.kl);
  });
});
