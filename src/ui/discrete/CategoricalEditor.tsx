import { useState } from 'react';
import type { Categorical, Distribution } from '../../core/distributions/types';
import { useAppStore } from '../../state/store';
import { NumberField } from '../editors/NumberField';

/**
 * A normalised probability in its field: six significant digits (1/3 as 0.333333), which the
 * field's width holds at every size; the full value is in the URL and the readouts.
 */
const sixDigits = (x: number) => String(Number(x.toPrecision(6)));
import { BarDrawing } from './BarDrawing';
import { logitsFromProbabilities, probabilitiesFromLogits, type Logits } from './logits';
import { LogitsEditor } from './LogitsEditor';
import { massMask, zeroWhereOtherHasMass } from './supportMismatch';
import { addCategory, removeCategory, setBarProbability, toProbabilities } from './renormalise';

/** The editor draws and lists at most this many categories; larger (imported) pairs are summarised. */
export const CATEGORICAL_EDITOR_MAX_K = 20;
export const CATEGORICAL_EDITOR_MIN_K = 2;

const cat = (weights: readonly number[]): Categorical => ({ family: 'categorical', weights });

/**
 * Cat(w₁,…,w_K) for P or Q: drawn on a bar chart, typed per category, or given as logits and a
 * temperature. Adding or removing a category does it for both P and Q when they have the same K, so
 * the pair stays comparable.
 */
export function CategoricalEditor({
  which,
  value,
  onChange,
}: {
  which: 'p' | 'q';
  value: Categorical;
  onChange: (d: Distribution) => void;
}) {
  // The partner's support only: its weights change on every step of a drag of its bars.
  const otherMask = useAppStore((s) => massMask(which === 'p' ? s.q : s.p));
  const applyScenario = useAppStore((s) => s.applyScenario);
  const smoothed = useAppStore((s) => s.eps > 0 || s.alpha > 0);
  const [mode, setMode] = useState<'probabilities' | 'logits'>('probabilities');
  const [logits, setLogits] = useState<{ logits: Logits; emitted: Categorical } | null>(null);
  const k = value.weights.length;
  const name = which.toUpperCase();

  if (k > CATEGORICAL_EDITOR_MAX_K) {
    return (
      <div className="categorical-editor large" data-testid={`${which}.cat.summary`}>
        <p>
          {name} has {k.toLocaleString('en')} categories: too many to draw or list here. The charts
          show the categories that contribute most to KL(P‖Q) and group the rest.
        </p>
      </div>
    );
  }

  const probs = toProbabilities(value.weights);
  // A smoothed Q has no zero left in what is analysed, so its raw zeros are not flagged as ∞.
  const highlighted = zeroWhereOtherHasMass(probs, which === 'q' && smoothed ? '' : otherMask);
  const setBar = (i: number, v: number) => onChange(cat(setBarProbability(probs, i, v)));

  // The logits follow the distribution unless it is the one the logits themselves produced.
  const activeLogits =
    logits && logits.emitted === value ? logits.logits : logitsFromProbabilities(probs);
  const onLogits = (l: Logits) => {
    const next = cat(probabilitiesFromLogits(l));
    setLogits({ logits: l, emitted: next });
    onChange(next);
  };

  // Resizing keeps a categorical partner the same size: this editor's own family, not a dispatch.
  const sameK = otherMask.length === k;
  const resize = (f: (p: readonly number[]) => number[]) => {
    const mine = cat(f(probs));
    const state = useAppStore.getState();
    const other = which === 'p' ? state.q : state.p;
    if (!sameK || other.family !== 'categorical') return onChange(mine);
    const theirs = cat(f(toProbabilities(other.weights)));
    applyScenario(which === 'p' ? { p: mine, q: theirs } : { p: theirs, q: mine });
  };

  return (
    <div className="categorical-editor">
      <fieldset className="segmented mode-toggle">
        <legend className="visually-hidden">{name}: edit as</legend>
        {(['probabilities', 'logits'] as const).map((m) => (
          <label key={m} className={m === mode ? 'active' : ''}>
            <input
              type="radio"
              name={`${which}-cat-mode`}
              value={m}
              checked={m === mode}
              data-testid={`${which}.cat.mode.${m}`}
              onChange={() => setMode(m)}
            />
            {m === 'probabilities' ? 'Probabilities' : 'Logits + temperature'}
          </label>
        ))}
      </fieldset>
      <BarDrawing
        which={which}
        probs={probs}
        highlighted={highlighted}
        editable={mode === 'probabilities'}
        onSet={setBar}
      />
      {mode === 'probabilities' ? (
        <>
          <p className="help" id={`${which}-cat-help`}>
            Drag a bar, or focus it and press ↑/↓ (Shift: steps of 0.1).{' '}
            <abbr title="When you set one bar to v, every other bar is multiplied by the same factor so that together they make 1 − v. A bar at 0 stays at 0.">
              The other bars keep their proportions.
            </abbr>
          </p>
          <div className="category-numbers">
            {probs.map((p, i) => (
              <div key={i} className={`category-number${highlighted[i] ? ' mismatch' : ''}`}>
                <NumberField
                  label={`${which}${i + 1}`}
                  value={p}
                  min={0}
                  max={1}
                  onCommit={(x) => setBar(i, x)}
                  testId={`${which}.cat.number.${i}`}
                  shown={sixDigits}
                />
                <button
                  type="button"
                  className="remove-category"
                  aria-label={`Remove category ${i + 1}${sameK ? ' from P and Q' : ''}`}
                  disabled={k <= CATEGORICAL_EDITOR_MIN_K}
                  data-testid={`${which}.cat.remove.${i}`}
                  onClick={() => resize((ps) => removeCategory(ps, i))}
                >
                  ×
                </button>
              </div>
            ))}
          </div>
        </>
      ) : (
        <LogitsEditor which={which} logits={activeLogits} onChange={onLogits} />
      )}
      <div className="category-actions">
        <button
          type="button"
          disabled={k >= CATEGORICAL_EDITOR_MAX_K}
          data-testid={`${which}.cat.add`}
          onClick={() => resize(addCategory)}
        >
          + Add a category{sameK ? ' (to P and Q)' : ''}
        </button>
        <span className="k-count">
          K = {k} <span className="muted">(2 to {CATEGORICAL_EDITOR_MAX_K})</span>
        </span>
      </div>
    </div>
  );
}
