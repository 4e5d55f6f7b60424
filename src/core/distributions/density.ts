import { logSumExp } from '../numeric/logspace';
import type { MixtureComponent, Normal, Normal2 } from './types';

const LOG_SQRT_2PI = 0.5 * Math.log(2 * Math.PI);
const LOG_2PI = Math.log(2 * Math.PI);

/** log N(x; μ, σ) = −(x − μ)²/(2σ²) − log σ − ½·log 2π. Finite for every finite x. */
export function normalLogPdf(x: number, mu: number, sigma: number): number {
  const z = (x - mu) / sigma;
  return -0.5 * z * z - Math.log(sigma) - LOG_SQRT_2PI;
}

/**
 * log N2((x, y); m, Σ) for Σ = [[sx², ρ sx sy], [ρ sx sy, sy²]]:
 * −(zx² − 2ρ zx zy + zy²) / (2(1 − ρ²)) − log(2π sx sy √(1 − ρ²)), with z = (· − m)/s.
 * 1 − ρ² is formed as (1 − ρ)(1 + ρ), which keeps its relative accuracy as |ρ| → 1.
 */
export function normal2LogPdf(x: number, y: number, d: Normal2): number {
  const zx = (x - d.mx) / d.sx;
  const zy = (y - d.my) / d.sy;
  const oneMinusRho2 = (1 - d.rho) * (1 + d.rho);
  const quad = (zx * zx - 2 * d.rho * zx * zy + zy * zy) / oneMinusRho2;
  return -0.5 * quad - LOG_2PI - Math.log(d.sx) - Math.log(d.sy) - 0.5 * Math.log(oneMinusRho2);
}

/**
 * Normalised log-weights log(wᵢ/Σw) of a mixture; zero weights give −Infinity. The weights are
 * divided by the largest first, so a sum above 1.8e308 (two weights of 1e308) does not overflow.
 */
export function mixtureLogWeights(components: readonly { weight: number }[]): Float64Array {
  const logW = new Float64Array(components.length);
  let largest = 0;
  for (const c of components) largest = Math.max(largest, c.weight);
  let total = 0;
  for (const c of components) total += c.weight / largest;
  const logTotal = Math.log(total) + Math.log(largest);
  components.forEach((c, i) => (logW[i] = Math.log(c.weight) - logTotal));
  return logW;
}

/**
 * A mixture's log Σ wᵢ N(x; μᵢ, σᵢ) by logsumexp, which stays finite far in the tails where every
 * component's density underflows to 0. The returned closure reuses one scratch buffer: it is not
 * re-entrant. (`familyOf(d)`'s `logDensity` is the entry point for any 1-D spec.)
 */
export function gaussianMixtureLogDensity1(
  components: readonly MixtureComponent<Normal>[],
): (x: number) => number {
  const logW = mixtureLogWeights(components);
  const comps: Normal[] = components.map((c) => c.component);
  const scratch = new Float64Array(comps.length);
  return (x) => {
    for (let i = 0; i < comps.length; i++) {
      const c = comps[i]!;
      scratch[i] = logW[i]! + normalLogPdf(x, c.mu, c.sigma);
    }
    return logSumExp(scratch);
  };
}

/** A 2-D mixture's log-density; see {@link gaussianMixtureLogDensity1}. Not re-entrant. */
export function gaussianMixtureLogDensity2(
  components: readonly MixtureComponent<Normal2>[],
): (x: number, y: number) => number {
  const logW = mixtureLogWeights(components);
  const comps: Normal2[] = components.map((c) => c.component);
  const scratch = new Float64Array(comps.length);
  return (x, y) => {
    for (let i = 0; i < comps.length; i++) scratch[i] = logW[i]! + normal2LogPdf(x, y, comps[i]!);
    return logSumExp(scratch);
  };
}
