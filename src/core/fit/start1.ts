import type { FitMixture1 } from './mixture1';
import { mixture1Summary } from './mixture1';
import type { Gaussian1 } from './types';

/** One slider's range and step; min and max are multiples of the step, so every value is round. */
export interface SliderRange {
  readonly min: number;
  readonly max: number;
  readonly step: number;
}

/** The largest of 1, 2 or 5 × 10ᵏ not above x (x > 0): a step a person reads as round. */
export function roundStep(x: number): number {
  const k = Math.floor(Math.log10(x));
  const unit = 10 ** k;
  const m = x / unit;
  // The 1e-9 keeps 0.2/0.1 = 1.9999… from choosing 1.
  return (m >= 5 - 1e-9 ? 5 : m >= 2 - 1e-9 ? 2 : 1) * unit;
}

/** x rounded to a multiple of `step`, with the binary noise of the product removed (0.1·3 → 0.3). */
export const snapToStep = (x: number, step: number): number =>
  Number((Math.round(x / step) * step).toPrecision(12));

/**
 * The ranges of the 1-D start's sliders: μ over P's component range [lo, hi] widened by 1.5 sd(P)
 * each side (the charts' x range), σ from 0.3·min σᵢ to 2·sd(P); steps are round (about 1/100 of
 * each range) and the ends are multiples of them.
 */
export function startRanges1(p: FitMixture1): { mu: SliderRange; sigma: SliderRange } {
  const { lo, hi, minSigma, variance } = mixture1Summary(p);
  const sd = Math.sqrt(variance);
  const muStep = roundStep((hi - lo + 3 * sd) / 100);
  const sigmaMax = 2 * sd;
  const sigmaStep = roundStep(sigmaMax / 100);
  return {
    mu: {
      min: snapToStep(Math.floor((lo - 1.5 * sd) / muStep) * muStep, muStep),
      max: snapToStep(Math.ceil((hi + 1.5 * sd) / muStep) * muStep, muStep),
      step: muStep,
    },
    sigma: {
      min: Math.max(
        sigmaStep,
        snapToStep(Math.floor((0.3 * minSigma) / sigmaStep + 1e-9) * sigmaStep, sigmaStep),
      ),
      max: snapToStep(Math.ceil(sigmaMax / sigmaStep) * sigmaStep, sigmaStep),
      step: sigmaStep,
    },
  };
}

/**
 * Where the animated path starts before the person moves it: inside the basin of P's heaviest
 * component k (the first of equals), 1.5 σₖ beyond its mean on the side away from P's mean, with
 * σ = σₖ, so the reverse path walks onto that mode and locks there (a start between
 * the modes can slide into the centred minimum instead: N(−1.5, 1) does for ½N(−3,1) + ½N(3,1)).
 * When μₖ is P's mean (one Gaussian, a central mode) it starts on the left. Snapped to the sliders'
 * steps.
 */
export function defaultStart1(p: FitMixture1): Gaussian1 {
  const { mean } = mixture1Summary(p);
  let k = 0;
  for (let i = 1; i < p.n; i++) if (p.weight[i]! > p.weight[k]! * (1 + 1e-12)) k = i;
  const muK = p.mu[k]!;
  const sigmaK = p.sigma[k]!;
  const away = Math.abs(mean - muK) < 0.5 * sigmaK ? 1 : Math.sign(mean - muK);
  const r = startRanges1(p);
  return {
    mu: snapToStep(muK - 1.5 * sigmaK * away, r.mu.step),
    sigma: Math.max(r.sigma.min, snapToStep(sigmaK, r.sigma.step)),
  };
}
