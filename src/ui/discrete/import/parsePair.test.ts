import { describe, expect, it } from 'vitest';
import { parsePair } from './parsePair';

const close = (a: readonly number[], b: readonly number[], tol = 1e-15) => {
  expect(a).toHaveLength(b.length);
  a.forEach((x, i) => expect(Math.abs(x - b[i]!)).toBeLessThanOrEqual(tol));
};

describe('parsePair', () => {
  it.each([
    ['JSON object', '{"p": [0.25, 0.75], "q": [0.5, 0.5]}', 'json'],
    ['JSON array', '[[0.25, 0.75], [0.5, 0.5]]', 'json'],
    ['two rows, commas', '0.25, 0.75\n0.5, 0.5', 'columns'],
    ['two rows, spaces (K > 3)', '0.25 0.25 0.25 0.25\n0.1 0.2 0.3 0.4', 'rows'],
    ['columns with a header', 'p,q\n0.25,0.5\n0.75,0.5\n', 'columns'],
  ])('reads %s', (_, text, format) => {
    const r = parsePair(text);
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.format).toBe(format);
      expect(r.p.readAs).toBe('probabilities');
    }
  });

  it('reads two whitespace rows as P then Q', () => {
    const r = parsePair('0.25 0.25 0.25 0.25\n0.1 0.2 0.3 0.4');
    if (!r.ok) throw new Error(r.message);
    close(r.p.probs, [0.25, 0.25, 0.25, 0.25]);
    close(r.q.probs, [0.1, 0.2, 0.3, 0.4]);
  });

  it('normalises non-negative weights and reports their sum', () => {
    // (1, 3) / 4 = (0.25, 0.75)
    const r = parsePair('{"p": [1, 3], "q": [2, 2]}');
    if (!r.ok) throw new Error(r.message);
    close(r.p.probs, [0.25, 0.75]);
    expect(r.p.total).toBe(4);
  });

  it('auto-detects logits by a negative value and softmaxes them', () => {
    // softmax(0, ln 3) = (1, 3)/4; softmax(−1, −1) = (½, ½)
    const r = parsePair(`{"p": [0, ${Math.log(3)}], "q": [-1, -1]}`);
    if (!r.ok) throw new Error(r.message);
    expect(r.p.readAs).toBe('probabilities'); // no negative: read as weights (0, ln 3)
    expect(r.q.readAs).toBe('logits');
    close(r.q.probs, [0.5, 0.5]);
    const forced = parsePair(`{"p": [0, ${Math.log(3)}], "q": [-1, -1]}`, 'logits');
    if (!forced.ok) throw new Error(forced.message);
    close(forced.p.probs, [0.25, 0.75], 1e-15);
  });

  it('reads −inf as a masked logit (probability 0)', () => {
    const r = parsePair('0 -inf 0\n0 0 0', 'logits');
    if (!r.ok) throw new Error(r.message);
    close(r.p.probs, [0.5, 0, 0.5]);
  });

  it('keeps a label column', () => {
    const r = parsePair('token,p,q\nthe,0.6,0.5\na,0.4,0.5');
    if (!r.ok) throw new Error(r.message);
    expect(r.labels).toEqual(['the', 'a']);
  });

  it.each([
    ['', 'Nothing to import'],
    ['{"p": [0.5, 0.5]}', 'keys “p” and “q”'],
    ['{"p": [0.5, 0.5], "q": [1, 0, 0]}', 'P has 2 values but Q has 3'],
    ['0.5, x\n0.5, 0.5', "Line 1: '0.5, x' is not a pair of numbers"],
    ['{"p": [0.5, "a"], "q": [1, 0]}', '“p”[1] is not a number'],
    ['{"p": [1], "q": [1]}', 'at least 2 categories'],
    ['[1, 2, 3]', 'exactly two arrays'],
    ['{p: 1}', 'not valid JSON'],
  ])('explains bad input %j', (text, message) => {
    const r = parsePair(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toContain(message);
  });

  it('refuses negative probabilities when told they are probabilities', () => {
    const r = parsePair('{"p": [-1, 2], "q": [1, 1]}', 'probabilities');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toContain('value 1 is -1');
  });

  // Its speed is measured in the benchmarks, never asserted here: a loaded machine would fail it.
  it('reads 100,000 categories (sin/cos values, so logits)', () => {
    const k = 100_000;
    const text = JSON.stringify({
      p: Array.from({ length: k }, (_, i) => Math.sin(i)),
      q: Array.from({ length: k }, (_, i) => Math.cos(i)),
    });
    const r = parsePair(text);
    expect(r.ok && r.p.probs.length).toBe(k);
    expect(r.ok && r.p.readAs).toBe('logits');
  });
});
