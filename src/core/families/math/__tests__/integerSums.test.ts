import { afterAll, describe, expect, it } from 'vitest';
import type { MeasureValue } from '../../../divergences/types';
import {
  binomialIntegerDistribution as bin,
  integerEntropy,
  integerMeasures,
  poissonIntegerDistribution as pois,
  type IntegerDistribution,
} from '../integerSums';
import { WORST } from './near';

// References: scripts/references/families_new.py (mpmath direct sums at 30 digits over ranges that
// cover every term above 1e-40 of the total).
// [label, KL(P||Q), KL(Q||P), JS, H(P, Q), H(P), H(Q)]  direct sums (Infinity = support mismatch)
const SUMS: readonly (readonly [string, ...number[]])[] = [
  [
    'Bin(100, 0.03) | Pois(3)',
    0.00023038094969189359953,
    Infinity,
    0.00005826554297672575436,
    1.9194620110682082033,
    1.9192316301185163097,
    1.9314701981485689339,
  ],
  [
    'Pois(3) | Bin(100, 0.03)',
    Infinity,
    0.00023038094969189359953,
    0.00005826554297672575436,
    Infinity,
    1.9314701981485689339,
    1.9192316301185163097,
  ],
  [
    'Pois(1e-9) | Pois(2)',
    1.9999999775835869825,
    40.832826036012712807,
    0.48575896249452357123,
    1.9999999993068528198,
    2.1723265837292986037e-8,
    1.7048826439329838384,
  ],
  [
    'Pois(1e4) | Pois(1.01e4)',
    0.49669146831917151785,
    0.49834161699763676698,
    0.11092674529879326378,
    6.5207918537618828386,
    6.0241003854427113208,
    6.0290756333857577193,
  ],
  [
    'Bin(10000, 0.3) | Pois(3000)',
    0.028338543474477435169,
    Infinity,
    0.0077406235839564387388,
    5.2721170369826581705,
    5.2437784935081807353,
    5.4220945346204325833,
  ],
  [
    'Bin(50, 0.2) | Bin(80, 0.125)',
    0.0019835293571344638887,
    Infinity,
    0.00051126758934591905669,
    2.4565849468179756093,
    2.4546014174608411454,
    2.4977386438606727207,
  ],
  [
    'Bin(10000, 0.5) | Bin(10000, 0.5)',
    0.0,
    0.0,
    0.0,
    5.3309615377993187479,
    5.3309615377993187479,
    5.3309615377993187479,
  ],
  [
    'Pois(1e4) | Pois(1e4)',
    0.0,
    0.0,
    0.0,
    6.0241003854427113208,
    6.0241003854427113208,
    6.0241003854427113208,
  ],
];

/** The label's two distributions: 'Bin(n, p)' or 'Pois(λ)'. */
function parse(text: string): IntegerDistribution {
  const m = /^(Bin|Pois)\(([^,)]+)(?:, ([^)]+))?\)$/.exec(text.trim())!;
  return m[1] === 'Bin'
    ? bin({ n: Number(m[2]), p: Number(m[3]) })
    : pois({ lambda: Number(m[2]) });
}

/**
 * The reported error must cover the true error (that is what it is for), and be a useful size
 * (≤ 1e-12 relative or 1e-13 absolute: the rounding estimate 8ε·Σp(|ln p| + |ln q|) for equal pairs).
 */
function expectWithinItsError(name: string, v: MeasureValue, expected: number): void {
  if (expected === Infinity) {
    expect(v.value, name).toBe(Infinity);
    expect(v.reason?.code, name).toBe('support-mismatch');
    return;
  }
  const err = Math.abs(v.value - expected);
  if (expected !== 0) WORST[name] = Math.max(WORST[name] ?? 0, err / Math.abs(expected));
  expect(err, `${name}: ${v.value} vs ${expected}, error estimate ${v.error}`).toBeLessThanOrEqual(
    v.error,
  );
  expect(v.error, name).toBeLessThanOrEqual(Math.max(1e-12 * Math.abs(expected), 1e-13));
}

afterAll(() => console.info('integerSums, worst relative errors', WORST));

describe('sums between Poisson and binomial distributions', () => {
  for (const [label, klPQ, klQP, js, cePQ, hP, hQ] of SUMS) {
    it(label, () => {
      const [pText, qText] = label.split('|');
      const m = integerMeasures(parse(pText!), parse(qText!));
      expectWithinItsError('klPQ', m.klPQ, klPQ!);
      expectWithinItsError('klQP', m.klQP, klQP!);
      expectWithinItsError('js', m.js, js!);
      expectWithinItsError('cePQ', m.cePQ, cePQ!);
      expectWithinItsError('hP', m.hP, hP!);
      expectWithinItsError('hQ', m.hQ, hQ!);
      if (klPQ !== Infinity && klQP !== Infinity) {
        expect(m.symKl.value).toBeCloseTo(klPQ! + klQP!, 12);
      } else {
        expect(m.symKl.value).toBe(Infinity);
      }
    });
  }

  it('KL(Pois(3)‖Bin(100, 0.03)) = ∞ at outcome 101, the first Q cannot produce', () => {
    const m = integerMeasures(pois({ lambda: 3 }), bin({ n: 100, p: 0.03 }));
    expect(m.klPQ.reason).toEqual({ code: 'support-mismatch', zeroIn: 'Q', outcome: 101 });
    expect(m.cePQ.reason).toEqual({ code: 'support-mismatch', zeroIn: 'Q', outcome: 101 });
    const r = integerMeasures(bin({ n: 100, p: 0.03 }), pois({ lambda: 3 }));
    expect(r.klQP.reason).toEqual({ code: 'support-mismatch', zeroIn: 'P', outcome: 101 });
  });

  it('degenerate binomials: Bin(n, 0) and Bin(n, 1) against each other and against Poisson', () => {
    const zero = bin({ n: 5, p: 0 });
    const one = bin({ n: 5, p: 1 });
    const same = integerMeasures(zero, zero);
    expect(same.klPQ.value).toBe(0);
    expect(same.hP.value).toBe(0);
    const apart = integerMeasures(zero, one);
    expect(apart.klPQ.reason).toEqual({ code: 'support-mismatch', zeroIn: 'Q', outcome: 0 });
    expect(apart.js.value).toBeCloseTo(Math.LN2, 15); // disjoint supports: JS = ln 2
    // KL(Bin(5, 0)‖Pois(2)) = ln 1 − ln e^(−2) = 2 (all mass at 0).
    expect(integerMeasures(zero, pois({ lambda: 2 })).klPQ.value).toBeCloseTo(2, 15);
  });

  it('entropy of Pois(λ) for λ = 1e-9 (≈ λ(1 − ln λ)) and of Bin(10000, 0.5)', () => {
    const tiny = integerEntropy(pois({ lambda: 1e-9 }));
    // From the table: H(Pois(1e-9)) = 2.1723265837292986037e-8.
    expect(Math.abs(tiny.value - 2.1723265837292986037e-8)).toBeLessThanOrEqual(tiny.error);
    const wide = integerEntropy(bin({ n: 10000, p: 0.5 }));
    expect(Math.abs(wide.value - 5.3309615377993187479)).toBeLessThanOrEqual(wide.error);
  });

  it('sums only where the terms matter: λ = 1e-9 stops after a few terms, and the bound still closes', () => {
    const m = integerMeasures(pois({ lambda: 1e-9 }), pois({ lambda: 1e-9 }));
    expect(m.klPQ.value).toBe(0);
    expect(m.klPQ.error).toBeLessThan(1e-20);
  });
});
