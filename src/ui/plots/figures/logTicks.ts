import type { LayoutAxis } from 'plotly.js';

/**
 * Ticks for a log axis from `lo` to `hi` (both > 0) at the real values 1, 2 and 5 × 10ᵏ (0.5, 1, 2,
 * 5, 10, 20, 50), labelled as plain numbers: Plotly's own log ticks print "2" and "5" as unlabelled
 * minor ticks or as powers of ten, which a class reads as exponents. Empty if the range is not positive.
 */
export function logTicks(lo: number, hi: number): number[] {
  if (!(lo > 0) || !(hi >= lo) || !Number.isFinite(hi)) return [];
  const ticks: number[] = [];
  for (let k = Math.floor(Math.log10(lo)); 10 ** k <= hi * (1 + 1e-9); k++)
    for (const m of [1, 2, 5]) {
      // Rounded to 12 digits so that 5 × 10⁻¹ is 0.5, not 0.5000000000000001.
      const v = Number((m * 10 ** k).toPrecision(12));
      if (v >= lo * (1 - 1e-9) && v <= hi * (1 + 1e-9)) ticks.push(v);
    }
  return ticks;
}

/** A log axis over [lo, hi] whose ticks are logTicks(lo, hi), written as plain numbers. */
export function logAxis(lo: number, hi: number): Partial<LayoutAxis> {
  const tickvals = logTicks(lo, hi);
  return {
    type: 'log',
    tickmode: 'array',
    tickvals,
    ticktext: tickvals.map((v) => String(v)),
  };
}
