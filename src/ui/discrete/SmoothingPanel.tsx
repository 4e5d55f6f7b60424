import { discreteFamily, isDiscrete } from '../../core/families/registry';
import { useMemo } from 'react';
import type { Distribution } from '../../core/distributions/types';
import { EPS_MAX } from '../../state/smoothingScenario';
import { useAppStore } from '../../state/store';
import { NumberField } from '../editors/NumberField';
import { firstZeroWithMass } from './supportMismatch';

const probsOf = (d: Distribution): readonly number[] | null =>
  isDiscrete(d) ? discreteFamily(d).weights(d) : null;

/** The ε slider runs on log10 ε from −8 to 0; its left end means "off" (ε = 0). */
const LOG_EPS_MIN = -8;
const LOG_EPS_OFF = -8.5;

/**
 * Smoothing of Q, offered when a discrete Q has a zero where P has mass (KL(P‖Q) = ∞). Applies to Q
 * only: P is the data, Q the model whose zeros are the problem. The analysis sees the smoothed Q.
 */
export function SmoothingPanel() {
  const p = useAppStore((s) => s.p);
  const q = useAppStore((s) => s.q);
  const eps = useAppStore((s) => s.eps);
  const alpha = useAppStore((s) => s.alpha);
  const applyScenario = useAppStore((s) => s.applyScenario);
  const mismatch = useMemo(() => {
    const pp = probsOf(p);
    const qq = probsOf(q);
    return pp && qq ? firstZeroWithMass(pp, qq) : -1;
  }, [p, q]);
  const qProbs = probsOf(q);
  if (!qProbs || !probsOf(p)) return null;
  const k = qProbs.length;
  const label = (i: number) => (isDiscrete(q) ? discreteFamily(q).outcomeLabel(i) : String(i + 1));
  const smoothing = eps > 0 || alpha > 0;
  const logEps = eps > 0 ? Math.log10(eps) : LOG_EPS_OFF;

  return (
    <section
      className={`card smoothing${mismatch >= 0 && !smoothing ? ' attention' : ''}`}
      aria-labelledby="smoothing-title"
      data-testid="smoothing"
    >
      <h2 id="smoothing-title">Smoothing Q</h2>
      {mismatch >= 0 && (
        <p className="mismatch-note" data-testid="smoothing.mismatch">
          Q gives probability 0 to category {label(mismatch)}, where P has mass, so KL(P‖Q) = ∞.
          {smoothing ? ' Smoothed, Q has no zero left.' : ' Smoothing Q makes it finite:'}
        </p>
      )}
      <p className="help">
        Applies to Q only (the model); P, the data, stays as given. What is analysed and drawn is Q′
        = (1 − α)·(q + ε)/(1 + Kε) + α/K, here with K = {k}.
      </p>
      <div className="smoothing-row">
        <label className="slider-field">
          <span className="field-label">additive ε (log scale; far left = off)</span>
          <input
            type="range"
            min={LOG_EPS_OFF}
            max={Math.log10(EPS_MAX)}
            step={0.1}
            value={logEps}
            aria-label="Additive smoothing ε of Q"
            aria-valuetext={eps > 0 ? `ε = ${eps}` : 'off'}
            data-testid="smoothing.eps.slider"
            onChange={(e) => {
              const x = Number(e.target.value);
              applyScenario({ eps: x < LOG_EPS_MIN ? 0 : Number((10 ** x).toPrecision(2)) });
            }}
          />
        </label>
        <NumberField
          label="ε"
          value={eps}
          min={0}
          max={EPS_MAX}
          onCommit={(x) => applyScenario({ eps: x })}
          testId="smoothing.eps"
        />
      </div>
      <div className="smoothing-row">
        <label className="slider-field">
          <span className="field-label">label smoothing α</span>
          <input
            type="range"
            min={0}
            max={1}
            step={0.01}
            value={alpha}
            aria-label="Label smoothing α of Q"
            data-testid="smoothing.alpha.slider"
            onChange={(e) => applyScenario({ alpha: Number(e.target.value) })}
          />
        </label>
        <NumberField
          label="α"
          value={alpha}
          min={0}
          max={1}
          onCommit={(x) => applyScenario({ alpha: x })}
          testId="smoothing.alpha"
        />
      </div>
      {smoothing && (
        <button
          type="button"
          className="link-button"
          data-testid="smoothing.off"
          onClick={() => applyScenario({ eps: 0, alpha: 0 })}
        >
          Turn smoothing off
        </button>
      )}
    </section>
  );
}
