import { describe, expect, it } from 'vitest';
import { formatKl } from '../../format';
import { landscapeFigure } from './fitFigures';

describe('the fit view in the chosen unit', () => {
  it('formats a divergence in nats or bits (1 bit = ln 2 nats)', () => {
    expect(formatKl(0.5, 'nats')).toBe('0.5 nats');
    expect(formatKl(Math.LN2, 'bits')).toBe('1 bits');
    expect(formatKl(2 * Math.LN2, 'bits')).toBe('2 bits');
  });

  it('draws the landscape as log₁₀(10⁻³ + KL) in the chosen unit, and says which', () => {
    // KL = 0.999·ln 2 nats = 0.999 bits: log₁₀(0.001 + 0.999) = 0 in bits; log₁₀(0.001 + 0.6924…) in nats.
    const grid = { mu: [0], logSigma: [0], z: [0.999 * Math.LN2] };
    const bits = landscapeFigure(grid, 'KL(Q‖P)', [], [], 'bits');
    const heat = bits.data[0] as { z: number[][]; colorbar: { title: { text: string } } };
    expect(heat.z[0]![0]).toBeCloseTo(0, 12);
    expect(heat.colorbar.title.text).toBe('log₁₀ KL(Q‖P) (bits)');
    const nats = landscapeFigure(grid, 'KL(Q‖P)', [], [], 'nats').data[0] as { z: number[][] };
    expect(nats.z[0]![0]).toBeCloseTo(Math.log10(0.001 + 0.999 * Math.LN2), 12);
  });
});
