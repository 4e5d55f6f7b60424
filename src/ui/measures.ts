import type { InfiniteReason, MeasureKey } from '../core/divergences/types';
import { MEASURE_BY_KEY, type MeasureDefinition } from '../core/measures/table';
import { withOrder } from './renyiOrderLabel';
import type { InformationUnit } from '../core/units';
import { formatAmount, formatNumber } from './format';

/** How each measure is named on screen and in the readout contract: from the measures table. */
export const MEASURE_LABELS: {
  readonly [K in MeasureKey]: {
    readonly label: string;
    readonly short: string;
    readonly testId: string;
    readonly description: string;
  };
} = MEASURE_BY_KEY;

/** A measure's label as shown, with the Rényi order put in ('D₀.₅(P‖Q)'). */
export const measureLabel = (key: MeasureKey, order: number): string =>
  withOrder(MEASURE_BY_KEY[key].label, order);

/** The chart's short label, with the order put in ('D₀.₅'). */
export const measureShort = (key: MeasureKey, order: number): string =>
  withOrder(MEASURE_BY_KEY[key].short, order);

/** Whether a measure follows the nats/bits toggle (the bounded ones are unitless). */
export const hasUnit = (key: MeasureKey): boolean => MEASURE_BY_KEY[key].unit === 'nats';

/** A unitless measure's range as the readout names it ('0 to 1'), from the table. */
export const unitlessRange = (key: MeasureKey): string => {
  const m: MeasureDefinition = MEASURE_BY_KEY[key];
  return m.integrated
    ? `${formatNumber(m.integrated.min)} to ${formatNumber(m.integrated.max)}`
    : '';
};

/** A measure's value for people: in the chosen unit, or as a plain number for a unitless one. */
export const formatMeasure = (key: MeasureKey, value: number, unit: InformationUnit): string =>
  hasUnit(key) ? formatAmount(value, unit) : formatNumber(value);

/** The factor a value or error in nats is divided by for display: ln 2 for bits, 1 if unitless. */
export const displayScale = (key: MeasureKey, unit: InformationUnit): number =>
  hasUnit(key) && unit === 'bits' ? Math.LN2 : 1;

/**
 * One line saying why a measure is infinite. With the number of outcomes, the outcome is named as the
 * charts label it (0 and 1 for two outcomes, 1…K otherwise).
 */
export function explainInfinity(reason: InfiniteReason, outcomeCount?: number): string {
  if (reason.code === 'beyond-double')
    return 'The true value is finite but larger than the largest double-precision number (about 1.8 × 10³⁰⁸ nats).';
  if (reason.code === 'heavy-tail') {
    const [light, heavy] = reason.lighter === 'Q' ? ['Q', 'P'] : ['P', 'Q'];
    return `${heavy}'s tails are too heavy for ${light}'s: far out, −log ${light.toLowerCase()}(x) grows faster than ${heavy}'s probability falls, so the expected log-ratio diverges.`;
  }
  if (reason.code === 'divergent-integral')
    return 'Far out (or at an edge) p(x)^α q(x)^(1−α) falls too slowly to integrate: Q is too narrow for P at this order.';
  const [zero, other] = reason.zeroIn === 'Q' ? ['Q', 'P'] : ['P', 'Q'];
  if (reason.region)
    return `${zero} has density 0 where ${other} has mass (on ${reason.region.map(intervalText).join(' and ')}).`;
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

const end = (x: number) => (x === Infinity ? '∞' : x === -Infinity ? '−∞' : formatNumber(x, 4));

/** [lo, hi] as text, open at an infinite end: (−∞, −1], [1, ∞). */
const intervalText = ({ lo, hi }: { lo: number; hi: number }) =>
  `${lo === -Infinity ? '(' : '['}${end(lo)}, ${end(hi)}${hi === Infinity ? ')' : ']'}`;
