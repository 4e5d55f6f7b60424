import { describe, expect, it } from 'vitest';
import { CsvSamplesReader, parseSamplesCsv } from '../csv';

describe('parseSamplesCsv', () => {
  it('one column with a header, CRLF line ends and a blank line', () => {
    const r = parseSamplesCsv('value\r\n1.5\r\n-2e-3\r\n\r\n.25\r\n');
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.dimension).toBe(1);
      expect(Array.from(r.values)).toEqual([1.5, -0.002, 0.25]);
      expect(r.header).toEqual(['value']);
      expect(r.badCount).toBe(0);
    }
  });
  it('two columns; bad rows named by line number, the rest kept', () => {
    const lines = ['x,y'];
    for (let i = 0; i < 30; i++) lines.push(`${i},${-i}`);
    lines[5] = 'oops,1'; // line 6
    lines[12] = '3'; // line 13
    const r = parseSamplesCsv(lines.join('\n'));
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.dimension).toBe(2);
      expect(r.rows).toBe(28);
      expect(r.badRows.map((b) => b.line)).toEqual([6, 13]);
      expect(r.badRows[1]!.reason).toMatch(/1 field, expected 2/);
      expect(Array.from(r.values.subarray(0, 4))).toEqual([0, 0, 1, -1]);
    }
  });
  it('semicolons, tabs and spaces separate fields too', () => {
    const r = parseSamplesCsv('1;2\n3\t4\n5 6');
    expect(r.ok && Array.from(r.values)).toEqual([1, 2, 3, 4, 5, 6]);
  });
  it('refuses three columns, with the line', () => {
    const r = parseSamplesCsv('a,b,c\n1,2,3\n');
    expect(r).toEqual({ ok: false, reason: expect.stringMatching(/line 2 has 3 columns/) });
  });
  it('refuses a file that is mostly bad, naming the first bad lines', () => {
    const r = parseSamplesCsv('1\n2\nx\ny\nz\n3');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toMatch(/3 of 6 rows .*lines 3, 4, 5/);
  });
  it('refuses an empty file and hex or Infinity', () => {
    expect(parseSamplesCsv('\n\n').ok).toBe(false);
    const r = parseSamplesCsv(
      ['1', ...Array(30).fill('2'), '0x10', 'Infinity', '1e999'].join('\n'),
    );
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.badRows.map((b) => b.line)).toEqual([32, 33, 34]);
  });
  it('reads in slices with progress', () => {
    const text = Array.from({ length: 1000 }, (_, i) => String(i)).join('\n');
    const reader = new CsvSamplesReader(text);
    let steps = 0;
    while (!reader.step(100)) steps++;
    expect(steps).toBeGreaterThanOrEqual(9);
    expect(reader.progress.done).toBeGreaterThanOrEqual(text.length);
    const r = reader.result();
    expect(r.ok && r.rows).toBe(1000);
  });
});
