import { incompatibility } from '../../../core/analysis';
import { describe, expect, it } from 'vitest';
import { LESSON_LIST, lessonStep, lessonStepCount, mergeQuery } from '../../lessons/catalogue';
import { LESSON_IDS } from '../../lessons/lessonIds';
import { lessonScenario } from '../../lessons/openLesson';
import { DEFAULT_SCENARIO } from '../../slices/scenario';
import { decodeScenario, encodeScenario } from '../../urlCodec';
import { parseScenarioFile, scenarioFileText } from '../scenarioFile';

describe('link version and classroom parameters', () => {
  it('every link carries v=1, and a missing v reads as the current version', () => {
    expect(encodeScenario(DEFAULT_SCENARIO)).toContain('v=1');
    const { scenario, problems } = decodeScenario('?p=Bern(0.2)');
    expect(problems).toEqual([]);
    expect(scenario.version).toBe(1);
  });

  it('an unknown version restores the rest and names v', () => {
    const { scenario, problems } = decodeScenario('?v=7&p=Bern(0.2)&hide=q,formula&lock=p');
    expect(scenario.p).toEqual({ family: 'bernoulli', p: 0.2 });
    expect(scenario.hide).toEqual(['q', 'formula']);
    expect(scenario.lock).toEqual(['p']);
    expect(problems.map((p) => p.param)).toEqual(['v']);
  });

  it('round-trips lesson, step, present, embed, hide and lock', () => {
    const s = {
      ...DEFAULT_SCENARIO,
      lesson: 'vae' as const,
      step: 3,
      present: true,
      embed: true,
      hide: ['formula', 'tools'] as const,
      lock: ['q'] as const,
    };
    const text = encodeScenario(s);
    expect(text).toContain('lesson=vae&step=3&present=1&embed=1&hide=formula,tools&lock=q');
    const back = decodeScenario(text);
    expect(back.problems).toEqual([]);
    expect(back.scenario).toEqual(s);
  });

  it.each([
    ['?hide=q,plots', 'hide', "'plots' is not one of"],
    ['?lock=r', 'lock', "'r' is not one of"],
    ['?lesson=nope', 'lesson', 'not a lesson'],
    ['?step=0', 'step', 'whole number'],
    ['?present=yes', 'present', "expected '1' or '0'"],
  ])('%s is reported on %s and falls back to the default', (search, param, text) => {
    const { scenario, problems } = decodeScenario(search);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.param).toBe(param);
    expect(problems[0]!.message).toContain(text);
    expect(scenario).toEqual(DEFAULT_SCENARIO);
  });
});

describe('scenario files', () => {
  const current = { ...DEFAULT_SCENARIO, p: { family: 'bernoulli', p: 0.9 } as const };

  it('restores exactly what it saved, defaults included', () => {
    const saved = {
      ...DEFAULT_SCENARIO,
      q: { family: 'normal', mu: 1, sigma: 2 } as const,
      units: 'bits' as const,
    };
    const r = parseScenarioFile(scenarioFileText(saved));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.problems).toEqual([]);
    expect({ ...current, ...r.scenario }).toEqual(saved);
  });

  it.each([
    ['not json {', 'not JSON'],
    ['[1,2]', 'no JSON object'],
    ['{"format":"other"}', 'not a KL Explorer scenario file'],
    ['{"format":"kl-explorer-scenario","v":1}', 'no "parameters"'],
  ])('a bad file (%s) changes nothing and says why', (text, message) => {
    const r = parseScenarioFile(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toContain(message);
  });

  it('another version with a bad value: partial restore, each problem named, the rest kept', () => {
    const r = parseScenarioFile(
      JSON.stringify({
        format: 'kl-explorer-scenario',
        v: 2,
        parameters: { q: 'Bern(0.25)', p: 'Bern(7)', zoom: '2', units: 'bits' },
      }),
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.scenario).toEqual({ q: { family: 'bernoulli', p: 0.25 }, units: 'bits' });
    expect(r.problems.map((p) => p.param).sort()).toEqual(['p', 'v', 'zoom']);
  });
});

describe('lessons', () => {
  it('there are at least 12, each with 2–4 sentences, a start, prompts and a question', () => {
    expect(LESSON_LIST.length).toBeGreaterThanOrEqual(12);
    for (const l of LESSON_LIST) {
      expect(l.sentences.length).toBeGreaterThanOrEqual(2);
      expect(l.sentences.length).toBeLessThanOrEqual(4);
      expect(l.tryThis.length).toBeGreaterThanOrEqual(1);
    }
  });

  it.each(LESSON_IDS)('every step of %s decodes without a problem', (id) => {
    const lesson = LESSON_LIST.find((l) => l.id === id)!;
    for (let s = 1; s <= lessonStepCount(lesson); s++) {
      const { problems } = decodeScenario(lessonStep(lesson, s).query);
      expect(problems).toEqual([]);
    }
  });

  it.each(LESSON_IDS)('every step of %s puts P and Q on one sample space', (id) => {
    const lesson = LESSON_LIST.find((l) => l.id === id)!;
    for (let s = 1; s <= lessonStepCount(lesson); s++) {
      const { scenario } = decodeScenario(lessonStep(lesson, s).query);
      expect(incompatibility(scenario.p, scenario.q)).toBeNull();
    }
  });

  it('a step keeps the classroom settings and sets lesson and step', () => {
    const s = lessonScenario({ ...DEFAULT_SCENARIO, present: true, hide: ['q'] }, 'gaussian', 2);
    expect(s).toMatchObject({ present: true, hide: ['q'], lesson: 'gaussian', step: 2 });
    expect(s.q).toEqual({ family: 'normal', mu: 1, sigma: 1 });
  });

  it('mergeQuery sets the second query over the first', () => {
    expect(mergeQuery('view=explore&p=Bern(0.1)', 'p=Bern(0.2)&eps=0.1')).toBe(
      'view=explore&p=Bern(0.2)&eps=0.1',
    );
  });
});
