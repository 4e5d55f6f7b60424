import type { TorchElement, TorchValue } from '../../core/ml/torchKlDiv';
import { formatNumber } from '../format';

/**
 * PyTorch values for people and for the readout contract. A PyTorch NaN is shown as "NaN" (the lab's
 * point is that PyTorch returns it), always next to the reason; our own numbers never are NaN.
 */
export function torchValueText(v: TorchValue, significant = 4): string {
  return v === 'NaN' ? 'NaN' : formatNumber(v, significant);
}

/** data-value of a scalar readout: String(x) in nats ("Infinity", "-Infinity"), or "NaN". */
export const torchDataValue = (v: TorchValue): string => String(v);

/**
 * The 'none' matrix as JSON for `kldiv-none`'s data-value. JSON has no NaN or ±Infinity
 * (JSON.stringify writes null for them), so non-finite cells are the strings "NaN", "Infinity" and
 * "-Infinity"; finite cells are JSON numbers (the shortest round-tripping decimal, as String(x)).
 */
export function noneMatrixJson(matrix: readonly (readonly TorchElement[])[]): string {
  return JSON.stringify(
    matrix.map((row) =>
      row.map(({ value }) => (value === 'NaN' || !Number.isFinite(value) ? String(value) : value)),
    ),
  );
}
