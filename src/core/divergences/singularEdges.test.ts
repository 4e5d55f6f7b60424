import { describe, expect, it } from 'vitest';
import type { Component1Spec, Continuous1Spec } from '../distributions/types';
import { continuous1Measures } from './continuous1';
import type { MeasureValue } from './types';

const B = (a: number, b: number): Component1Spec => ({ family: 'beta', a, b });
const U01: Continuous1Spec = { family: 'uniform', a: 0, b: 1 };
const N = (mu: number, sigma: number): Component1Spec => ({ family: 'normal', mu, sigma });

/** The value is within 1e-9 of the reference, and its stated ± covers the true error. */
function expectHonest(m: MeasureValue, reference: number) {
  const error = Math.abs(m.value - reference);
  expect(error).toBeLessThan(1e-9);
  expect(error).toBeLessThanOrEqual(m.error + 4 * Number.EPSILON * Math.abs(reference));
}

// References: scripts/references/beta_edges.py (mpmath, 40 digits, integrated in s = t^b next to
// each edge; KL against U(0,1) also equals −H(Beta) by the digamma formula).
describe('a density infinite at an edge away from 0 (Beta with b < 1 at x = 1)', () => {
  it('Beta(1, 0.1) against U(0,1), with 2.5 % of P’s mass within one double spacing of 1', () => {
    const m = continuous1Measures(B(1, 0.1), U01);
    expectHonest(m.klPQ, 6.6974149070059538164);
    expectHonest(m.klQP, 1.4025850929940456341);
    expectHonest(m.js, 0.344566570665964873);
  });

  it('Beta(½, ½) against U(0,1): both edges infinite', () => {
    const m = continuous1Measures(B(0.5, 0.5), U01);
    expectHonest(m.klPQ, 0.24156447527049044469);
    expectHonest(m.klQP, 0.14472988584940017414);
    expectHonest(m.js, 0.041298028526200272679);
  });

  it('Beta(2, 0.3) against U(0,1) and against N(0.5, 0.3), whose support is wider', () => {
    const u = continuous1Measures(B(2, 0.3), U01);
    expectHonest(u.klPQ, 1.7529307866709245155);
    expectHonest(u.klQP, 1.241608539858444975);
    expectHonest(u.js, 0.24720179886484515323);
    const n = continuous1Measures(B(2, 0.3), N(0.5, 0.3));
    expectHonest(n.klPQ, 2.4176110522207197208);
    expectHonest(n.js, 0.31026186076259212363);
    expectHonest(n.cePQ, 0.66468026554979520529);
    expectHonest(n.hP, -1.7529307866709245155);
    expect(n.klQP.value).toBe(Infinity);
  });

  it('Beta(0.7, 0.2) against a narrow N(0.8, 0.1): both edges infinite, Q peaked inside', () => {
    const m = continuous1Measures(B(0.7, 0.2), N(0.8, 0.1));
    expectHonest(m.klPQ, 5.2377173646289716485);
    expectHonest(m.js, 0.31597337562716936243);
    expectHonest(m.cePQ, 3.1894528554153054928);
    expectHonest(m.hP, -2.0482645092136661557);
  });
});

// By hand: KL(Gamma(k, θ)‖Exp(λ)) = −H(Gamma) + E[λx − ln λ] = −[k + ln θ + ln Γ(k) + (1 − k)ψ(k)]
// − ln λ + λkθ, evaluated with mpmath (loggamma, digamma) at 30 digits.
describe('a density infinite at the edge 0 (Gamma with k < 1)', () => {
  it('KL(Gamma(0.1, 1)‖Exp(1)) and KL(Gamma(0.5, 2)‖Exp(0.7))', () => {
    const g = (k: number, theta: number): Continuous1Spec => ({ family: 'gamma', k, theta });
    const e = (rate: number): Continuous1Spec => ({ family: 'exponential', rate });
    expectHonest(continuous1Measures(g(0.1, 1), e(1)).klPQ, 7.128666794635763155782);
    expectHonest(continuous1Measures(g(0.5, 2), e(0.7)).klPQ, 0.2729178334647987221442);
  });
});

const mix = (...parts: [number, Component1Spec][]): Continuous1Spec => ({
  family: 'mixture',
  components: parts.map(([weight, component]) => ({ weight, component })),
});
const L = (mu: number, b: number): Component1Spec => ({ family: 'laplace', mu, b });

// References: scripts/references/beta_edges.py, "inside the mixture's support" (mpmath, 40 digits,
// in s = t^b next to each infinite edge with the Beta parts read at the exact distance t). A plain
// mpmath.quad split at 1 was itself 1e-6 off on the second pair: tanh-sinh's last node near 1 leaves
// mass t^0.2 ≈ 1e-6 below it.
describe('a density infinite at an edge inside a mixture’s support (a Beta component beside others)', () => {
  it('Mix(½ Beta(2, ½), ½ N(0.5, 1)) against N(0.5, 1): P is infinite at 1 from the left only', () => {
    const m = continuous1Measures(mix([0.5, B(2, 0.5)], [0.5, N(0.5, 1)]), N(0.5, 1));
    expectHonest(m.klPQ, 0.5014630577161104585);
    expectHonest(m.klQP, 0.32212199961059379941);
    expectHonest(m.js, 0.088280893331791612903);
    expectHonest(m.cePQ, 1.2028671046332441704);
    expectHonest(m.hP, 0.70140404691713371185);
  });

  it('P infinite at 1 (Beta(1, 0.2)), Q infinite at 0 (Beta(½, 2)), both inside their supports', () => {
    const p = mix([0.3, B(1, 0.2)], [0.7, L(0, 1)]);
    const q = mix([0.5, N(0, 1)], [0.5, B(0.5, 2)]);
    const m = continuous1Measures(p, q);
    expectHonest(m.klPQ, 1.2056952949895550542);
    expectHonest(m.klQP, 0.62049973053341088765);
    expectHonest(m.js, 0.13563957874338463867);
    expectHonest(m.cePQ, 2.0592495627021946697);
    expectHonest(m.hP, 0.85355426771263961555);
    expectHonest(m.hQ, 0.70675476786951684333);
  });
});
