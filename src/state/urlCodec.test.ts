import { describe, expect, it } from 'vitest';
import { DEFAULT_SCENARIO } from './slices/scenario';
import { decodeScenario, encodeScenario } from './urlCodec';

describe('decodeScenario', () => {
  it('reads a scenario', () => {
    const { scenario, problems } = decodeScenario('?p=Bern(0.3)&q=Bern(0.6)&units=bits');
    expect(problems).toEqual([]);
    expect(scenario).toEqual({
      ...DEFAULT_SCENARIO,
      p: { family: 'bernoulli', p: 0.3 },
      q: { family: 'bernoulli', p: 0.6 },
      units: 'bits',
    });
  });

  it('reads + literally, so exponents survive', () => {
    expect(decodeScenario('?p=Bern(1e+0)').scenario.p).toEqual({ family: 'bernoulli', p: 1 });
  });

  it.each([
    ['p=Bern(1.7)', 'p', /0 ≤ p ≤ 1/],
    ['p=Bern(x)', 'p', /expected a number/],
    ['p=Bern(', 'p', /missing a number/],
    [`p=${'1'.repeat(10_000)}`, 'p', /10,000 characters long/],
    ['units=furlongs', 'units', /'nats' or 'bits'/],
    ['p=%E0%A4%A', 'p', /percent-encoding/],
    ['zoom=3', 'zoom', /not a parameter/],
  ])(
    '%s: names the parameter, falls back to its default, keeps the rest',
    (bad, param, message) => {
      const { scenario, problems } = decodeScenario(`?${bad}&q=Bern(0.9)`);
      expect(problems).toHaveLength(1);
      expect(problems[0]!.param).toBe(param);
      expect(problems[0]!.message).toMatch(message);
      expect(scenario.q).toEqual({ family: 'bernoulli', p: 0.9 });
      if (param === 'p') expect(scenario.p).toEqual(DEFAULT_SCENARIO.p);
    },
  );

  it('uses the first of a repeated parameter and says so', () => {
    const { scenario, problems } = decodeScenario('?p=Bern(0.1)&p=Bern(0.2)');
    expect(scenario.p).toEqual({ family: 'bernoulli', p: 0.1 });
    expect(problems[0]!.message).toMatch(/more than once/);
  });
});

describe('encodeScenario', () => {
  it('writes a readable URL that decodes to the same scenario', () => {
    const pair = {
      p: {
        family: 'mixture' as const,
        components: [
          { weight: 0.5, component: { family: 'normal' as const, mu: -3, sigma: 1 } },
          { weight: 0.5, component: { family: 'normal' as const, mu: 3, sigma: 1 } },
        ],
      },
      q: { family: 'normal' as const, mu: 0, sigma: 3.16 },
    };
    const scenario = { ...DEFAULT_SCENARIO, ...pair };
    const search = encodeScenario(scenario);
    // Parameters at their defaults are left out; P and Q are always written.
    expect(search).toBe('?p=Mix(0.5*N(-3,1),0.5*N(3,1))&q=N(0,3.16)&v=1');
    expect(decodeScenario(search)).toEqual({ scenario, problems: [] });
  });
});
