import { describe, expect, it } from 'vitest';
import type { Continuous1Spec, Mixture2 } from '../../distributions/types';
import { forwardFit1, forwardFit2 } from '../forward';
import { fitMixture1, mixture1Summary } from '../mixture1';
import { forwardKl1 } from '../landscape';
import { mixture1Entropy } from '../mixture1';
import { reverseFit1 } from '../reverse1';
import { Reverse1Objective } from '../reverse1Objective';
import { normal2 as n2 } from '../../distributions/make';

const classic = (s: number): Continuous1Spec => ({
  family: 'mixture',
  components: [
    { weight: 0.5, component: { family: 'normal', mu: -s, sigma: 1 } },
    { weight: 0.5, component: { family: 'normal', mu: s, sigma: 1 } },
  ],
});

describe('forward fit (moment matching, by hand)', () => {
  it('½N(−3,1)+½N(3,1): μ = 0, σ² = ½(1+9)+½(1+9) − 0 = 10', () => {
    const f = forwardFit1(classic(3));
    expect(Math.abs(f.mu)).toBeLessThan(1e-15);
    expect(f.sigma).toBeCloseTo(Math.sqrt(10), 14);
  });
  it('0.25N(0,1)+0.75N(4,2): μ = 3, σ² = .25(1+0)+.75(4+16) − 9 = 6.25', () => {
    const f = forwardFit1({
      family: 'mixture',
      components: [
        { weight: 1, component: { family: 'normal', mu: 0, sigma: 1 } },
        { weight: 3, component: { family: 'normal', mu: 4, sigma: 2 } },
      ],
    });
    expect(f.mu).toBeCloseTo(3, 14);
    expect(f.sigma).toBeCloseTo(2.5, 14);
  });
  it('2-D: ½N2((−3,0),I)+½N2((3,1),[[1,.5],[.5,1]]): m = (0, ½), Σ = [[10, 1.75],[1.75, 1.25]]', () => {
    // Σ = Σ wᵢ(Σᵢ + dᵢdᵢᵀ), d₁ = (−3, −½), d₂ = (3, ½): xx = 1 + 9, xy = ½(0 + 1.5) + ½(0.5 + 1.5) = 1.75, yy = 1 + ¼.
    const p: Mixture2 = {
      family: 'mixture2',
      components: [
        { weight: 1, component: n2(-3, 0, 1, 1, 0) },
        { weight: 1, component: n2(3, 1, 1, 1, 0.5) },
      ],
    };
    const f = forwardFit2(p);
    expect(f.mean[0]).toBeCloseTo(0, 14);
    expect(f.mean[1]).toBeCloseTo(0.5, 14);
    expect(f.cov[0][0]).toBeCloseTo(10, 13);
    expect(f.cov[0][1]).toBeCloseTo(1.75, 13);
    expect(f.cov[1][1]).toBeCloseTo(1.25, 13);
  });
});

// References: scripts/references/fit_reverse.py (mpmath, 30 digits).
const REF = {
  s3: {
    modeMu: 2.984305987835742,
    modeSigma: 1.023368559661197,
    modeKl: 0.68876899585496384,
    modeKlPQ: 7.8600527651734068,
    centredSigma: 2.7437693090912137,
    centredKl: 0.8406214312789031,
    fwdKlPQ: 0.46199461346794508,
    fwdKlQP: 0.93798019101677473,
    hP: 2.1082364662337505,
  },
  s2: { centredSigma: 2.0470095198584188, centredKl: 0.22650796076144365 },
};

describe('reverse fit against mpmath (scripts/references/fit_reverse.py)', () => {
  it('s = 3: mode-locked global minimum, centred local minimum, seed 1', () => {
    const r = reverseFit1(classic(3), { seed: 1, restarts: 12 });
    expect(r.unconverged).toBe(0);
    const g = r.minima[0]!;
    expect(Math.abs(Math.abs(g.q.mu) - REF.s3.modeMu)).toBeLessThan(1e-8);
    expect(Math.abs(g.q.sigma - REF.s3.modeSigma)).toBeLessThan(1e-8);
    expect(Math.abs(g.kl - REF.s3.modeKl)).toBeLessThan(1e-10);
    expect(r.minima.length).toBe(3);
    const c = r.minima[2]!;
    expect(Math.abs(c.q.mu)).toBeLessThan(1e-6);
    expect(Math.abs(c.q.sigma - REF.s3.centredSigma)).toBeLessThan(1e-8);
    expect(Math.abs(c.kl - REF.s3.centredKl)).toBeLessThan(1e-10);
    expect(r.minima.reduce((s, m) => s + m.count, 0)).toBe(12);
  });
  it('s = 2: unique centred optimum', () => {
    const r = reverseFit1(classic(2), { seed: 7 });
    expect(r.minima.length).toBe(1);
    expect(Math.abs(r.minima[0]!.q.sigma - REF.s2.centredSigma)).toBeLessThan(1e-8);
    expect(Math.abs(r.minima[0]!.kl - REF.s2.centredKl)).toBeLessThan(1e-10);
  });
  it('is deterministic for a seed', () => {
    expect(reverseFit1(classic(3), { seed: 42 })).toEqual(reverseFit1(classic(3), { seed: 42 }));
  });
  it('objective at the forward fit and forward KL both ways match mpmath', () => {
    const t = fitMixture1(classic(3));
    const o = new Reverse1Objective(t);
    expect(Math.abs(o.evaluate(0, Math.sqrt(10)).kl - REF.s3.fwdKlQP)).toBeLessThan(1e-10);
    const h = mixture1Entropy(t);
    expect(Math.abs(h - REF.s3.hP)).toBeLessThan(1e-10);
    const { mean, variance } = mixture1Summary(t);
    expect(Math.abs(forwardKl1(h, mean, variance, 0, Math.sqrt(10)) - REF.s3.fwdKlPQ)).toBeLessThan(
      1e-10,
    );
    expect(
      Math.abs(forwardKl1(h, mean, variance, REF.s3.modeMu, REF.s3.modeSigma) - REF.s3.modeKlPQ),
    ).toBeLessThan(1e-9);
  });
  it('broad Q over a narrow component stays accurate (no NaN, finite)', () => {
    const p: Continuous1Spec = {
      family: 'mixture',
      components: [
        { weight: 1, component: { family: 'normal', mu: 0, sigma: 1e-3 } },
        { weight: 1, component: { family: 'normal', mu: 5, sigma: 1 } },
      ],
    };
    const o = new Reverse1Objective(fitMixture1(p));
    for (const s of [1e-4, 1e-2, 1, 100]) {
      const v = o.evaluate(1, s);
      expect(
        Number.isFinite(v.kl) && v.grad.every(Number.isFinite) && v.hess.every(Number.isFinite),
      ).toBe(true);
    }
  });
});
