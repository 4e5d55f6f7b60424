import { describe, expect, it } from 'vitest';
import { LineCursor } from './lineCursor';

const all = (text: string) => {
  const c = new LineCursor(text);
  const out: [number, string][] = [];
  for (let s = c.next(); s !== undefined; s = c.next()) out.push([c.line, s]);
  return out;
};

describe('LineCursor', () => {
  it('returns each line with its number; a final newline ends the last line, not a new one', () => {
    expect(all('a\nb\n')).toEqual([
      [1, 'a'],
      [2, 'b'],
    ]);
    expect(all('a\n\r\nb')).toEqual([
      [1, 'a'],
      [2, '\r'],
      [3, 'b'],
    ]);
    expect(all('')).toEqual([]);
  });
  it('reports how far it is, and finish() skips to the end', () => {
    const c = new LineCursor('ab\ncd');
    c.next();
    expect(c.consumed).toBe(3);
    c.next();
    expect([c.consumed, c.done]).toEqual([5, true]);
    const d = new LineCursor('x\ny');
    d.finish();
    expect([d.done, d.next()]).toEqual([true, undefined]);
  });
});
