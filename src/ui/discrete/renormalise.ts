/**
 * Editing a categorical distribution one bar at a time. Probabilities in, probabilities out; the
 * outputs always sum to 1 (to rounding) and are never negative or NaN.
 */

/** Bars are stored to this many decimals so that the spec text stays readable. */
const DECIMALS = 6;
const round = (x: number) => Math.round(x * 10 ** DECIMALS) / 10 ** DECIMALS;

/** Weights (any non-negative numbers with a positive sum) as probabilities; all-zero gives uniform. */
export function toProbabilities(weights: readonly number[]): number[] {
  const total = weights.reduce((a, b) => a + b, 0);
  return total > 0 ? weights.map((w) => w / total) : weights.map(() => 1 / weights.length);
}

/**
 * Rounds every bar except `keep` to 6 decimals and gives the rounding residual to the largest of
 * them, so the bars still sum to 1 and a bar at 0 stays exactly 0.
 */
function tidy(probs: number[], keep: number): number[] {
  const out = probs.map((x, i) => (i === keep ? x : round(x)));
  let largest = -1;
  for (let i = 0; i < out.length; i++)
    if (i !== keep && (largest < 0 || out[i]! > out[largest]!)) largest = i;
  if (largest < 0) return out;
  const others = out.reduce((a, b, i) => (i === largest ? a : a + b), 0);
  const exact = Math.max(0, 1 - others);
  // The rounded residual is kept unless rounding it would lose a kept bar's tiny value (v = 1e-9).
  const rounded = round(exact);
  out[largest] = Math.abs(rounded - exact) < 1e-12 ? rounded : exact;
  return out;
}

/**
 * Sets bar k to v (clamped to [0, 1]) and scales every other bar by the same factor so they share
 * 1 − v: "the other bars keep their proportions". If the others are all 0 (bar k was 1), they share
 * 1 − v equally. A bar may be set to exactly 0 (that is how a person makes KL infinite).
 */
export function setBarProbability(probs: readonly number[], k: number, v: number): number[] {
  const value = Math.min(1, Math.max(0, Number.isFinite(v) ? v : 0));
  const rest = probs.reduce((a, b, i) => (i === k ? a : a + b), 0);
  const n = probs.length;
  const scaled = probs.map((x, i) =>
    i === k ? value : rest > 0 ? (x * (1 - value)) / rest : (1 - value) / (n - 1),
  );
  return tidy(scaled, k);
}

/** Adds a category with probability 1/(K + 1); the others are scaled by K/(K + 1). */
export function addCategory(probs: readonly number[]): number[] {
  const n = probs.length;
  return tidy([...probs.map((x) => (x * n) / (n + 1)), 1 / (n + 1)], n);
}

/** Removes category k; the others are divided by their sum (uniform if it is 0). */
export function removeCategory(probs: readonly number[], k: number): number[] {
  const rest = probs.filter((_, i) => i !== k);
  return tidy(toProbabilities(rest), -1);
}
