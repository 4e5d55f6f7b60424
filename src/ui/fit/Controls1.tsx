import type { Continuous1Spec } from '../../core/distributions/types';
import { runReverseFit } from '../../state/fitBridge';
import { useAppStore } from '../../state/store';
import { formatNumber } from '../format';
import type { Fit1Model } from './fit1Model';
import { FitProgress } from './FitProgress';
import { useShownPath1 } from './useShownPath1';

/** Q's starting point (the keyboard alternative to dragging), Fit, and the path animation. */
export function Controls1({ p, model }: { p: Continuous1Spec; model: Fit1Model }) {
  const { start, path, index } = useShownPath1(p);
  const fit = useAppStore((s) => s.fit);
  const setFit = useAppStore((s) => s.setFit);
  const { range, summary } = model;
  const setStart = (mu: number, sigma: number) =>
    setFit({ start1: { mu, sigma }, reverse1: null, playing: false, frame: 0 });
  return (
    <div className="fit-controls" role="group" aria-label="Reverse fit animation">
      <label>
        Start μ{' '}
        <input
          type="range"
          data-testid="fit.startMu"
          min={range[0]}
          max={range[1]}
          step={(range[1] - range[0]) / 200}
          value={start.mu}
          onChange={(e) => setStart(Number(e.target.value), start.sigma)}
        />{' '}
        <output>{formatNumber(start.mu, 3)}</output>
      </label>
      <label>
        Start σ{' '}
        <input
          type="range"
          data-testid="fit.startSigma"
          min={Math.log(0.3 * summary.minSigma)}
          max={Math.log(2 * Math.sqrt(summary.variance))}
          step={0.01}
          value={Math.log(start.sigma)}
          onChange={(e) => setStart(start.mu, Math.exp(Number(e.target.value)))}
        />{' '}
        <output>{formatNumber(start.sigma, 3)}</output>
      </label>
      <button
        type="button"
        data-testid="fit.start"
        onClick={() => runReverseFit(useAppStore, start)}
      >
        Fit
      </button>
      <button
        type="button"
        data-testid="fit.pause"
        onClick={() =>
          setFit(
            index >= path.length - 1 && !fit.playing
              ? { frame: 0, playing: true }
              : { playing: !fit.playing },
          )
        }
        disabled={!fit.reverse1}
      >
        {fit.playing ? 'Pause' : 'Play'}
      </button>
      <button
        type="button"
        data-testid="fit.step"
        onClick={() => setFit({ playing: false, frame: Math.min(index + 1, path.length - 1) })}
        disabled={!fit.reverse1}
      >
        Step
      </button>
      <label>
        Speed{' '}
        <select
          data-testid="fit.speed"
          value={fit.speed}
          onChange={(e) => setFit({ speed: Number(e.target.value) })}
        >
          {[0.5, 1, 2, 4].map((s) => (
            <option key={s} value={s}>
              {s}×
            </option>
          ))}
        </select>
      </label>
      <FitProgress />
      <span
        data-testid="fit.pathEnd"
        data-state={fit.reverse1 ? 'done' : 'idle'}
        data-mu={path[path.length - 1]?.mu}
        data-sigma={path[path.length - 1]?.sigma}
      >
        step {index} of {path.length - 1}
      </span>
    </div>
  );
}
