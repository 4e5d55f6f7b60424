import type { Continuous1Spec } from '../../core/distributions/types';
import { classicMixture, classicSeparation } from './classic';
import { SEPARATION_THRESHOLDS } from '../../core/fit';
import { useAppStore } from '../../state/store';
import { formatNumber } from '../format';

const MIN = 0.5;
const MAX = 5;

/** The classic two-mode example's separation slider, with the swap threshold marked on it. */
export function Separation({ p }: { p: Continuous1Spec }) {
  // Through applyScenario: a Q on another sample space (a Bernoulli left from the explorer) is
  // replaced by one on P's, with a note, so the explorer never opens on an incompatible pair.
  const applyScenario = useAppStore((s) => s.applyScenario);
  const sep = classicSeparation(p);
  const { swap, fold } = SEPARATION_THRESHOLDS;
  const side =
    sep === null
      ? null
      : sep < swap
        ? 'the centred Gaussian is the global optimum'
        : 'a mode-locked Gaussian is the global optimum';
  return (
    <section className="fit-separation" aria-label="Separation">
      <label>
        Separation s for P = ½N(−s,1) + ½N(s,1):{' '}
        <span className="fit-separation-track">
          <input
            type="range"
            data-testid="fit.separation"
            min={MIN}
            max={MAX}
            step={0.05}
            list="fit-separation-marks"
            value={sep ?? 3}
            onChange={(e) => applyScenario({ p: classicMixture(Number(e.target.value)) })}
          />
          {/* Chromium draws no datalist ticks on range inputs: the mark is drawn here, offset by
              half the thumb (8 px) at each end, as the thumb's centre travels. */}
          <span
            className="fit-separation-mark"
            data-testid="fit.thresholdMark"
            aria-hidden="true"
            style={{ left: `calc(8px + (100% - 16px) * ${(swap - MIN) / (MAX - MIN)})` }}
          >
            <span>s*</span>
          </span>
        </span>{' '}
        <output>{sep === null ? '—' : formatNumber(sep, 3)}</output>
      </label>
      <datalist id="fit-separation-marks">
        <option value={swap} label={`s* = ${formatNumber(swap, 4)}`} />
      </datalist>
      <p data-testid="fit.threshold" data-swap={swap}>
        The reverse optimum swaps at <strong>s* = {formatNumber(swap, 5)}</strong> (marked on the
        slider): below it the broad Gaussian centred at 0 is the global optimum; above it the two
        mode-locked ones are. They first appear at s = {formatNumber(fold, 4)}; the centred one
        stays a local minimum at every separation (its curvature in μ falls like 1/s² but stays
        positive).
        {side && ` At s = ${formatNumber(sep!, 3)}, ${side}.`}
      </p>
    </section>
  );
}
