import { describe, expect, it } from 'vitest';
import { normalDraw } from '../random/normal';
import { xoshiro128ForChunk } from '../random/xoshiro128';
import { logRatioKernel } from './kernels';

describe('the 1-D Gaussian kernel (generator and ziggurat inlined)', () => {
  it.each([
    [0, 1, 1, 2, 11],
    [-2, 3, 1, 1.5, 12],
    [1e4, 1e-4, -1e4, 1e4, 13],
  ])(
    'N(%f,%f) vs N(%f,%f), seed %i: the same bits as normalDraw per sample',
    (m1, s1, m2, s2, seed) => {
      // 300,000 draws take the ziggurat's slow path ≈ 3,600 times, its tail ≈ 170 times.
      const n = 300_000;
      const kernel = logRatioKernel(
        { family: 'normal', mu: m1, sigma: s1 },
        { family: 'normal', mu: m2, sigma: s2 },
        'Q',
      );
      const fast = xoshiro128ForChunk(seed, 0);
      const out = new Float64Array(n);
      // Uneven blocks, so the state hand-over between calls is exercised too.
      for (let start = 0, size = 1; start < n; start += size, size = Math.min(2 * size + 1, 4099)) {
        kernel.fill(fast, out, start, Math.min(size, n - start));
      }
      const slow = xoshiro128ForChunk(seed, 0);
      const logRatio = Math.log(s1) - Math.log(s2);
      let differ = 0;
      for (let i = 0; i < n; i++) {
        const z = normalDraw(slow);
        const zq = (m1 + s1 * z - m2) / s2;
        // Same expression as the kernel, except 1/σq precomputed there: compare to 1e-12 relative.
        const l = logRatio + 0.5 * (z * z - zq * zq);
        if (!(Math.abs(out[i]! - l) <= 1e-12 * Math.max(1, Math.abs(l)))) differ++;
      }
      expect(differ).toBe(0);
      expect(fast.state()).toEqual(slow.state());
    },
  );
});

describe('the 2-D Gaussian kernel (two draws per sample, generator inlined)', () => {
  it('seed 21: the same stream as two normalDraw per sample, ℓ to 1e-12', () => {
    const n = 200_000;
    const a = { mx: 0, my: 0, sx: 1, sy: 2, rho: 0.5 };
    const b = { mx: 1, my: -1, sx: 1.5, sy: 1, rho: -0.3 };
    const kernel = logRatioKernel({ family: 'normal2', ...a }, { family: 'normal2', ...b }, 'Q');
    const fast = xoshiro128ForChunk(21, 0);
    const out = new Float64Array(n);
    for (let start = 0, size = 1; start < n; start += size, size = Math.min(2 * size + 1, 4099)) {
      kernel.fill(fast, out, start, Math.min(size, n - start));
    }
    // log N2 without −log 2π, from the definition: −Q/(2(1 − ρ²)) − log(sx·sy·√(1 − ρ²)).
    const logN2 = (g: typeof a, x: number, y: number) => {
      const ux = (x - g.mx) / g.sx;
      const uy = (y - g.my) / g.sy;
      const d = 1 - g.rho * g.rho;
      return (
        -(ux * ux - 2 * g.rho * ux * uy + uy * uy) / (2 * d) - Math.log(g.sx * g.sy * Math.sqrt(d))
      );
    };
    const slow = xoshiro128ForChunk(21, 0);
    let differ = 0;
    for (let i = 0; i < n; i++) {
      const z1 = normalDraw(slow);
      const z2 = normalDraw(slow);
      const x = a.mx + a.sx * z1;
      const y = a.my + a.sy * (a.rho * z1 + Math.sqrt(1 - a.rho * a.rho) * z2);
      const l = logN2(b, x, y) - logN2(a, x, y);
      if (!(Math.abs(out[i]! - l) <= 1e-12 * Math.max(1, Math.abs(l)))) differ++;
    }
    expect(differ).toBe(0);
    expect(fast.state()).toEqual(slow.state());
  });
});
