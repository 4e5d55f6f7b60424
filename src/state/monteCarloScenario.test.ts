import { describe, expect, it } from 'vitest';
import { DEFAULT_MC_SCENARIO, parseWholeNumber } from './monteCarloScenario';
import { decodeScenario, encodeScenario } from './urlCodec';

describe('Monte Carlo URL parameters', () => {
  it('reads n and seed, accepting exponent notation', () => {
    const { scenario, problems } = decodeScenario('?view=mc&p=N(0,1)&q=N(1,1.5)&n=2e5&seed=3');
    expect(problems).toEqual([]);
    expect(scenario).toMatchObject({ view: 'mc', n: 200_000, seed: 3 });
    expect(decodeScenario('?n=1e+8').scenario.n).toBe(1e8);
  });

  it('round-trips and leaves the defaults out', () => {
    const { scenario } = decodeScenario('?view=mc&n=12345&seed=99');
    const search = encodeScenario(scenario);
    expect(search).toContain('n=12345');
    expect(search).toContain('seed=99');
    expect(decodeScenario(search).scenario).toMatchObject({ n: 12345, seed: 99 });
    expect(encodeScenario({ ...scenario, ...DEFAULT_MC_SCENARIO })).not.toMatch(/[?&](n|seed)=/);
  });

  it.each([
    ['n=0', 'n'],
    ['n=1.5', 'n'],
    ['n=2e8', 'n'],
    ['n=abc', 'n'],
    ['seed=-1', 'seed'],
    ['seed=4294967296', 'seed'],
  ])('reports %s and falls back to the default', (query, param) => {
    const { scenario, problems } = decodeScenario(`?${query}`);
    expect(problems.map((p) => p.param)).toEqual([param]);
    expect(scenario.n).toBe(DEFAULT_MC_SCENARIO.n);
    expect(scenario.seed).toBe(DEFAULT_MC_SCENARIO.seed);
  });

  it('parseWholeNumber says why', () => {
    expect(parseWholeNumber('2.5', 1, 10)).toEqual({
      ok: false,
      message: 'must be a whole number',
    });
    expect(parseWholeNumber(' 7 ', 1, 10)).toEqual({ ok: true, value: 7 });
  });
});
