import { describe, expect, it, vi } from 'vitest';
import { analysePair } from '../analysis';
import type { MeasureValue } from '../divergences/types';
import { parseSpec } from '../spec/parse';
import { expectClose } from '../../test/tolerance';
import type * as Table from './table';
import type { MeasureDefinition, PointwiseMeasure } from './table';

/**
 * A measure added to the table alone is computed by every producer: the categorical and integer
 * sums, the 1-D quadrature in x and in the Gaussian frames, and the 2-D quadrature. The measure here
 * is the triangular discrimination Δ(P, Q) = ∫(p − q)²/(p + q), an f-divergence in [0, 2] that the
 * app does not have, appended to the table by a mock that recomputes the table's derived exports.
 */
vi.mock('./table', async (importOriginal) => {
  const t = await importOriginal<typeof Table>();
  const integrated: PointwiseMeasure = {
    min: 0,
    max: 2,
    term: (_lp, p, _lq, q) => (p + q === 0 ? 0 : ((p - q) * (p - q)) / (p + q)),
    kind: 'f-divergence',
    tail: { kind: 'mass', c: 1 },
  };
  const delta: MeasureDefinition = {
    key: 'delta',
    label: 'Δ(P, Q)',
    short: 'Δ',
    testId: 'delta',
    description: 'Triangular discrimination',
    unit: 'none',
    colour: 'neutral',
    integrated,
    code: { label: 'Delta(P,Q)', expr: 'delta' },
  };
  const MEASURES: readonly MeasureDefinition[] = [...t.MEASURES, delta];
  const MEASURE_BY_KEY = Object.fromEntries(MEASURES.map((m) => [m.key, m]));
  const INTEGRATED_KEYS = MEASURES.flatMap((m) => (m.integrated ? [m.key] : []));
  return {
    ...t,
    MEASURES,
    MEASURE_KEYS: MEASURES.map((m) => m.key),
    MEASURE_BY_KEY,
    INTEGRATED_KEYS,
    POINTWISE: INTEGRATED_KEYS.map((key) => ({ ...MEASURE_BY_KEY[key]!.integrated!, key })),
  };
});

function delta(p: string, q: string): MeasureValue {
  const [a, b] = [parseSpec(p), parseSpec(q)];
  if (!a.ok || !b.ok) throw new Error('spec');
  const r = analysePair(a.value, b.value, 'fine', 0.5);
  if (!r.ok) throw new Error(r.problem.message);
  const m = r.measures as unknown as Record<string, MeasureValue>;
  expect(Object.keys(m).at(-1)).toBe('delta');
  return m['delta']!;
}

/**
 * Δ(N(0, 1), N(1, 1)) by composite Simpson on [−20, 21] with 2·10⁵ panels: the integrand is smooth
 * and below 1e-80 beyond, so the rule's error is far under 1e-13.
 */
function deltaUnitNormals(): number {
  const [lo, hi, n] = [-20, 21, 200_000];
  const h = (hi - lo) / n;
  const f = (x: number) => {
    const p = Math.exp(-0.5 * x * x) / Math.sqrt(2 * Math.PI);
    const q = Math.exp(-0.5 * (x - 1) ** 2) / Math.sqrt(2 * Math.PI);
    return ((p - q) * (p - q)) / (p + q);
  };
  let s = f(lo) + f(hi);
  for (let i = 1; i < n; i++) s += (i % 2 ? 4 : 2) * f(lo + i * h);
  return (s * h) / 3;
}

describe('a measure added to the table alone', () => {
  it('is summed over categories: Δ(Bern(½), Bern(¼)) = ¼²/¾ + ¼²/(5/4) = 2/15 by hand', () => {
    expectClose(delta('Bern(0.5)', 'Bern(0.25)').value, 2 / 15, 1e-15);
  });

  it('is summed over the integers to a proven tail: Pois(3) against Pois(4)', () => {
    // The pmfs by their recursion, to k = 150 (beyond it both are below 1e-150).
    let [p, q, ref] = [Math.exp(-3), Math.exp(-4), 0];
    for (let k = 0; k <= 150; k++) {
      ref += ((p - q) * (p - q)) / (p + q);
      p *= 3 / (k + 1);
      q *= 4 / (k + 1);
    }
    const d = delta('Pois(3)', 'Pois(4)');
    expectClose(d.value, ref, 1e-14);
    expect(d.error).toBeLessThan(1e-14);
  });

  it('is integrated in x, and in the Gaussian frames where x cannot resolve the pair', () => {
    const ref = deltaUnitNormals();
    const inX = delta('N(0,1)', 'N(1,1)');
    expectClose(inX.value, ref, 1e-10);
    // An f-divergence is the same in any coordinates: σ = 1e-200 takes the frames' path.
    const inFrames = delta('N(0,1e-200)', 'N(1e-200,1e-200)');
    expectClose(inFrames.value, ref, 1e-10);
    expect(inFrames.error).toBeLessThan(1e-9);
  });

  it('is integrated in 2-D: a shift along x alone gives the 1-D value', () => {
    const d = delta('N2(0,0,1,1,0)', 'N2(1,0,1,1,0)');
    expectClose(d.value, deltaUnitNormals(), 1e-8);
  });
});
