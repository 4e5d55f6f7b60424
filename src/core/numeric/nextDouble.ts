const scratch = new Float64Array(1);
const bits = new BigInt64Array(scratch.buffer);

/** The next double above x (x finite); 0 gives the smallest subnormal 5e-324. */
export function nextUp(x: number): number {
  if (x === 0) return Number.MIN_VALUE;
  scratch[0] = x;
  bits[0] = x > 0 ? bits[0]! + 1n : bits[0]! - 1n;
  return scratch[0];
}

/** The next double below x (x finite). */
export const nextDown = (x: number): number => -nextUp(-x);
