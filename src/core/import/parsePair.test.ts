import { describe, expect, it } from 'vitest';
import { PairTextReader, parsePair } from './parsePair';

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

describe('PairTextReader (parsePair in slices, for the worker)', () => {
  const texts = [
    'p,q\n0.25,0.5\n\n0.75,0.5\n',
    'a, 1, 2\nb, 3, 4\nc, 5, 6',
    '0.25 0.25 0.25 0.25\n0.1 0.2 0.3 0.4',
    '1 2 3\n4 5 6\n7 8 9',
    '0.5, x\n0.5, 0.5',
    '{"p": [0.25, 0.75], "q": [0.5, 0.5]}',
    '',
  ];
  it.each(texts)('reads %j one line per step exactly as parsePair does', (text) => {
    const reader = new PairTextReader(text);
    let last = -1;
    let steps = 0;
    while (!reader.step(1)) {
      const { done, total } = reader.progress;
      expect(done).toBeGreaterThan(last);
      expect(done).toBeLessThanOrEqual(total);
      last = done;
      steps++;
    }
    expect(steps).toBeLessThanOrEqual(text.split('\n').length);
    expect(reader.result('auto')).toEqual(parsePair(text));
  });

  it('reads 100,000 "p, q" lines in slices with the sums a hand count gives', () => {
    // p_k ∝ k, q uniform: P's weights sum to K(K + 1)/2.
    const K = 100_000;
    const lines: string[] = ['p,q'];
    for (let k = 1; k <= K; k++) lines.push(`${k},1`);
    const reader = new PairTextReader(lines.join('\n'));
    let slices = 0;
    while (!reader.step(20_000)) slices++;
    expect(slices).toBe(5);
    const r = reader.result('auto');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.p.total).toBe((K * (K + 1)) / 2);
    expect(r.q.probs[K - 1]).toBe(1 / K);
    expect(r.p.probs[K - 1]).toBe(K / ((K * (K + 1)) / 2));
  });
});
