import { type MeasureValue } from '../divergences/types';
import { neumaierSum } from '../numeric/summation';
import { categoricalKlFromLogits } from './categoricalKl';
import { type SoftmaxRow, softmax } from './softmax';

/** One policy-gradient step on a one-step bandit, measured against a trust region. */
export interface TrustRegionStep {
  readonly eta: number;
  readonly oldPolicy: SoftmaxRow;
  readonly newPolicy: SoftmaxRow;
  /** ∇_z E_π[A] = π ⊙ (A − E_π[A]). */
  readonly gradient: number[];
  /** z + η·∇. */
  readonly newLogits: number[];
  /** KL(π_old‖π_new): the TRPO constraint and PPO's adaptive-penalty KL. */
  readonly klOldNew: MeasureValue;
  /** KL(π_new‖π_old): the reverse direction. */
  readonly klNewOld: MeasureValue;
  readonly delta: number;
  readonly exceedsOldNew: boolean;
  readonly exceedsNewOld: boolean;
  /** E_π_old[A]. */
  readonly expectedAdvantageOld: number;
  /** E_π_old[(π_new/π_old)·A] = E_π_new[A]: the surrogate objective. */
  readonly surrogate: number;
  readonly beta: number;
  /** surrogate − β·KL(π_old‖π_new): the PPO KL-penalty objective. −Infinity if the KL is infinite. */
  readonly penalizedObjective: number;
}

/**
 * ∇_z E_{softmax(z)}[A] = π ⊙ (A − E_π[A]) for a one-step bandit with advantage vector A
 * (from ∂π_k/∂z_j = π_k(1[k=j] − π_j)). Masked actions (z = −∞, π = 0) get gradient 0.
 * Throws a RangeError if the lengths differ, an advantage is not finite, or the logits have no
 * softmax (see {@link softmax}).
 */
export function policyGradient(logits: ArrayLike<number>, advantages: ArrayLike<number>): number[] {
  const pi = validPolicy(logits, advantages);
  const mean = expectation(pi.probs, advantages);
  return pi.probs.map((p, k) => (p === 0 ? 0 : p * (advantages[k]! - mean)));
}

/**
 * The step z → z + η·∇_z E_π[A] (see {@link policyGradient}) measured against a trust region:
 * KL(π_old‖π_new) and KL(π_new‖π_old) (nats, computed without cancellation for tiny η, see
 * {@link categoricalKlFromLogits}), whether each exceeds δ, and the PPO penalty objective
 *   E_π_old[(π_new/π_old)·A] − β·KL(π_old‖π_new),   where E_π_old[ratio·A] = Σ_k π_new,k A_k.
 * Edge cases: η = 0 gives both KLs 0; masked actions stay masked (−∞ + η·0 = −∞) so the supports
 * never differ and the KLs are finite. Throws a RangeError for a negative or non-finite η, δ or β,
 * and as {@link policyGradient}.
 */
export function trustRegionStep(
  logits: ArrayLike<number>,
  advantages: ArrayLike<number>,
  eta: number,
  options: { readonly delta?: number; readonly beta?: number } = {},
): TrustRegionStep {
  const delta = options.delta ?? 0.01;
  const beta = options.beta ?? 1;
  for (const [name, v] of [
    ['η', eta],
    ['δ', delta],
    ['β', beta],
  ] as const) {
    if (!(v >= 0) || !Number.isFinite(v))
      throw new RangeError(`${name} must be finite and ≥ 0, got ${v}`);
  }
  const oldPolicy = validPolicy(logits, advantages);
  const gradient = policyGradient(logits, advantages);
  const newLogits = Array.from(logits, (z, k) => z + eta * gradient[k]!);
  const newPolicy = softmax(newLogits);
  const klOldNew = categoricalKlFromLogits(logits, newLogits);
  const klNewOld = categoricalKlFromLogits(newLogits, logits);
  const surrogate = expectation(newPolicy.probs, advantages);
  return {
    eta,
    oldPolicy,
    newPolicy,
    gradient,
    newLogits,
    klOldNew,
    klNewOld,
    delta,
    exceedsOldNew: klOldNew.value > delta,
    exceedsNewOld: klNewOld.value > delta,
    expectedAdvantageOld: expectation(oldPolicy.probs, advantages),
    surrogate,
    beta,
    penalizedObjective: beta === 0 ? surrogate : surrogate - beta * klOldNew.value,
  };
}

/** The result of {@link trustRegionMaxStep}. */
export interface TrustRegionMaxStep {
  /** The largest η with KL ≤ δ (to a relative tolerance of 1e-12), or etaMax if KL never reaches δ. */
  readonly eta: number;
  /** False when KL(etaMax) ≤ δ: the divergence stays inside the region along this direction. */
  readonly reachesBound: boolean;
}

/**
 * The largest step η ≥ 0 with KL ≤ δ, by bracketing (doubling) then bisection. Valid because
 * both KLs are non-decreasing in η along the gradient direction g: with f(η) = KL(π_old‖π_η),
 * f'(η) = E_{π_η}[g] − E_{π_old}[g], increasing from 0 (log-sum-exp is convex); with
 * h(η) = KL(π_η‖π_old), h'(η) = η·Var_{π_η}[g] ≥ 0.
 * `direction` picks the KL: 'old-new' (default) or 'new-old'. KL(π_new‖π_old) stays bounded as
 * η → ∞ (by −log π_old of the best actions), so it may never reach δ: then reachesBound is false.
 * Edge cases: a zero gradient (constant advantages, or a deterministic policy) gives η = etaMax,
 * reachesBound false. Throws a RangeError for δ ≤ 0 or not finite, and as {@link policyGradient}.
 */
export function trustRegionMaxStep(
  logits: ArrayLike<number>,
  advantages: ArrayLike<number>,
  delta: number,
  options: { readonly direction?: 'old-new' | 'new-old'; readonly etaMax?: number } = {},
): TrustRegionMaxStep {
  if (!(delta > 0) || !Number.isFinite(delta))
    throw new RangeError(`δ must be finite and > 0, got ${delta}`);
  const etaMax = options.etaMax ?? 1e6;
  const direction = options.direction ?? 'old-new';
  const gradient = policyGradient(logits, advantages);
  const kl = (eta: number): number => {
    const moved = Array.from(logits, (z, k) => z + eta * gradient[k]!);
    return direction === 'old-new'
      ? categoricalKlFromLogits(logits, moved).value
      : categoricalKlFromLogits(moved, logits).value;
  };
  if (kl(etaMax) <= delta) return { eta: etaMax, reachesBound: false };
  let lo = 0;
  let hi = Math.min(1, etaMax);
  while (kl(hi) <= delta) {
    lo = hi;
    hi = Math.min(2 * hi, etaMax);
  }
  while (hi - lo > 1e-12 * hi) {
    const mid = 0.5 * (lo + hi);
    if (mid <= lo || mid >= hi) break;
    if (kl(mid) <= delta) lo = mid;
    else hi = mid;
  }
  return { eta: lo, reachesBound: true };
}

function validPolicy(logits: ArrayLike<number>, advantages: ArrayLike<number>): SoftmaxRow {
  if (logits.length !== advantages.length)
    throw new RangeError('logits and advantages differ in length');
  for (let k = 0; k < advantages.length; k++) {
    if (!Number.isFinite(advantages[k]!)) throw new RangeError(`advantage ${k} is not finite`);
  }
  const pi = softmax(logits);
  if (!pi.valid) throw new RangeError(`the policy logits have no softmax: ${pi.reason}`);
  return pi;
}

function expectation(probs: readonly number[], values: ArrayLike<number>): number {
  return neumaierSum(probs.map((p, k) => (p === 0 ? 0 : p * values[k]!)));
}
