import { describe, expect, it } from 'vitest';
import { decodeScenario, encodeScenario } from '../urlCodec';
import { DEFAULT_SCENARIO } from '../slices/scenario';

describe('samples lab URL rows', () => {
  it('reads view=samples with k, bins, comp and the shared n, seed', () => {
    const { scenario, problems } = decodeScenario(
      '?view=samples&p=N(0,1)&q=N(1,2)&n=5000&seed=7&k=5&bins=40&comp=2',
    );
    expect(problems).toEqual([]);
    expect(scenario).toMatchObject({
      view: 'samples',
      n: 5000,
      seed: 7,
      knnK: 5,
      bins: 40,
      components: 2,
    });
  });
  it('refuses k = 0 and bins = 1, keeping the defaults', () => {
    const { scenario, problems } = decodeScenario('?view=samples&k=0&bins=1');
    expect(problems.map((p) => p.param)).toEqual(['k', 'bins']);
    expect(scenario.knnK).toBe(DEFAULT_SCENARIO.knnK);
  });
  it('writes data=local when files were used, and never the data', () => {
    const url = encodeScenario({ ...DEFAULT_SCENARIO, view: 'samples', sampleData: 'local' });
    expect(url).toContain('data=local');
    expect(decodeScenario(url).scenario.sampleData).toBe('local');
  });
});
