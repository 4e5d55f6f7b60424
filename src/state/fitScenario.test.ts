import { describe, expect, it } from 'vitest';
import { DEFAULT_SCENARIO } from './slices/scenario';
import { fitStartCodec } from './fitScenario';
import { decodeScenario, encodeScenario } from './urlCodec';

describe('start= (the fit’s start) in the link', () => {
  it('reads μ,σ as a 1-D start and mx,my,sx,sy,ρ as a 2-D one (cov = [[sx², ρsxsy], [ρsxsy, sy²]])', () => {
    expect(decodeScenario('start=-4.5,1').scenario.fitStart).toEqual({ mu: -4.5, sigma: 1 });
    // sx = 2, sy = 1, ρ = 0.5: Σ₁₂ = 0.5·2·1 = 1.
    expect(decodeScenario('start=1,2,2,1,0.5').scenario.fitStart).toEqual({
      mean: [1, 2],
      cov: [
        [4, 1],
        [1, 1],
      ],
    });
  });
  it('round-trips, leaves the default out, and refuses bad values with a reason', () => {
    const s = { ...DEFAULT_SCENARIO, fitStart: { mu: -1.5, sigma: 0.25 } };
    expect(encodeScenario(s)).toContain('start=-1.5,0.25');
    expect(decodeScenario(encodeScenario(s)).scenario.fitStart).toEqual(s.fitStart);
    expect(encodeScenario(DEFAULT_SCENARIO)).not.toContain('start=');
    for (const bad of ['1', '1,0', '1,-2', 'a,1', '0,0,1,1,1', '1,2,3'])
      expect(fitStartCodec.decode(bad).ok).toBe(false);
    const r = decodeScenario('start=0,-1');
    expect(r.scenario.fitStart).toBeNull();
    expect(r.problems[0]?.param).toBe('start');
  });
  it('keeps six significant digits of a dragged start', () => {
    expect(fitStartCodec.encode({ mu: 0.1 + 0.2, sigma: 2 / 3 })).toBe('0.3,0.666667');
  });
});
