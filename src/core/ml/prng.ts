/**
 * A tiny seeded PRNG for the ML lab's synthetic data, private to src/core/ml (there is no shared
 * src/core/random yet; replace this with it when it exists).
 *
 * mulberry32 (Tommy Ettinger, public domain): a 32-bit state, period 2³², passes gjrand/PractRand
 * to 2³² outputs; ample for a few thousand draws, and identical on every JS engine because it uses
 * only Math.imul and 32-bit integer operations.
 */
export interface Prng {
  /** A uniform draw in [0, 1) with 32 random bits. */
  next(): number;
  /** A standard normal draw (Box–Muller; uses two uniforms). */
  normal(): number;
}

/** A mulberry32 generator seeded with the low 32 bits of `seed`. */
export function mulberry32(seed: number): Prng {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    normal() {
      const u1 = 1 - next(); // (0, 1]: log(u1) is finite
      const u2 = next();
      return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
    },
  };
}
