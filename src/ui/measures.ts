import type { InfiniteReason, MeasureKey } from '../core/divergences/types';

/** How each measure is named on screen and in the readout contract. */
export const MEASURE_LABELS: {
  readonly [K in MeasureKey]: {
    readonly label: string;
    readonly short: string;
    readonly testId: string;
    readonly description: string;
  };
} = {
  klPQ: {
    label: 'KL(P‖Q)',
    short: 'KL(P‖Q)',
    testId: 'kl-pq',
    description: 'Forward KL: expected extra nats when coding P with a code built for Q',
  },
  klQP: {
    label: 'KL(Q‖P)',
    short: 'KL(Q‖P)',
    testId: 'kl-qp',
    description: 'Reverse KL: the same with the roles swapped',
  },
  js: {
    label: 'JS(P‖Q)',
    short: 'JS',
    testId: 'js',
    description: 'Jensen–Shannon divergence: symmetric, at most ln 2',
  },
  symKl: {
    label: 'KL(P‖Q) + KL(Q‖P)',
    short: 'sym KL',
    testId: 'sym-kl',
    description: 'Symmetric KL',
  },
  cePQ: {
    label: 'H(P, Q)',
    short: 'H(P,Q)',
    testId: 'ce-pq',
    description: 'Cross-entropy: H(P) + KL(P‖Q)',
  },
  hP: { label: 'H(P)', short: 'H(P)', testId: 'h-p', description: 'Entropy of P' },
  hQ: { label: 'H(Q)', short: 'H(Q)', testId: 'h-q', description: 'Entropy of Q' },
};

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
