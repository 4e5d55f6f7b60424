import { describe, expect, it } from 'vitest';
import { gaussian2FromNormal2, normal2FromGaussian2 } from '../fit';
import { ellipseAxes, scalesFromAxes } from './ellipse';
import { normal2 } from './make';

describe('the 1σ ellipse of a 2-D Gaussian', () => {
  it('axes and scales by hand', () => {
    // Σ = [[1, .6], [.6, 1]]: eigenvalues 1.6 and 0.4, the major one at 45°.
    const { major, minor, angle } = ellipseAxes(normal2(0, 0, 1, 1, 0.6));
    expect(major).toBeCloseTo(Math.sqrt(1.6), 14);
    expect(minor).toBeCloseTo(Math.sqrt(0.4), 14);
    expect(angle).toBeCloseTo(Math.PI / 4, 14);
    // Back: a = √1.6, b = √0.4 at 45° gives sx² = sy² = (1.6 + 0.4)/2 = 1, ρ = (1.6 − 0.4)·½ = 0.6.
    const s = scalesFromAxes(Math.sqrt(1.6), Math.sqrt(0.4), Math.PI / 4);
    expect(s.sx).toBeCloseTo(1, 14);
    expect(s.sy).toBeCloseTo(1, 14);
    expect(s.rho).toBeCloseTo(0.6, 14);
  });

  it('mean and covariance round-trip with (mx, my, sx, sy, ρ)', () => {
    const d = normal2(1, -2, 2, 0.5, -0.3);
    // Σ₁₂ = ρ·sx·sy = −0.3·2·0.5 = −0.3 (by hand).
    expect(gaussian2FromNormal2(d)).toEqual({
      mean: [1, -2],
      cov: [
        [4, -0.3],
        [-0.3, 0.25],
      ],
    });
    const back = normal2FromGaussian2(gaussian2FromNormal2(d));
    expect(back.sx).toBeCloseTo(2, 15);
    expect(back.sy).toBeCloseTo(0.5, 15);
    expect(back.rho).toBeCloseTo(-0.3, 15);
  });
});
