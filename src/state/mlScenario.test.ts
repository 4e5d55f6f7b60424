import { describe, expect, it } from 'vitest';
import { DEFAULT_SCENARIO } from './slices/scenario';
import { formatLogitMatrix, parseLogit, parseLogitMatrix } from './mlScenario';
import { decodeScenario, encodeScenario } from './urlCodec';

describe('parseLogit', () => {
  it.each([
    ['1.5', 1.5],
    ['-2', -2],
    ['.5', 0.5],
    ['1e-3', 0.001],
    ['-inf', -Infinity],
    ['-Infinity', -Infinity],
    ['−∞', -Infinity],
    [' -INF ', -Infinity],
  ])('reads %s', (text, value) => {
    expect(parseLogit(text)).toEqual({ ok: true, value });
  });

  it.each([
    ['', 'enter a number'],
    ['inf', '+∞ is not a logit'],
    ['x', 'is not a number'],
    ['1,2', 'is not a number'],
    ['NaN', 'is not a number'],
    ['2e6', 'too large'],
  ])('refuses %j', (text, message) => {
    const r = parseLogit(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toContain(message);
  });
});

describe('parseLogitMatrix', () => {
  it('reads rows separated by ; and round-trips through the formatter', () => {
    const r = parseLogitMatrix('1,2,3;0,-inf,2');
    expect(r).toEqual({
      ok: true,
      value: [
        [1, 2, 3],
        [0, -Infinity, 2],
      ],
    });
    if (r.ok) expect(formatLogitMatrix(r.value)).toBe('1,2,3;0,-inf,2');
  });

  it.each([
    ['1,2,3;0,1', 'rows must have equal lengths: row 1 has 3 logits, row 2 has 2'],
    ['1', 'row 1: needs 2 to 10 logits, got 1'],
    [Array.from({ length: 9 }, () => '1,2').join(';'), 'at most 8 rows, got 9'],
    ['1,2;3,y', "row 2: logits 2: 'y' is not a number (or -inf)"],
  ])('refuses %s', (text, message) => {
    expect(parseLogitMatrix(text)).toEqual({ ok: false, message });
  });
});

describe('the ML scenario in the URL', () => {
  it("decodes the issue's torch URL exactly", () => {
    const { scenario, problems } = decodeScenario(
      '?view=torch&student=1,2,3;0,1,2&teacher=0.5,1,-1;2,0,1&T=2',
    );
    expect(problems).toEqual([]);
    expect(scenario.view).toBe('torch');
    expect(scenario.mlStudent).toEqual([
      [1, 2, 3],
      [0, 1, 2],
    ]);
    expect(scenario.mlTeacher).toEqual([
      [0.5, 1, -1],
      [2, 0, 1],
    ]);
    expect(scenario.mlT).toBe(2);
  });

  it('writes ; unescaped and round-trips a masked logit', () => {
    const scenario = {
      ...DEFAULT_SCENARIO,
      view: 'torch' as const,
      mlStudent: [
        [1, -Infinity],
        [0, 1],
      ],
      mlT: 0.5,
    };
    const search = encodeScenario(scenario);
    expect(search).toContain('student=1,-inf;0,1');
    expect(search).toContain('T=0.5');
    expect(decodeScenario(search)).toEqual({ scenario, problems: [] });
  });

  it('reports a bad value and keeps the default', () => {
    const { scenario, problems } = decodeScenario('?view=vae&sigma=1,0&calsize=125.5');
    expect(scenario.vaeSigma).toEqual(DEFAULT_SCENARIO.vaeSigma);
    expect(scenario.calSize).toBe(DEFAULT_SCENARIO.calSize);
    expect(problems.map((p) => p.param)).toEqual(['sigma', 'calsize']);
    expect(problems[0]!.message).toContain('standard deviations 2: must be between 0.001 and 10');
    expect(problems[1]!.message).toContain('must be a whole number');
  });
});
