import { useId, useState } from 'react';

export interface NumberFieldProps {
  readonly label: string;
  readonly value: number;
  readonly min?: number;
  readonly max?: number;
  readonly step?: number | 'any';
  /** Returns an error message for a number that is not allowed, or null. */
  readonly validate?: (x: number) => string | null;
  readonly onCommit: (x: number) => void;
  readonly testId?: string;
  /**
   * How a value set elsewhere (a slider, a bar, the URL) is written into the field; what a person
   * types stays as typed. Default: every digit (String).
   */
  readonly shown?: (x: number) => string;
}

/**
 * A number input that never pushes an invalid value into the scenario: while the text is not a valid
 * number it says why beside the field and the last valid value stays in force.
 */
export function NumberField({
  label,
  value,
  min,
  max,
  step = 'any',
  validate,
  onCommit,
  testId,
  shown = String,
}: NumberFieldProps) {
  const [draft, setDraft] = useState(shown(value));
  const [error, setError] = useState<string | null>(null);
  const [shownValue, setShownValue] = useState(value);
  const errorId = useId();

  // Follow changes made elsewhere (a slider, the URL), unless the draft already means this value.
  // Adjusting state during render, not in an effect, avoids a second render with stale text.
  if (!Object.is(value, shownValue)) {
    setShownValue(value);
    if (!(draft.trim() !== '' && Number(draft) === value)) setDraft(shown(value));
    setError(null);
  }

  const onChange = (text: string) => {
    setDraft(text);
    const x = text.trim() === '' ? NaN : Number(text);
    const message = !Number.isFinite(x)
      ? 'Enter a number'
      : min !== undefined && x < min
        ? `Must be at least ${min}`
        : max !== undefined && x > max
          ? `Must be at most ${max}`
          : (validate?.(x) ?? null);
    setError(message);
    if (message === null) onCommit(x);
  };

  return (
    <label className="number-field">
      <span className="field-label">{label}</span>
      <input
        type="number"
        inputMode="decimal"
        value={draft}
        min={min}
        max={max}
        step={step}
        aria-invalid={error !== null}
        aria-describedby={error ? errorId : undefined}
        data-testid={testId}
        onChange={(e) => onChange(e.target.value)}
        onBlur={() => {
          // Only the text: a rounded display of a value is never committed back.
          setDraft(shown(value));
          setError(null);
        }}
      />
      {error && (
        <span id={errorId} className="field-error" role="alert">
          {error}
        </span>
      )}
    </label>
  );
}
