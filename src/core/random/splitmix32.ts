/**
 * 32-bit integer hashing for seeding. Everything here uses only Math.imul, xor and unsigned shifts,
 * so every JS engine produces the same bits.
 */

/** The 32-bit golden-ratio Weyl increment ⌊2³²/φ⌋ used by splitmix-style generators. */
export const GOLDEN_GAMMA_32 = 0x9e3779b9;

/**
 * MurmurHash3's fmix32 finaliser: a bijection on 32-bit words with full avalanche
 * (each input bit flips each output bit with probability ≈ ½). Returns an unsigned 32-bit integer.
 */
export function mix32(x: number): number {
  let z = x | 0;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return (z ^ (z >>> 16)) >>> 0;
}

/**
 * splitmix32: the Weyl sequence sₖ = seed + k·0x9e3779b9 (mod 2³²) passed through {@link mix32}.
 * Used only to expand a seed into generator state, never as the sampling generator itself.
 * `seed` is reduced mod 2³²; each call returns the next unsigned 32-bit word.
 */
export function splitmix32(seed: number): () => number {
  let state = seed | 0;
  return () => {
    state = (state + GOLDEN_GAMMA_32) | 0;
    return mix32(state);
  };
}

/**
 * Splits a non-negative safe integer (< 2⁵³) into its low and high 32-bit words.
 * @throws RangeError if `x` is not a safe non-negative integer.
 */
export function uint53Words(x: number): [lo: number, hi: number] {
  if (!Number.isSafeInteger(x) || x < 0) {
    throw new RangeError(`expected a non-negative safe integer, got ${x}`);
  }
  return [x >>> 0, Math.floor(x / 4294967296) >>> 0];
}
