/**
 * A number as spec text: JavaScript's shortest round-tripping decimal, with −0 printed as 0 (the
 * grammar has no use for the sign of zero).
 */
export const formatSpecNumber = (x: number): string => (Object.is(x, -0) ? '0' : String(x));

/** The smallest normal double, 2.2250738585072014e-308: the smallest width the grammar accepts. */
export const MIN_NORMAL = 2.2250738585072014e-308;
