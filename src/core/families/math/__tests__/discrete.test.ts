import { afterAll, describe, expect, it } from 'vitest';
import {
  binomialCdf,
  binomialLogPmf,
  binomialParamError,
  binomialQuantile,
  binomialSupport,
  klBinomial,
} from '../binomial';
import { betaCrossEntropy, klBeta } from '../beta';
import { exponentialCrossEntropy, klExponential } from '../exponential';
import { gammaCrossEntropy, klGamma } from '../gamma';
import { klLaplace, laplaceCrossEntropy } from '../laplace';
import {
  klPoisson,
  poissonCdf,
  poissonLogPmf,
  poissonParamError,
  poissonQuantile,
  poissonSurvival,
} from '../poisson';
import { klUniform, uniformCrossEntropy, uniformMismatch } from '../uniform';
import { expectNear, WORST } from './near';

// References: scripts/references/families_new.py (mpmath, mp.dps = 40, inputs the exact doubles).
// [k, lambda, ln P(k), P(X <= k)]  Pois
const POISSON: readonly (readonly number[])[] = [
  [0, 1e-9, -1.0000000000000000623e-9, 0.9999999990000000005],
  [1, 1e-9, -20.723265837946411094, 0.9999999999999999995],
  [3, 1e-9, -63.961556981067288282, 1.0],
  [0, 3.0, -3.0, 0.049787068367863942979],
  [7, 3.0, -3.8348753403886464604, 0.9880954961436426112],
  [10000, 10000.0, -5.5241170525260946654, 0.50265958121900762527],
  [9500, 10000.0, -18.212174162198742616, 2.3793771979994753406e-7],
  [10600, 10000.0, -23.203677149033190364, 0.99999999864285686423],
  [0, 10000.0, -10000.0, 1.1354838653147360985e-4343],
];
// [k, n, p, ln P(k), P(X <= k)]  Bin
const BINOMIAL: readonly (readonly number[])[] = [
  [0, 10, 0.0, 0.0, 1],
  [3, 10, 0.0, -Infinity, 1],
  [10, 10, 1.0, 0.0, 1],
  [9, 10, 1.0, -Infinity, 0],
  [3, 100, 0.03, -1.4807187724114757704, 0.64724921046401933221],
  [0, 100, 0.03, -3.0459207484708544775, 0.047552507925405766604],
  [100, 100, 0.03, -350.65578973199817136, 1.0],
  [5000, 10000, 0.5, -4.8309865386327771337, 0.50398932306969107688],
  [4700, 10000, 0.5, -22.839998993329773972, 1.0380168479603624009e-9],
  [10000, 10000, 0.9999, -1.0000500033334732082, 1.0],
  [1, 10000, 1e-6, -4.6151691909875947458, 0.99995033698741294151],
];
// [P (mu, b), Q (mu, b), KL(P||Q), H(P, Q)]  Laplace
const KL_LAPLACE: readonly (readonly number[])[] = [
  [0.0, 1.0, 0.0, 1.0, 0.0, 1.6931471805599453094],
  [0.0, 1.0, 1.0, 2.0, 0.37708690114566647021, 2.0702340817056117796],
  [3.0, 0.5, -1.0, 4.0, 2.0794834745083237422, 3.0794834745083237422],
  [0.0, 1.0, 1e-6, 1.0, 4.9999983333337495474e-13, 1.6931471805604453093],
  [0.0, 0.001, 0.0, 1000.0, 12.815511557964274083, 7.6009034595420823615],
];
// [rate P, rate Q, KL, H(P, Q)]  Exp
const KL_EXP: readonly (readonly number[])[] = [
  [1.0, 1.0, 0.0, 1.0],
  [1.0, 2.0, 0.30685281944005469058, 1.3068528194400546906],
  [2.0, 1.0, 0.19314718055994530942, 0.5],
  [1.0, 1.000000001, 5.0000008240704100625e-19, 1.0000000000000000005],
  [1e-300, 1.0, 9.9999999999999997494e299, 9.9999999999999997494e299],
  [1e300, 1e-300, 1380.5510557964274104, 690.77552789821370518],
];
// [P (k, theta), Q (k, theta), KL, H(P, Q)]  Gamma
const KL_GAMMA: readonly (readonly number[])[] = [
  [2.0, 1.0, 2.0, 1.0, 0.0, 1.5772156649015328606],
  [2.0, 1.0, 3.0, 0.5, 0.19092130378164224177, 1.7681369686831751024],
  [0.5, 2.0, 1.5, 1.0, 0.7306420746215602059, 1.5143991850954938627],
  [0.05, 1.0, 1.0, 1.0, 16.504073540683144968, 0.050000000000000002776],
  [10000.0, 1.0, 10100.0, 1.0, 0.49836645239613523216, 6.522441837422221565],
  [5.0, 1.0, 5.0, 1.00000001, 2.4999999362793128871e-16, 2.1535831566207439787],
];
// [P (a, b), Q (a, b), KL, H(P, Q)]  Beta
const KL_BETA: readonly (readonly number[])[] = [
  [2.0, 3.0, 2.0, 3.0, 0.0, -0.23490664978800031023],
  [2.0, 3.0, 4.0, 1.5, 1.4897365804287604615, 1.2548299306407601513],
  [0.5, 0.5, 1.0, 1.0, 0.24156447527049044469, 0.0],
  [0.05, 0.05, 2.0, 2.0, 33.812145978868982104, 18.356420632549531048],
  [1.0, 1.0, 0.5, 0.5, 0.14472988584940017414, 0.14472988584940017414],
  [10000.0, 10000.0, 10010.0, 10000.0, 0.002498938090265858938, -4.2234784867830915632],
];
// [P (a, b), Q (a, b), KL, H(P, Q)]  U (Infinity = support mismatch)
const KL_UNIFORM: readonly (readonly number[])[] = [
  [0.0, 1.0, 0.0, 1.0, 0.0, 0.0],
  [0.0, 1.0, -1.0, 3.0, 1.3862943611198906188, 1.3862943611198906188],
  [-1.0, 3.0, 0.0, 1.0, Infinity, Infinity],
  [0.0, 2.0, 1.0, 3.0, Infinity, Infinity],
  [0.0, 1.0, 2.0, 3.0, Infinity, Infinity],
  [0.0, 1e-300, 0.0, 1e300, 1381.5510557964274104, 690.77552789821370526],
];
// [lambda P, lambda Q, KL]  Pois (closed form, checked by a direct sum)
const KL_POISSON: readonly (readonly number[])[] = [
  [3.0, 3.0, 0.0],
  [3.0, 5.0, 0.46752312870202795038],
  [1e-9, 2.0, 1.9999999775835869825],
  [2.0, 1e-9, 40.832826036012712807],
  [10000.0, 10001.0, 0.000049996666916646668333],
  [10000.0, 10000.00000001, 5.0008037729917400222e-21],
];
// [n, p, q, KL]  Bin, equal n (checked by a direct sum)
const KL_BINOMIAL: readonly (readonly number[])[] = [
  [10, 0.3, 0.3, 0.0],
  [10, 0.3, 0.5, 0.82282878505051855798],
  [100, 0.03, 0.05, 0.48842955827770091445],
  [10000, 0.5, 0.500000001, 1.99999988687227575e-14],
  [10, 0.0, 0.3, 3.5667494393873236305],
  [10, 1.0, 0.3, 12.039728043259360296],
  [10, 0.3, 0.0, Infinity],
  [10, 0.3, 1.0, Infinity],
  [10, 0.0, 0.0, 0.0],
  [10, 1.0, 0.0, Infinity],
];

afterAll(() => console.info('discrete families and closed forms, worst relative errors', WORST));

describe('Poisson', () => {
  it('log-pmf (λ = 1e-9 … 1e4) and CDF', () => {
    for (const [k, lambda, lp, f] of POISSON) {
      expectNear('poissonLogPmf', poissonLogPmf(k!, { lambda: lambda! }), lp!, 1e-14, 1e-15);
      expectNear('poissonCdf', poissonCdf(k!, { lambda: lambda! }), f!, 1e-13, 1e-300);
    }
  });
  it('quantile, survival, non-integers and validation', () => {
    const p = { lambda: 3 };
    expect(poissonLogPmf(2.5, p)).toBe(-Infinity);
    expect(poissonLogPmf(-1, p)).toBe(-Infinity);
    // P(X ≤ 7) = 0.98809… (table above), so u just below it gives 7 and just above gives 8.
    expect(poissonQuantile(0.988, p)).toBe(7);
    expect(poissonQuantile(0.989, p)).toBe(8);
    expect(poissonQuantile(0.01, p)).toBe(0);
    expectNear('poissonSurvival', poissonSurvival(7, p), 1 - 0.9880954961436426112, 1e-12);
    expect(poissonParamError({ lambda: 2e4 })).toBe(
      'Pois(lambda) supports lambda from 1e-9 to 1e4, got 20000',
    );
    expect(poissonParamError({ lambda: 1e-9 })).toBeUndefined();
  });
});

describe('Binomial', () => {
  it('log-pmf (p ∈ {0, 1}, n = 10,000) and CDF', () => {
    for (const [k, n, p, lp, f] of BINOMIAL) {
      expectNear('binomialLogPmf', binomialLogPmf(k!, { n: n!, p: p! }), lp!, 1e-14, 1e-15);
      expectNear('binomialCdf', binomialCdf(k!, { n: n!, p: p! }), f!, 1e-12);
    }
  });
  it('support, quantile, validation', () => {
    expect(binomialSupport({ n: 10, p: 0 })).toEqual({ lo: 0, hi: 0 });
    expect(binomialSupport({ n: 10, p: 1 })).toEqual({ lo: 10, hi: 10 });
    expect(binomialQuantile(0.5, { n: 10, p: 1 })).toBe(10);
    // P(X ≤ 3) = 0.647249… for Bin(100, 0.03).
    expect(binomialQuantile(0.647, { n: 100, p: 0.03 })).toBe(3);
    expect(binomialQuantile(0.648, { n: 100, p: 0.03 })).toBe(4);
    expect(binomialParamError({ n: 10001, p: 0.5 })).toBe(
      'Bin(n, p) supports whole numbers n from 1 to 10000, got 10001',
    );
    expect(binomialParamError({ n: 2.5, p: 0.5 })).toMatch(/whole numbers/);
    expect(binomialParamError({ n: 10, p: 1.5 })).toBe('Bin(n, p) supports p from 0 to 1, got 1.5');
  });
});

describe('closed-form KL and cross-entropy (each checked by quadrature or a direct sum in the script)', () => {
  it('Laplace–Laplace', () => {
    for (const [m1, b1, m2, b2, kl, ce] of KL_LAPLACE) {
      const p = { mu: m1!, b: b1! };
      const q = { mu: m2!, b: b2! };
      expectNear('klLaplace', klLaplace(p, q).value, kl!, 1e-14, 1e-300);
      expectNear('laplaceCrossEntropy', laplaceCrossEntropy(p, q).value, ce!, 1e-15);
    }
  });
  it('Exp–Exp, including overflow to beyond-double', () => {
    for (const [r1, r2, kl, ce] of KL_EXP) {
      const v = klExponential({ rate: r1! }, { rate: r2! });
      expectNear('klExponential', v.value, kl!, 1e-14, 1e-300);
      expectNear(
        'exponentialCrossEntropy',
        exponentialCrossEntropy({ rate: r1! }, { rate: r2! }).value,
        ce!,
        1e-15,
      );
    }
    const huge = klExponential({ rate: 1e-300 }, { rate: 1e300 });
    expect(huge.value).toBe(Infinity);
    expect(huge.reason).toEqual({ code: 'beyond-double' });
  });
  it('Gamma–Gamma', () => {
    for (const [k1, t1, k2, t2, kl, ce] of KL_GAMMA) {
      const p = { k: k1!, theta: t1! };
      const q = { k: k2!, theta: t2! };
      expectNear('klGamma', klGamma(p, q).value, kl!, 1e-14, 1e-30);
      expectNear('gammaCrossEntropy', gammaCrossEntropy(p, q).value, ce!, 1e-14, 1e-15);
    }
  });
  it('Beta–Beta, including a, b < 1', () => {
    for (const [a1, b1, a2, b2, kl, ce] of KL_BETA) {
      const p = { a: a1!, b: b1! };
      const q = { a: a2!, b: b2! };
      expectNear('klBeta', klBeta(p, q).value, kl!, 1e-14, 1e-15);
      expectNear('betaCrossEntropy', betaCrossEntropy(p, q).value, ce!, 1e-14, 1e-15);
    }
  });
  it('U–U: nested, overlapping, disjoint, tiny inside huge', () => {
    for (const [a1, b1, a2, b2, kl, ce] of KL_UNIFORM) {
      const p = { a: a1!, b: b1! };
      const q = { a: a2!, b: b2! };
      const v = klUniform(p, q);
      expectNear('klUniform', v.value, kl!, 1e-15);
      expectNear('uniformCrossEntropy', uniformCrossEntropy(p, q).value, ce!, 1e-15);
      if (kl === Infinity) expect(v.reason).toEqual({ code: 'support-mismatch', zeroIn: 'Q' });
      else expect(v.reason).toBeUndefined();
    }
    expect(klUniform({ a: -1, b: 3 }, { a: 0, b: 1 }, 'P').reason).toEqual({
      code: 'support-mismatch',
      zeroIn: 'P',
    });
    expect(uniformMismatch({ a: -1, b: 3 }, { a: 0, b: 1 })).toEqual([
      { lo: -1, hi: 0 },
      { lo: 1, hi: 3 },
    ]);
    expect(uniformMismatch({ a: 0, b: 1 }, { a: 2, b: 3 })).toEqual([{ lo: 0, hi: 1 }]);
    expect(uniformMismatch({ a: 0, b: 1 }, { a: -1, b: 3 })).toEqual([]);
  });
  it('Pois–Pois (λ = 1e-9 … 1e4, nearly equal λ)', () => {
    for (const [l1, l2, kl] of KL_POISSON) {
      expectNear(
        'klPoisson',
        klPoisson({ lambda: l1! }, { lambda: l2! }).value,
        kl!,
        1e-14,
        1e-300,
      );
    }
  });
  it('Bin–Bin with equal n, including p, q ∈ {0, 1}', () => {
    for (const [n, p, q, kl] of KL_BINOMIAL) {
      const v = klBinomial({ n: n!, p: p! }, { n: n!, p: q! });
      expectNear('klBinomial', v.value, kl!, 1e-13, 1e-300);
      if (kl === Infinity) expect(v.reason?.code).toBe('support-mismatch');
    }
    // First outcome P can produce and Q cannot: Bin(10, 0.3) vs Bin(10, 0): 1; vs Bin(10, 1): 0.
    expect(klBinomial({ n: 10, p: 0.3 }, { n: 10, p: 0 }).reason).toEqual({
      code: 'support-mismatch',
      zeroIn: 'Q',
      outcome: 1,
    });
    expect(klBinomial({ n: 10, p: 0.3 }, { n: 10, p: 1 }).reason).toEqual({
      code: 'support-mismatch',
      zeroIn: 'Q',
      outcome: 0,
    });
    expect(klBinomial({ n: 10, p: 1 }, { n: 10, p: 0 }).reason).toEqual({
      code: 'support-mismatch',
      zeroIn: 'Q',
      outcome: 10,
    });
    expect(() => klBinomial({ n: 10, p: 0.3 }, { n: 11, p: 0.3 })).toThrow(RangeError);
  });
});
