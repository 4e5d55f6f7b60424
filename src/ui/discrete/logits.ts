import { softmax } from '../../core/ml/softmax';

export interface Logits {
  readonly z: readonly number[];
  readonly t: number;
}

/** Logits that reproduce probabilities at T = 1: z_k = ln p_k (a zero becomes −30, e^−30 ≈ 1e−13). */
export function logitsFromProbabilities(probs: readonly number[]): Logits {
  return {
    z: probs.map((p) => (p > 0 ? Math.max(-30, Math.round(Math.log(p) * 1e4) / 1e4) : -30)),
    t: 1,
  };
}

/** softmax(z/T), computed by the core. */
export const probabilitiesFromLogits = ({ z, t }: Logits): number[] => softmax(z, t).probs;
