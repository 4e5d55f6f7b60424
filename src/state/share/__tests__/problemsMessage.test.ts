import { describe, expect, it } from 'vitest';
import { decodeScenario } from '../../urlCodec';
import { problemsMessage, PROBLEMS_LISTED } from '../problemsMessage';

const known = () => true;

describe('problemsMessage (issue 15: bounded messages)', () => {
  it('counts 7,000 repeats of one parameter instead of listing them', () => {
    const search = `?v=1${'&hide=formula'.repeat(7000)}`;
    const { problems } = decodeScenario(search);
    expect(problems).toHaveLength(6999); // the first one is used
    const text = problemsMessage(problems, 'link', known);
    expect(text).toContain('6,999 times');
    expect(text.length).toBeLessThan(300);
  });

  it('spells out at most five distinct problems and counts the rest', () => {
    const problems = Array.from({ length: 9 }, (_, i) => ({
      param: `x${i}`,
      message: 'is unknown',
    }));
    const text = problemsMessage(problems, 'link', () => false);
    for (let i = 0; i < PROBLEMS_LISTED; i++) expect(text).toContain(`“x${i}”`);
    expect(text).not.toContain('“x5”');
    expect(text).toContain('and 4 more');
  });

  it('shortens a huge parameter name', () => {
    const name = 'a'.repeat(100_000);
    const text = problemsMessage([{ param: name, message: 'is unknown' }], 'link', () => false);
    expect(text.length).toBeLessThan(120);
    expect(text).toContain('…');
  });

  it('keeps a single problem as one plain sentence', () => {
    expect(problemsMessage([{ param: 'p', message: 'is not a spec' }], 'link', known)).toBe(
      'URL parameter “p” is not a spec (its default is used).',
    );
  });
});
