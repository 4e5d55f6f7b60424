import { MEASURE_KEYS, type IntegratedKey } from '../measures/table';
import { nats } from '../units';
import { BEYOND_DOUBLE, type MeasureSet, type MeasureValue } from './types';

/**
 * The full MeasureSet from the pointwise measures and D_α, with the measures derived from them:
 * KL(P‖Q) + KL(Q‖P), infinite for the reason of the first infinite term, or 'beyond-double' if
 * only the sum overflows (two finite KLs of 1e308 each); closed-form when both KLs are. Keys in
 * the table's order. Every producer ends here, so a derived measure is added in one place.
 */
export function completeMeasureSet(
  pointwise: Readonly<Record<IntegratedKey, MeasureValue>>,
  renyi: MeasureValue,
): MeasureSet {
  const { klPQ, klQP } = pointwise;
  const method =
    klPQ.method === 'closed-form' && klQP.method === 'closed-form' ? 'closed-form' : 'quadrature';
  const value = klPQ.value + klQP.value;
  const symKl: MeasureValue =
    value !== Infinity
      ? { value: nats(value), error: klPQ.error + klQP.error, method }
      : {
          value: nats(value),
          error: 0,
          method,
          reason: klPQ.reason ?? klQP.reason ?? BEYOND_DOUBLE,
        };
  const all: Record<string, MeasureValue> = { ...pointwise, symKl, renyi };
  const out: Record<string, MeasureValue> = {};
  for (const k of MEASURE_KEYS) out[k] = all[k]!;
  return out as MeasureSet;
}
