import type { Distribution } from '../../core/distributions/types';
import { familyOf } from '../../core/families/registry';
import { AddComponentButton } from '../continuous/AddComponentButton';
import type { ParameterSchema } from '../../core/families/types';
import { parseSpec } from '../../core/spec/parse';
import { NumberField } from './NumberField';

/** The slider position of a value: log₁₀ for a log-scale parameter, clamped to the slider. */
const toSlider = (s: ParameterSchema, v: number) => {
  const t = s.log ? Math.log10(v) : v;
  const [lo, hi] = s.log
    ? [Math.log10(s.slider.min), Math.log10(s.slider.max)]
    : [s.slider.min, s.slider.max];
  return Math.min(hi, Math.max(lo, t));
};

/** A value from its slider position, rounded to 4 significant digits on a log slider. */
const fromSlider = (s: ParameterSchema, t: number) =>
  s.log ? Number((10 ** t).toPrecision(4)) : t;

/**
 * The generic editor of a fixed-arity family: one slider and one number field per parameter of its
 * schema (`parameters` in core/families/types.ts), so a simple family (Exp(rate), Laplace(mu, b))
 * needs no editor of its own. Every change goes through the family's own parser (format, then parse),
 * so the grammar's limits are enforced in one place and a rejected value is reported by the field.
 */
export function ParameterEditor({
  which,
  value,
  onChange,
  prefix = which,
  who = which.toUpperCase(),
  onAddComponent,
}: {
  which: 'p' | 'q';
  value: Distribution;
  onChange: (d: Distribution) => void;
  /** Test ids are `<prefix>.<family>.<key>.slider`; a mixture's component passes `p.mix.1`. */
  prefix?: string;
  /** The accessible names' owner, e.g. 'P' or 'P component 2'. */
  who?: string;
  /** Shows "Add a component" (a 1-D distribution on its own, not a mixture's component). */
  onAddComponent?: () => void;
}) {
  const module = familyOf(value);
  const name = who;
  const current = value as unknown as Readonly<Record<string, number>>;
  /** The spec with one parameter replaced, if the grammar accepts it, else the parser's message. */
  const withParameter = (key: string, v: number) => {
    const next = { ...value, [key]: v } as Distribution;
    const parsed = parseSpec(familyOf(next).format(next));
    return parsed;
  };
  return (
    <div
      className={`editor parameter-editor ${value.family}-editor`}
      data-testid={`${prefix}.${value.family}`}
    >
      <p className="editor-description">{module.ui.description}</p>
      {module.parameters.map((s) => {
        const v = current[s.key]!;
        const set = (x: number) => {
          const r = withParameter(s.key, x);
          if (r.ok) onChange(r.value);
        };
        return (
          <div className="parameter-row" key={s.key}>
            <label className="slider-field">
              <span className="field-label">
                {s.label} ({s.description})
              </span>
              <input
                type="range"
                min={s.log ? Math.log10(s.slider.min) : s.slider.min}
                max={s.log ? Math.log10(s.slider.max) : s.slider.max}
                step={s.slider.step}
                value={toSlider(s, v)}
                aria-label={`${name}: ${s.description} ${s.label}`}
                data-testid={`${prefix}.${value.family}.${s.key}.slider`}
                onChange={(e) => set(fromSlider(s, Number(e.target.value)))}
              />
            </label>
            <NumberField
              label={s.label}
              value={v}
              validate={(x) => {
                const r = withParameter(s.key, x);
                return r.ok ? null : r.error.message;
              }}
              onCommit={set}
              testId={`${prefix}.${value.family}.${s.key}.number`}
            />
          </div>
        );
      })}
      {onAddComponent && <AddComponentButton which={which} onAdd={onAddComponent} />}
    </div>
  );
}
