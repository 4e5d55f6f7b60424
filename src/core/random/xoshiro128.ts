import { mix32, uint53Words } from './splitmix32';

const TWO_POW_M52 = 2 ** -52;
const TWO_POW_26 = 2 ** 26;
const TWO_POW_M32 = 2 ** -32;

/**
 * xoshiro128** 1.1 (Blackman & Vigna, 2018): 128 bits of state, period 2¹²⁸ − 1, passes BigCrush.
 * Written with Math.imul, xor and shifts on int32 values, so the integer stream is bit-identical in
 * every JS engine.
 *
 * The state lives in an Int32Array, not in four number fields. Browsers' V8 compresses pointers, so
 * only 31-bit integers are small integers there: a field or an array element holding a state word
 * ≥ 2³⁰ in magnitude (half of them) is a boxed heap number, and handing the words between a hot loop
 * and the generator allocated on every call. In a Chromium worker that was a young-generation
 * collection every ≈ 3 ms and ≈ 30 % of the Gaussian kernel's time; Node (no pointer compression)
 * never showed it. Int32Array elements are raw int32 in every engine.
 *
 * Create one with {@link xoshiro128FromSeed} or {@link xoshiro128ForChunk}; the constructor takes
 * raw state words and throws on the all-zero state (a fixed point of the generator).
 */
export class Xoshiro128 {
  /**
   * The four state words. Hot loops read them into local variables (which V8 keeps in registers),
   * step the generator there, and write them back, so the stream continues exactly. Never all zero.
   */
  readonly words = new Int32Array(4);

  constructor(s0: number, s1: number, s2: number, s3: number) {
    this.setState(s0, s1, s2, s3);
  }

  /** The next unsigned 32-bit integer, uniform on [0, 2³²). */
  nextUint32(): number {
    const w = this.words;
    const s0 = w[0]!;
    const s1 = w[1]!;
    const m = Math.imul(s1, 5);
    const result = Math.imul((m << 7) | (m >>> 25), 9);
    const t = s1 << 9;
    const s2 = w[2]! ^ s0;
    const s3 = w[3]! ^ s1;
    w[1] = s1 ^ s2;
    w[0] = s0 ^ s3;
    w[2] = s2 ^ t;
    w[3] = (s3 << 11) | (s3 >>> 21);
    return result >>> 0;
  }

  /**
   * A uniform double in the open interval (0, 1): (k + ½)/2⁵² with k a 52-bit integer built from the
   * top 26 bits of two consecutive words. Every value is exact (no rounding), the smallest is 2⁻⁵³ and
   * the largest 1 − 2⁻⁵³, so log(u) and log(1 − u) are always finite. Uses two words.
   */
  nextUniform(): number {
    const hi = this.nextUint32() >>> 6;
    const lo = this.nextUint32() >>> 6;
    return (hi * TWO_POW_26 + lo + 0.5) * TWO_POW_M52;
  }

  /** A cheaper uniform on (0, 1) with 32-bit resolution: (u + ½)/2³². Uses one word. */
  nextUniform32(): number {
    return (this.nextUint32() + 0.5) * TWO_POW_M32;
  }

  /**
   * Replaces the state words.
   * @throws RangeError on the all-zero state.
   */
  setState(s0: number, s1: number, s2: number, s3: number): void {
    if ((s0 | s1 | s2 | s3 | 0) === 0) {
      throw new RangeError('xoshiro128** state must not be all zero');
    }
    const w = this.words;
    w[0] = s0;
    w[1] = s1;
    w[2] = s2;
    w[3] = s3;
  }

  /** The four state words (signed int32), for tests and for serialising a generator. */
  state(): [number, number, number, number] {
    const w = this.words;
    return [w[0]!, w[1]!, w[2]!, w[3]!];
  }
}

/**
 * Hashes the key words into four state words. Each word is a chain of {@link mix32} bijections with
 * the key words xor-ed in between, started from a distinct constant, so changing any key word
 * scrambles all four words. Distinct keys give distinct states except with probability ≈ 2⁻¹²⁸.
 */
function hashState(key: readonly number[]): Xoshiro128 {
  const words: number[] = [];
  for (let j = 0; j < 4; j++) {
    let h = mix32(Math.imul(j + 1, 0x9e3779b9) ^ 0x5bd1e995);
    for (const k of key) h = mix32(h ^ k);
    words.push(h);
  }
  // The all-zero state is unreachable in practice (probability 2⁻¹²⁸) but must never be produced.
  if ((words[0]! | words[1]! | words[2]! | words[3]!) === 0) words[0] = 1;
  return new Xoshiro128(words[0]!, words[1]!, words[2]!, words[3]!);
}

/**
 * The generator for a seed: state = hash(seed), see {@link xoshiro128ForChunk}.
 * @param seed a non-negative safe integer (< 2⁵³); throws RangeError otherwise.
 */
export function xoshiro128FromSeed(seed: number): Xoshiro128 {
  const [lo, hi] = uint53Words(seed);
  return hashState([lo, hi]);
}

/**
 * The independent stream for chunk `chunkIndex` of the run with `seed`: the 128-bit state is a hash
 * of (seed, chunkIndex), so any worker can start chunk i without running chunks 0…i−1, and a pool
 * reproduces a single thread exactly. Streams are not provably disjoint (that needs jump-ahead,
 * O(i) per chunk), but with random 128-bit starting points the chance that any two of 2²⁰ chunks of
 * 2³⁰ draws overlap is below 2²⁰·2²⁰·2³⁰/2¹²⁸ = 2⁻⁵⁸.
 * @throws RangeError if seed or chunkIndex is not a non-negative safe integer.
 */
export function xoshiro128ForChunk(seed: number, chunkIndex: number): Xoshiro128 {
  const [lo, hi] = uint53Words(seed);
  const [ilo, ihi] = uint53Words(chunkIndex);
  // The constant separates chunk streams from xoshiro128FromSeed's (which hashes a 2-word key).
  return hashState([lo, hi, ilo, ihi, 0x6368756b]);
}
