import type { InfiniteReason, MeasureKey } from '../core/divergences/types';
import { MEASURE_BY_KEY } from '../core/measures/table';

/** How each measure is named on screen and in the readout contract: from the measures table. */
export const MEASURE_LABELS: {
  readonly [K in MeasureKey]: {
    readonly label: string;
    readonly short: string;
    readonly testId: string;
    readonly description: string;
  };
} = MEASURE_BY_KEY;

/**
 * One line saying why a measure is infinite. With the number of outcomes, the outcome is named as the
 * charts label it (0 and 1 for two outcomes, 1…K otherwise).
 */
export function explainInfinity(reason: InfiniteReason, outcomeCount?: number): string {
  if (reason.code === 'beyond-double')
    return 'The true value is finite but larger than the largest double-precision number (about 1.8 × 10³⁰⁸ nats).';
  const [zero, other] = reason.zeroIn === 'Q' ? ['Q', 'P'] : ['P', 'Q'];
  const k = reason.outcome;
  const where =
    k === undefined
      ? ''
      : outcomeCount === undefined
        ? ` (outcome ${k})`
        : outcomeCount === 2
          ? ` (outcome ${k})`
          : ` (category ${k + 1})`;
  return `${zero} gives probability 0 to an outcome that ${other} can produce${where}.`;
}
