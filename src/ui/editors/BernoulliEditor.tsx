import type { Bernoulli } from '../../core/distributions/types';
import { arrowStep } from './bernoulliKeys';
import { NumberField } from './NumberField';

/** Bern(p): a slider and a number input for p ∈ [0, 1], kept in sync through the store. */
export function BernoulliEditor({
  which,
  value,
  onChange,
}: {
  which: 'p' | 'q';
  value: Bernoulli;
  onChange: (d: Bernoulli) => void;
}) {
  const name = which.toUpperCase();
  const set = (p: number) => onChange({ family: 'bernoulli', p });
  return (
    <div className="editor bernoulli-editor">
      <label className="slider-field">
        <span className="field-label">
          {name}(X = 1) = {which === 'p' ? 'p' : 'q'}
        </span>
        <input
          type="range"
          min={0}
          max={1}
          step={0.001}
          value={value.p}
          aria-label={`${name}: probability of outcome 1`}
          data-testid={`${which}.bern.slider`}
          onChange={(e) => set(Number(e.target.value))}
          onKeyDown={(e) => {
            const next = arrowStep(value.p, e.key, e.shiftKey);
            if (next === null) return;
            e.preventDefault();
            set(next);
          }}
        />
      </label>
      <NumberField
        label={which === 'p' ? 'p' : 'q'}
        value={value.p}
        min={0}
        max={1}
        onCommit={set}
        testId={`${which}.bern.number`}
      />
    </div>
  );
}
