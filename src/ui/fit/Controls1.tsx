import type { Continuous1Spec } from '../../core/distributions/types';
import { playLength, runReverseFit } from '../../state/fitBridge';
import { useAppStore } from '../../state/store';
import { formatNumber } from '../format';
import type { Fit1Model } from './fit1Model';
import { FitProgress } from './FitProgress';
import { setStart1, useShownPath1 } from './useShownPath1';

/**
 * Q's start (the keyboard alternative to dragging; round steps), Fit, and one Play for both paths:
 * forward and reverse walk from the same start, side by side, on the same frame.
 */
export function Controls1({ p, model }: { p: Continuous1Spec; model: Fit1Model }) {
  const { start, reverse, forward } = useShownPath1(p);
  // A bounded P has no reverse fit: Play and Step then walk the forward path alone.
  const reverseInfinite = model.target.reverseInfinite !== null;
  const animated = reverseInfinite ? forward : reverse;
  const playing = useAppStore((s) => s.fit.playing);
  const speed = useAppStore((s) => s.fit.speed);
  const frame = useAppStore((s) => s.fit.frame);
  const frames = useAppStore(playLength);
  const hasResult = useAppStore((s) =>
    reverseInfinite ? s.fit.forward1 !== null : s.fit.reverse1 !== null,
  );
  const setFit = useAppStore((s) => s.setFit);
  const { mu, sigma } = model.ranges;
  const last = frames - 1;
  const shownFrame = Math.min(frame, last);
  const play = () => {
    // A moved start has no path yet: compute it (the result starts playing when it lands).
    if (!animated.fresh) return runReverseFit(useAppStore);
    if (playing) return setFit({ playing: false });
    setFit(shownFrame >= last ? { frame: 0, playing: true } : { playing: true });
  };
  return (
    <div className="fit-controls" role="group" aria-label="Fit animation">
      <label>
        Start μ{' '}
        <input
          type="range"
          data-testid="fit.startMu"
          min={mu.min}
          max={mu.max}
          step={mu.step}
          value={start.mu}
          onChange={(e) =>
            setStart1(model.snapStart({ mu: Number(e.target.value), sigma: start.sigma }))
          }
        />{' '}
        <output>{formatNumber(start.mu, 3)}</output>
      </label>
      <label>
        Start σ{' '}
        <input
          type="range"
          data-testid="fit.startSigma"
          min={sigma.min}
          max={sigma.max}
          step={sigma.step}
          value={start.sigma}
          onChange={(e) =>
            setStart1(model.snapStart({ mu: start.mu, sigma: Number(e.target.value) }))
          }
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
        aria-label={playing ? 'Pause both paths' : 'Play both paths'}
        onClick={play}
        disabled={!hasResult}
      >
        {playing ? 'Pause' : 'Play'}
      </button>
      <button
        type="button"
        data-testid="fit.step"
        onClick={() => setFit({ playing: false, frame: Math.min(shownFrame + 1, last) })}
        disabled={!hasResult || !animated.fresh}
      >
        Step
      </button>
      <label>
        Speed{' '}
        <select
          data-testid="fit.speed"
          value={speed}
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
        data-state={reverse.fresh ? 'done' : 'idle'}
        data-mu={reverse.points[reverse.points.length - 1]?.mu}
        data-sigma={reverse.points[reverse.points.length - 1]?.sigma}
        data-frame={shownFrame}
        data-frames={frames}
      >
        step {shownFrame} of {last}
      </span>
    </div>
  );
}
