import type { Logits } from './logits';
import { NumberField } from '../editors/NumberField';

/** The temperature slider's range (log scale). */
export const T_MIN = 0.05;
export const T_MAX = 20;

/** Logit z_k per category and a temperature T; the bars above show softmax(z/T). */
export function LogitsEditor({
  which,
  logits,
  onChange,
}: {
  which: 'p' | 'q';
  logits: Logits;
  onChange: (l: Logits) => void;
}) {
  const { z, t } = logits;
  const logT = Math.log10(t);
  return (
    <div className="logits-editor">
      <p className="help">
        {which.toUpperCase()} = softmax(z / T): a higher T flattens it, a lower T sharpens it.
      </p>
      <div className="temperature">
        <label className="slider-field">
          <span className="field-label">temperature T (log scale)</span>
          <input
            type="range"
            min={Math.log10(T_MIN)}
            max={Math.log10(T_MAX)}
            step={0.01}
            value={logT}
            aria-label={`${which.toUpperCase()}: temperature T`}
            aria-valuetext={`T = ${t}`}
            data-testid={`${which}.cat.temperature.slider`}
            onChange={(e) =>
              onChange({ z, t: Math.round(10 ** Number(e.target.value) * 1000) / 1000 })
            }
          />
        </label>
        <NumberField
          label="T"
          value={t}
          min={T_MIN}
          max={T_MAX}
          onCommit={(x) => onChange({ z, t: x })}
          testId={`${which}.cat.temperature`}
        />
      </div>
      <div className="category-numbers">
        {z.map((zk, k) => (
          <NumberField
            key={k}
            label={`z${k + 1}`}
            value={zk}
            min={-1000}
            max={1000}
            onCommit={(x) => onChange({ z: z.map((v, i) => (i === k ? x : v)), t })}
            testId={`${which}.cat.logit.${k}`}
          />
        ))}
      </div>
    </div>
  );
}
