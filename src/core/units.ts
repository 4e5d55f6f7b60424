/**
 * Units of information. Branded so that a value in bits is never passed where nats are expected:
 * every number the core returns is in nats, and conversion happens once, at display time.
 */
export type Nats = number & { readonly __unit: 'nats' };
export type Bits = number & { readonly __unit: 'bits' };

export type InformationUnit = 'nats' | 'bits';

/** Tags a plain number as nats. Use only where the value was computed with the natural log. */
export const nats = (x: number): Nats => x as Nats;

/** bits = nats / ln 2. Infinity stays Infinity. */
export const natsToBits = (x: Nats | number): Bits => (x / Math.LN2) as Bits;

/** Converts a value in nats to the requested unit. */
export const inUnit = (x: Nats | number, unit: InformationUnit): number =>
  unit === 'bits' ? natsToBits(x) : x;
