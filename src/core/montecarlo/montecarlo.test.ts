import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Distribution, Normal2 } from '../distributions/types';
import {
  foldMonteCarloChunks,
  mergeMonteCarlo,
  monteCarloChunkPlan,
  monteCarloTrace,
  runMonteCarloChunk,
  summariseMonteCarlo,
  traceCheckpointsBetween,
  type MonteCarloDirection,
  type MonteCarloSummary,
} from './index';
import { k3FromLogRatio } from './estimators';
import { LogRatioAccumulator } from './moments';

function run(
  p: Distribution,
  q: Distribution,
  direction: MonteCarloDirection,
  n: number,
  seed: number,
  chunkSize = 50_000,
) {
  const chunks = monteCarloChunkPlan(n, chunkSize).map(({ chunkIndex, count }) =>
    runMonteCarloChunk({ p, q, direction, seed, chunkIndex, chunkSize, count }),
  );
  return { chunks, summary: summariseMonteCarlo(foldMonteCarloChunks(chunks)) };
}

/**
 * k1 always has finite variance for these families, but k3 = r − 1 − log r needs E[r²] < ∞, which
 * fails when the target density is much wider than the sampled one (then the SE is meaningless and a
 * 4-SE test is not valid), so `k3Valid` says whether the k3 check applies (derived per case below).
 */
function expectWithin4Se(s: MonteCarloSummary, exact: number, k3Valid = true) {
  for (const k of k3Valid ? (['k1', 'k3'] as const) : (['k1'] as const)) {
    expect(Number.isFinite(s[k].se) && s[k].se > 0).toBe(true);
    expect(Math.abs(s[k].estimate - exact)).toBeLessThan(4 * s[k].se);
  }
}

const normal = (mu: number, sigma: number): Distribution => ({ family: 'normal', mu, sigma });

/** KL(N(μ₁,σ₁)‖N(μ₂,σ₂)) = log(σ₂/σ₁) + (σ₁² + (μ₁−μ₂)²)/(2σ₂²) − ½ (derived from E_P[log p − log q]). */
const klNormal = (m1: number, s1: number, m2: number, s2: number) =>
  Math.log(s2 / s1) + (s1 * s1 + (m1 - m2) ** 2) / (2 * s2 * s2) - 0.5;

/**
 * KL(N(μ₀,Σ₀)‖N(μ₁,Σ₁)) = ½[tr(Σ₁⁻¹Σ₀) + δᵀΣ₁⁻¹δ − 2 + log(det Σ₁/det Σ₀)], δ = μ₁ − μ₀, written out
 * for 2×2 matrices by hand (Σ⁻¹ = adj(Σ)/det Σ).
 */
function klNormal2(a: Normal2, b: Normal2): number {
  const A = [a.sx * a.sx, a.rho * a.sx * a.sy, a.sy * a.sy] as const; // [Σxx, Σxy, Σyy]
  const B = [b.sx * b.sx, b.rho * b.sx * b.sy, b.sy * b.sy] as const;
  const detA = A[0] * A[2] - A[1] * A[1];
  const detB = B[0] * B[2] - B[1] * B[1];
  const inv = [B[2] / detB, -B[1] / detB, B[0] / detB] as const;
  const trace = inv[0] * A[0] + 2 * inv[1] * A[1] + inv[2] * A[2];
  const dx = b.mx - a.mx;
  const dy = b.my - a.my;
  const quad = inv[0] * dx * dx + 2 * inv[1] * dx * dy + inv[2] * dy * dy;
  return 0.5 * (trace + quad - 2 + Math.log(detB / detA));
}

/**
 * x ~ N(0, σf²), r = N(σt²)/N(σf²): E[r²] = ∫ q²/p ∝ ∫ exp(−x²/σt² + x²/(2σf²)) < ∞ iff σt² < 2σf².
 * (Shifting the means adds only linear terms to the exponent, which do not change finiteness.)
 */
const k3Finite1 = (sigmaFrom: number, sigmaTo: number) =>
  sigmaTo * sigmaTo < 2 * sigmaFrom * sigmaFrom;

/** The 2-D analogue: E[r²] < ∞ iff 2Σt⁻¹ − Σf⁻¹ is positive definite (2×2: M₀₀ > 0, det M > 0). */
function k3Finite2(from: Normal2, to: Normal2): boolean {
  const inv = (d: Normal2) => {
    const a = d.sx * d.sx;
    const b = d.rho * d.sx * d.sy;
    const c = d.sy * d.sy;
    const det = a * c - b * b;
    return [c / det, -b / det, a / det] as const;
  };
  const t = inv(to);
  const f = inv(from);
  const m = [2 * t[0] - f[0], 2 * t[1] - f[1], 2 * t[2] - f[2]] as const;
  return m[0] > 0 && m[0] * m[2] - m[1] * m[1] > 0;
}

const klDiscrete = (p: number[], q: number[]) =>
  p.reduce((acc, pi, i) => (pi > 0 ? acc + pi * Math.log(pi / q[i]!) : acc), 0);

describe('statistical: k1 and k3 within 4 SE of the exact KL, both directions', () => {
  const normalPairs: [number, number, number, number][] = [
    [0, 1, 1, 2],
    [1, 1, 0, 1],
    [0, 0.5, 0.3, 0.6],
    [-2, 3, 1, 1.5],
  ];
  it.each(normalPairs)('N(%f,%f) vs N(%f,%f), seed 101', (m1, s1, m2, s2) => {
    const p = normal(m1, s1);
    const q = normal(m2, s2);
    expectWithin4Se(
      run(p, q, 'pq', 200_000, 101).summary,
      klNormal(m1, s1, m2, s2),
      k3Finite1(s1, s2),
    );
    expectWithin4Se(
      run(p, q, 'qp', 200_000, 101).summary,
      klNormal(m2, s2, m1, s1),
      k3Finite1(s2, s1),
    );
  });

  const n2: [Normal2, Normal2][] = [
    [
      { family: 'normal2', mx: 0, my: 0, sx: 1, sy: 2, rho: 0.5 },
      { family: 'normal2', mx: 1, my: -1, sx: 1.5, sy: 1, rho: -0.3 },
    ],
    [
      { family: 'normal2', mx: 0, my: 0, sx: 1, sy: 1, rho: 0 },
      { family: 'normal2', mx: 0.5, my: 0, sx: 1, sy: 1, rho: 0.9 },
    ],
    [
      { family: 'normal2', mx: 0, my: 0, sx: 1, sy: 1, rho: 0.3 },
      { family: 'normal2', mx: 0.3, my: -0.2, sx: 1.1, sy: 0.9, rho: 0.1 },
    ],
  ];

  it('the k3 variance conditions hold where expected (so k3 is really checked)', () => {
    expect(k3Finite2(n2[2]![0], n2[2]![1]) && k3Finite2(n2[2]![1], n2[2]![0])).toBe(true);
    expect(k3Finite1(2, 1) && !k3Finite1(1, 2)).toBe(true);
  });
  it.each(n2)('N2 vs N2 #%#, seed 202', (a, b) => {
    expectWithin4Se(run(a, b, 'pq', 200_000, 202).summary, klNormal2(a, b), k3Finite2(a, b));
    expectWithin4Se(run(a, b, 'qp', 200_000, 202).summary, klNormal2(b, a), k3Finite2(b, a));
  });

  it('2-D mixture with one component equals its Gaussian (seed 203)', () => {
    const a = n2[0]![0];
    const b = n2[0]![1];
    const mix: Distribution = { family: 'mixture2', components: [{ weight: 2, component: a }] };
    expectWithin4Se(run(mix, b, 'pq', 100_000, 203).summary, klNormal2(a, b), k3Finite2(a, b));
  });

  it('Mix(0.5 N(−2,0.5), 0.3 N(0,1), 0.2 N(3,0.7)) vs N(0,2), seed 303', () => {
    const p: Distribution = {
      family: 'mixture',
      components: [
        { weight: 0.5, component: { family: 'normal', mu: -2, sigma: 0.5 } },
        { weight: 0.3, component: { family: 'normal', mu: 0, sigma: 1 } },
        { weight: 0.2, component: { family: 'normal', mu: 3, sigma: 0.7 } },
      ],
    };
    const q = normal(0, 2);
    // mpmath quadrature, scripts/references/montecarlo_reference.py.
    // x ~ P, r = q/p: far out p ≥ 0.3·N(x; 0, 1), so q²/p ≲ exp(−x²/4 + x²/2) is not integrable and
    // k3 has infinite variance; for x ~ Q, p²/q has every component term ∝ exp(−x²/σᵢ² + x²/8),
    // integrable since all σᵢ² < 8.
    expectWithin4Se(run(p, q, 'pq', 200_000, 303).summary, 0.33245543102548543, false);
    expectWithin4Se(run(p, q, 'qp', 200_000, 303).summary, 0.5033246831360772);
  });

  const discrete: [Distribution, Distribution, number[], number[]][] = [
    [{ family: 'bernoulli', p: 0.3 }, { family: 'bernoulli', p: 0.6 }, [0.7, 0.3], [0.4, 0.6]],
    [{ family: 'bernoulli', p: 0.02 }, { family: 'bernoulli', p: 0.5 }, [0.98, 0.02], [0.5, 0.5]],
    [
      { family: 'categorical', weights: [1, 2, 3, 4] },
      { family: 'categorical', weights: [4, 3, 2, 1] },
      [0.1, 0.2, 0.3, 0.4],
      [0.4, 0.3, 0.2, 0.1],
    ],
    [
      { family: 'categorical', weights: [0.5, 0.25, 0.25] },
      { family: 'categorical', weights: [1, 1, 1] },
      [0.5, 0.25, 0.25],
      [1 / 3, 1 / 3, 1 / 3],
    ],
  ];
  it.each(discrete)('discrete pair #%#, seed 404', (p, q, pp, qq) => {
    expectWithin4Se(run(p, q, 'pq', 100_000, 404).summary, klDiscrete(pp, qq));
    expectWithin4Se(run(p, q, 'qp', 100_000, 404).summary, klDiscrete(qq, pp));
  });
});

describe('k2 is biased where theory says', () => {
  it('P = N(1,1), Q = N(0,1), seed 505: mean of k2 is 0.625, not KL = 0.5', () => {
    // log r = log q − log p = −x²/2 + (x − 1)²/2 = ½ − x. With x = 1 + z, z ~ N(0,1): log r = −z − ½,
    // so E[½(log r)²] = ½(E z² + ¼) = 0.625, while KL = E[−log r] = ½.
    // Var k2 = ¼Var((z + ½)²) = ¼(E(z+½)⁴ − 1.25²) = ¼(3 + 6·¼ + 1/16 − 1.5625) = 0.75.
    const s = run(normal(1, 1), normal(0, 1), 'pq', 200_000, 505).summary;
    expect(Math.abs(s.k2.estimate - 0.625)).toBeLessThan(4 * s.k2.se);
    expect(Math.abs(s.k2.se - Math.sqrt(0.75 / 200_000))).toBeLessThan(0.1 * s.k2.se);
    expect(s.k2.estimate - 0.5).toBeGreaterThan(20 * s.k2.se);
    expectWithin4Se(s, 0.5);
  });
});

describe('support mismatch and infinities', () => {
  it('Q = Bern(1) gives 0 to outcome 0 that P = Bern(½) draws: +∞ with the reason', () => {
    const p: Distribution = { family: 'bernoulli', p: 0.5 };
    const q: Distribution = { family: 'bernoulli', p: 1 };
    const s = run(p, q, 'pq', 1000, 1).summary;
    for (const k of ['k1', 'k2', 'k3'] as const) {
      expect(s[k].estimate).toBe(Infinity);
      expect(s[k].reason).toEqual({ code: 'support-mismatch', zeroIn: 'Q', outcome: 0 });
    }
    expect(s.infiniteReason).toEqual({ code: 'support-mismatch', zeroIn: 'Q', outcome: 0 });
    // The other way, x ~ Q only draws outcome 1, where p = ½: finite, KL(Q‖P) = log 2.
    const back = run(p, q, 'qp', 1000, 1).summary;
    expect(back.infiniteReason).toBeUndefined();
    expect(Math.abs(back.k1.estimate - Math.LN2)).toBeLessThan(1e-12);
  });

  it('k3 overflow (log r > 709.78) is +∞ with ratio-overflow; k1 and k2 stay finite', () => {
    // No test pair reaches r > 1.8e308 by sampling (a Gaussian pair needs σ ratios near e⁷⁰⁰), so the
    // accumulator is fed log-ratios directly: {0.5, 710, −0.5}.
    const acc = new LogRatioAccumulator();
    acc.addBlock(Float64Array.of(0.5, 710, -0.5), 0, 3);
    const s = summariseMonteCarlo(acc.snapshot());
    expect(s.k3.estimate).toBe(Infinity);
    expect(s.k3.reason).toEqual({ code: 'ratio-overflow' });
    // k1 values −0.5, −710, 0.5: mean −710/3; k2 values 0.125, 252050, 0.125: mean 252050.25/3.
    expect(Math.abs(s.k1.estimate - -710 / 3)).toBeLessThan(1e-12);
    expect(Math.abs(s.k2.estimate - 252050.25 / 3)).toBeLessThan(1e-9);
    expect(k3FromLogRatio(-Infinity)).toBe(Infinity);
  });
});

describe('k3 accuracy and sign', () => {
  // expm1(ℓ) − ℓ at 40 digits: scripts/references/montecarlo_reference.py.
  const table: [number, number][] = [
    [-700, 699.0],
    [-5, 4.0067379469990855],
    [-0.5, 0.10653065971263342],
    [-0.0101, 5.0833715877301334e-5],
    [-1e-3, 4.9983337499166806e-7],
    [1e-8, 5.0000000166666667e-17],
    [0.0099, 4.9167117542138671e-5],
    [0.011, 6.072244471955604e-5],
    [0.5, 0.14872127070012815],
    [5, 142.4131591025766],
    [700, 1.0142320547350045e304],
  ];
  it.each(table)('k3(%f) to 1e-13 relative', (l, exact) => {
    expect(Math.abs(k3FromLogRatio(l) - exact) / exact).toBeLessThan(1e-13);
  });

  it('seed 42: k3 is never negative and never NaN', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true }), (l) => {
        const v = k3FromLogRatio(l);
        return v >= 0 && !Number.isNaN(v);
      }),
      { seed: 42, numRuns: 20_000 },
    );
  });
});

describe('chunks, merging, reproducibility', () => {
  const p = normal(0, 1);
  const q = normal(1, 2);

  it('same seed → identical chunk; different seed → different', () => {
    const a = runMonteCarloChunk({
      p,
      q,
      direction: 'pq',
      seed: 9,
      chunkIndex: 3,
      chunkSize: 5000,
    });
    const b = runMonteCarloChunk({
      p,
      q,
      direction: 'pq',
      seed: 9,
      chunkIndex: 3,
      chunkSize: 5000,
    });
    const c = runMonteCarloChunk({
      p,
      q,
      direction: 'pq',
      seed: 10,
      chunkIndex: 3,
      chunkSize: 5000,
    });
    expect(b).toEqual(a);
    expect(c.state.k1.mean).not.toBe(a.state.k1.mean);
  });

  it('chunks arriving in any order fold to the same bits as in order', () => {
    const { chunks, summary } = run(p, q, 'pq', 23_456, 77, 5000);
    const shuffled = [chunks[3]!, chunks[0]!, chunks[4]!, chunks[2]!, chunks[1]!];
    expect(summariseMonteCarlo(foldMonteCarloChunks(shuffled))).toEqual(summary);
    expect(summary.n).toBe(23_456);
  });

  it('merged moments agree with a direct two-pass computation to 1e-12', () => {
    // Reference: the chunk's k1 values recomputed from scratch is not possible without the draws,
    // so check merge algebra on known data: {1,2,3} ⊕ {10} has mean 4, M2 = 9+4+1+36 = 50.
    const m = (values: number[]) => {
      const mean = values.reduce((a, b) => a + b, 0) / values.length;
      return {
        count: values.length,
        mean,
        m2: values.reduce((a, v) => a + (v - mean) ** 2, 0),
        infinite: 0,
      };
    };
    const st = (k: ReturnType<typeof m>) => ({ n: k.count, zeroDensity: 0, k1: k, k2: k, k3: k });
    const merged = mergeMonteCarlo(st(m([1, 2, 3])), st(m([10])));
    expect(Math.abs(merged.k1.mean - 4)).toBeLessThan(1e-12);
    expect(Math.abs(merged.k1.m2 - 50)).toBeLessThan(1e-12);
    // se = √(M2/(n−1)/n) = √(50/3/4); interval ±1.959964·se.
    const s = summariseMonteCarlo(merged);
    expect(Math.abs(s.k1.se - Math.sqrt(50 / 12))).toBeLessThan(1e-12);
    expect(Math.abs(s.k1.ci95[1] - (4 + 1.959963984540054 * Math.sqrt(50 / 12)))).toBeLessThan(
      1e-12,
    );
  });

  it('the trace has the 1-2-5 checkpoints, its last point equals the final result at N = 20,000', () => {
    const { chunks, summary } = run(p, q, 'pq', 20_000, 5, 3000);
    const trace = monteCarloTrace(chunks);
    expect(trace.map((t) => t.n)).toEqual([
      1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10_000, 20_000,
    ]);
    const last = trace[trace.length - 1]!;
    expect(Math.abs(last.k1.estimate - summary.k1.estimate)).toBeLessThan(1e-12);
    expect(Math.abs(last.k3.se - summary.k3.se)).toBeLessThan(1e-12);
    expect(trace[0]!.k1.se).toBe(Infinity);
    expect(traceCheckpointsBetween(0, 1e8)).toHaveLength(25);
  });

  it('the trace point at N equals a run of exactly N samples with the same chunks', () => {
    const big = run(p, q, 'qp', 12_000, 8, 4000);
    const small = run(p, q, 'qp', 10_000, 8, 4000);
    const at = monteCarloTrace(big.chunks).find((t) => t.n === 10_000)!;
    expect(Math.abs(at.k1.estimate - small.summary.k1.estimate)).toBeLessThan(1e-12);
    expect(Math.abs(at.k2.se - small.summary.k2.se)).toBeLessThan(1e-12);
  });

  it('rejects mismatched sample spaces, bad sizes and missing chunks', () => {
    const bern: Distribution = { family: 'bernoulli', p: 0.5 };
    expect(() =>
      runMonteCarloChunk({ p, q: bern, direction: 'pq', seed: 1, chunkIndex: 0, chunkSize: 10 }),
    ).toThrow(RangeError);
    expect(() =>
      runMonteCarloChunk({
        p: bern,
        q: { family: 'categorical', weights: [1, 1, 1] },
        direction: 'pq',
        seed: 1,
        chunkIndex: 0,
        chunkSize: 10,
      }),
    ).toThrow(RangeError);
    expect(() =>
      runMonteCarloChunk({ p, q, direction: 'pq', seed: 1, chunkIndex: 0, chunkSize: 0 }),
    ).toThrow(RangeError);
    const c1 = runMonteCarloChunk({ p, q, direction: 'pq', seed: 1, chunkIndex: 1, chunkSize: 10 });
    expect(() => foldMonteCarloChunks([c1])).toThrow(RangeError);
  });

  it('an empty run summarises to 0 with infinite SE, not NaN', () => {
    const s = summariseMonteCarlo(foldMonteCarloChunks([]));
    expect(s.n).toBe(0);
    expect(s.k1.estimate).toBe(0);
    expect(s.k1.se).toBe(Infinity);
  });
});

describe('no NaN leaves the Monte Carlo core', () => {
  it('seed 42: random Gaussian pairs over wide parameter ranges', () => {
    const arbNormal = fc.record({
      family: fc.constant('normal' as const),
      mu: fc.double({ min: -1e4, max: 1e4, noNaN: true }),
      sigma: fc.double({ min: 1e-4, max: 1e4, noNaN: true }),
    });
    fc.assert(
      fc.property(
        arbNormal,
        arbNormal,
        fc.constantFrom<MonteCarloDirection>('pq', 'qp'),
        (p, q, direction) => {
          const c = runMonteCarloChunk({ p, q, direction, seed: 3, chunkIndex: 0, chunkSize: 300 });
          const s = summariseMonteCarlo(c.state);
          return [s.k1, s.k2, s.k3].every(
            (k) => !Number.isNaN(k.estimate) && !Number.isNaN(k.se) && !k.ci95.some(Number.isNaN),
          );
        },
      ),
      { seed: 42, numRuns: 300 },
    );
  });

  it('seed 43: random categorical pairs, zeros included', () => {
    const weights = fc.array(fc.constantFrom(0, 0, 0.5, 1, 3, 1e-9), {
      minLength: 4,
      maxLength: 4,
    });
    fc.assert(
      fc.property(weights, weights, (wp, wq) => {
        if (!wp.some((w) => w > 0) || !wq.some((w) => w > 0)) return true;
        const p: Distribution = { family: 'categorical', weights: wp };
        const q: Distribution = { family: 'categorical', weights: wq };
        const s = summariseMonteCarlo(
          runMonteCarloChunk({ p, q, direction: 'pq', seed: 4, chunkIndex: 0, chunkSize: 200 })
            .state,
        );
        return [s.k1, s.k2, s.k3].every(
          (k) => !Number.isNaN(k.estimate) && !Number.isNaN(k.se) && k.estimate >= -1e300,
        );
      }),
      { seed: 43, numRuns: 300 },
    );
  });
});
