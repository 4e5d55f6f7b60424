import type { Distribution, Normal, Normal2 } from '../distributions/types';

/**
 * Formats a distribution in the spec grammar (see parse.ts), with each number as JavaScript's
 * shortest round-tripping decimal, so `parseSpec(formatSpec(d))` gives back d exactly.
 */
export function formatSpec(d: Distribution): string {
  switch (d.family) {
    case 'bernoulli':
      return `Bern(${num(d.p)})`;
    case 'categorical':
      return `Cat(${d.weights.map(num).join(',')})`;
    case 'normal':
      return formatNormal(d);
    case 'normal2':
      return formatNormal2(d);
    case 'mixture':
      return `Mix(${d.components.map((c) => `${num(c.weight)}*${formatNormal(c.component)}`).join(',')})`;
    case 'mixture2':
      return `Mix(${d.components.map((c) => `${num(c.weight)}*${formatNormal2(c.component)}`).join(',')})`;
  }
}

const formatNormal = (d: Normal) => `N(${num(d.mu)},${num(d.sigma)})`;
const formatNormal2 = (d: Normal2) => `N2(${[d.mx, d.my, d.sx, d.sy, d.rho].map(num).join(',')})`;

/** −0 prints as 0: the grammar has no use for the sign of zero. */
const num = (x: number) => (Object.is(x, -0) ? '0' : String(x));
