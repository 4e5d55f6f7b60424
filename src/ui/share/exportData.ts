/** One number of the current view, as its readout contract gives it (value in nats, as text). */
export interface ReadoutRow {
  readonly id: string;
  readonly label: string;
  /** `String(x)` of the value: `Infinity`, `NaN` and JSON lists are kept as the readout wrote them. */
  readonly value: string;
}

const csvCell = (s: string) => (/[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

/** The readouts as CSV: a header row, then `id,label,value` per readout (RFC 4180 quoting). */
export function readoutsCsv(rows: readonly ReadoutRow[]): string {
  return ['id,label,value', ...rows.map((r) => [r.id, r.label, r.value].map(csvCell).join(','))]
    .join('\r\n')
    .concat('\r\n');
}

/**
 * The readouts as JSON. A finite value is a JSON number; ±Infinity and NaN (which JSON cannot hold)
 * and any other text stay strings, so nothing is silently turned into `null`.
 */
export function readoutsJson(view: string, link: string, rows: readonly ReadoutRow[]): string {
  const readouts = rows.map((r) => {
    const x = r.value.trim() === '' ? NaN : Number(r.value);
    return { id: r.id, label: r.label, value: Number.isFinite(x) ? x : r.value };
  });
  return `${JSON.stringify({ view, link, units: 'nats', readouts }, null, 2)}\n`;
}

/** A file name from words: lower case, dashes, no characters a file system dislikes. */
export const fileSlug = (s: string): string =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '') || 'plot';
