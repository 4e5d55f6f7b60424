import { describe, expect, it } from 'vitest';
import type { Continuous1Spec } from '../../distributions/types';
import { reverseFit1 } from '../reverse1';
import { SEPARATION_THRESHOLDS } from '../separation';

const classic = (s: number): Continuous1Spec => ({
  family: 'mixture',
  components: [
    { weight: 0.5, component: { family: 'normal', mu: -s, sigma: 1 } },
    { weight: 0.5, component: { family: 'normal', mu: s, sigma: 1 } },
  ],
});

// s* = 2.80008221758 from scripts/references/fit_separation.py (mpmath): the centred and mode-locked
// minima have equal KL (0.684266100035) there.
describe('the optimiser agrees with the swap threshold s*', () => {
  it('at s* = 2.80008221758 (mpmath) the centred and the mode-locked minima have equal KL (0.684266100035)', () => {
    const r = reverseFit1(classic(2.80008221758), { seed: 1 });
    const centred = r.minima.find((m) => Math.abs(m.q.mu) < 1e-6);
    const locked = r.minima.find((m) => Math.abs(m.q.mu) > 1);
    expect(centred && locked).toBeTruthy();
    expect(Math.abs(centred!.kl - 0.684266100035)).toBeLessThan(1e-8);
    expect(Math.abs(locked!.kl - 0.684266100035)).toBeLessThan(1e-8);
  });
  it('at s* − 0.05 the centred Gaussian is global; at s* + 0.05 a mode-locked one is (seed 1)', () => {
    const below = reverseFit1(classic(SEPARATION_THRESHOLDS.swap - 0.05), { seed: 1 });
    expect(Math.abs(below.minima[0]!.q.mu)).toBeLessThan(1e-6);
    expect(below.minima.length).toBe(3);
    const above = reverseFit1(classic(SEPARATION_THRESHOLDS.swap + 0.05), { seed: 1 });
    expect(Math.abs(above.minima[0]!.q.mu)).toBeGreaterThan(2);
    expect(above.minima.length).toBe(3);
  });
});

// scripts/references/fit_centred_stability.py (SciPy quad, 1e-13): the centred branch's σ_c at the
// slider's largest separation, where its curvature in μ is still +0.0561.
describe('the centred Gaussian stays a local minimum at the slider’s largest s', () => {
  it('at s = 5 the optimiser finds N(0, 4.22257192449072) among the minima (seed 1)', () => {
    const r = reverseFit1(classic(5), { seed: 1 });
    const centred = r.minima.find((m) => Math.abs(m.q.mu) < 1e-6);
    expect(centred).toBeTruthy();
    expect(Math.abs(centred!.q.sigma - 4.22257192449072)).toBeLessThan(1e-6);
  });
});
