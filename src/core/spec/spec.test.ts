import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Distribution } from '../distributions/types';
import { formatSpec } from './format';
import { parseSpec } from './parse';

describe('parseSpec accepts the grammar', () => {
  const cases: [string, Distribution][] = [
    ['Bern(0.3)', { family: 'bernoulli', p: 0.3 }],
    [' Bern ( 1e-12 ) ', { family: 'bernoulli', p: 1e-12 }],
    ['Bern(1)', { family: 'bernoulli', p: 1 }],
    ['Cat(1,2, 3)', { family: 'categorical', weights: [1, 2, 3] }],
    ['N(-3,.5)', { family: 'normal', mu: -3, sigma: 0.5 }],
    ['N(1e3, 2E-1)', { family: 'normal', mu: 1000, sigma: 0.2 }],
    ['N2(0,1,2,3,-0.999)', { family: 'normal2', mx: 0, my: 1, sx: 2, sy: 3, rho: -0.999 }],
    [
      'Mix(0.5*N(-3,1),0.5*N(3,1))',
      {
        family: 'mixture',
        components: [
          { weight: 0.5, component: { family: 'normal', mu: -3, sigma: 1 } },
          { weight: 0.5, component: { family: 'normal', mu: 3, sigma: 1 } },
        ],
      },
    ],
    [
      'Mix(1*N2(0,0,1,1,0))',
      {
        family: 'mixture2',
        components: [
          { weight: 1, component: { family: 'normal2', mx: 0, my: 0, sx: 1, sy: 1, rho: 0 } },
        ],
      },
    ],
  ];
  it.each(cases)('%s', (text, expected) => {
    expect(parseSpec(text)).toEqual({ ok: true, value: expected });
  });
});

describe('parseSpec explains what is wrong', () => {
  const cases: [string, RegExp][] = [
    ['Bern(1.7)', /0 ≤ p ≤ 1, got 1.7/],
    ['Bern(-0.1)', /0 ≤ p ≤ 1/],
    ['Bern(x)', /expected a number but found 'x'/],
    ['Bern(', /missing a number/],
    ['Bern(0.3', /missing '\)'/],
    ['Bern(0.3,0.4)', /takes 1 number, got 2/],
    ['', /Empty/],
    ['Foo(1)', /Unknown distribution 'Foo'/],
    ['Cat(1)', /at least 2/],
    ['Cat(1,-2)', /≥ 0, got -2/],
    ['Cat(0,0)', /positive, finite sum/],
    ['N(0,0)', /sigma > 0/],
    ['N(0,-1)', /sigma > 0/],
    ['N2(0,0,1,1,1)', /\|rho\| < 1/],
    ['Mix(0.5*N(0,1),0.5*N2(0,0,1,1,0))', /all N or all N2/],
    ['Mix(0.5*Bern(0.5))', /must be N/],
    ['Mix(N(0,1))', /expected a number/],
    [`Mix(${Array.from({ length: 9 }, () => '1*N(0,1)').join(',')})`, /at most 8 components/],
    ['Bern(0.3) extra', /Unexpected/],
    ['N(1e999,1)', /too large/],
  ];
  it.each(cases)('%s', (text, message) => {
    const r = parseSpec(text);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.message).toMatch(message);
      expect(r.error.start).toBeGreaterThanOrEqual(0);
      expect(r.error.end).toBeLessThanOrEqual(Math.max(text.length, 1));
    }
  });
});

describe('formatSpec round-trips (seed 7)', () => {
  const real = fc.double({ min: -1e6, max: 1e6, noNaN: true });
  const positive = fc.double({ min: 1e-9, max: 1e6, noNaN: true });
  const normal = fc.record({ family: fc.constant('normal' as const), mu: real, sigma: positive });
  const normal2 = fc.record({
    family: fc.constant('normal2' as const),
    mx: real,
    my: real,
    sx: positive,
    sy: positive,
    rho: fc.double({ min: -0.999999, max: 0.999999, noNaN: true }),
  });
  const weight = fc.double({ min: 0.001, max: 10, noNaN: true });
  const distribution: fc.Arbitrary<Distribution> = fc.oneof(
    fc.record({
      family: fc.constant('bernoulli' as const),
      p: fc.double({ min: 0, max: 1, noNaN: true }),
    }),
    fc.record({
      family: fc.constant('categorical' as const),
      weights: fc.array(weight, { minLength: 2, maxLength: 20 }),
    }),
    normal,
    normal2,
    fc.record({
      family: fc.constant('mixture' as const),
      components: fc.array(fc.record({ weight, component: normal }), {
        minLength: 1,
        maxLength: 8,
      }),
    }),
    fc.record({
      family: fc.constant('mixture2' as const),
      components: fc.array(fc.record({ weight, component: normal2 }), {
        minLength: 1,
        maxLength: 8,
      }),
    }),
  );
  it('parseSpec(formatSpec(d)) equals d', () => {
    fc.assert(
      fc.property(distribution, (d) => {
        const r = parseSpec(formatSpec(d));
        expect(r).toEqual({
          ok: true,
          value: JSON.parse(JSON.stringify(d, (_k, v) => (Object.is(v, -0) ? 0 : v))),
        });
      }),
      { seed: 7, numRuns: 300 },
    );
  });
  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (s) => void parseSpec(s)),
      { seed: 7, numRuns: 1000 },
    );
  });
});
