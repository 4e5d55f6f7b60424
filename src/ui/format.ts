import { inUnit, type InformationUnit } from '../core/units';

/**
 * A measure for people: four significant digits, exponent notation below 1e-3, ∞ for +Infinity.
 * The full-precision value lives in the element's data-value attribute (the readout contract).
 */
export function formatAmount(valueNats: number, unit: InformationUnit): string {
  return formatNumber(inUnit(valueNats, unit));
}

/** A divergence with its unit, to five digits: "0.44315 nats" (data attributes stay in nats). */
export function formatKl(valueNats: number, unit: InformationUnit): string {
  return `${formatNumber(inUnit(valueNats, unit), 5)} ${unit}`;
}

export function formatNumber(x: number, significant = 4): string {
  if (x === Infinity) return '∞';
  if (x === -Infinity) return '−∞';
  if (Number.isNaN(x)) return '—';
  if (x === 0) return '0';
  const abs = Math.abs(x);
  const text =
    abs < 1e-3 || abs >= 1e6
      ? x.toExponential(significant - 1)
      : trimZeros(x.toPrecision(significant));
  return text.replace('-', '−');
}

/**
 * A location μ beside its scale σ, to `significant` digits of σ's size: digits of μ finer than
 * that are the optimiser's noise (a reverse fit to a centred Cauchy ends at μ = 2.9e−14 with
 * σ = 1.63, which reads as 0). The full value stays in the readout's data-mu.
 */
export function formatLocation(mu: number, sigma: number, significant = 5): string {
  if (!Number.isFinite(mu) || !(sigma > 0) || !Number.isFinite(sigma))
    return formatNumber(mu, significant);
  const step = 10 ** (Math.floor(Math.log10(sigma)) - (significant - 1));
  const rounded = Math.round(mu / step) * step;
  return formatNumber(rounded === 0 ? 0 : rounded, significant);
}

/**
 * A number for a table column: the same significant digits as formatNumber, trailing zeros kept
 * (0.1920, not 0.192), so every row of a column shows as many digits as the others.
 */
export function formatColumnNumber(x: number, significant = 4): string {
  if (!Number.isFinite(x) || x === 0) return formatNumber(x, significant);
  const abs = Math.abs(x);
  const text =
    abs < 1e-3 || abs >= 1e6 ? x.toExponential(significant - 1) : x.toPrecision(significant);
  return text.replace('-', '−');
}

/** A divergence in the chosen unit for a table column (formatColumnNumber). */
export function formatColumnAmount(valueNats: number, unit: InformationUnit): string {
  return formatColumnNumber(inUnit(valueNats, unit));
}

function trimZeros(s: string): string {
  return s.includes('.') && !s.includes('e') ? s.replace(/\.?0+$/, '') : s;
}

export const unitLabel = (unit: InformationUnit) => (unit === 'bits' ? 'bits' : 'nats');
