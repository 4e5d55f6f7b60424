import { useId, useState } from 'react';
import type { Distribution } from '../../core/distributions/types';
import { formatSpec } from '../../core/spec/format';
import { parseSpec, type SpecError } from '../../core/spec/parse';

/**
 * The distribution as text in the spec grammar. Every keystroke is parsed: a valid spec applies at
 * once, an invalid one is explained inline (with the offending part named) and changes nothing.
 */
export function SpecField({
  which,
  value,
  onChange,
}: {
  which: 'p' | 'q';
  value: Distribution;
  onChange: (d: Distribution) => void;
}) {
  const formatted = formatSpec(value);
  const [draft, setDraft] = useState(formatted);
  const [error, setError] = useState<SpecError | null>(null);
  const [shownSpec, setShownSpec] = useState(formatted);
  const [focused, setFocused] = useState(false);
  const errorId = useId();

  // A change from elsewhere (a slider, the URL) replaces the text, except while the person is typing:
  // their half-typed spec is theirs until they leave the field.
  if (formatted !== shownSpec && !focused) {
    setShownSpec(formatted);
    setDraft(formatted);
    setError(null);
  }

  return (
    <label className="spec-field">
      <span className="field-label">{which.toUpperCase()} as text</span>
      <input
        type="text"
        spellCheck={false}
        autoCapitalize="off"
        autoComplete="off"
        value={draft}
        aria-invalid={error !== null}
        aria-describedby={error ? errorId : undefined}
        data-testid={`${which}.spec`}
        onFocus={() => setFocused(true)}
        onBlur={() => {
          setFocused(false);
          if (error) {
            setDraft(formatted);
            setError(null);
          }
        }}
        onChange={(e) => {
          const text = e.target.value;
          setDraft(text);
          const r = parseSpec(text);
          setError(r.ok ? null : r.error);
          if (r.ok) onChange(r.value);
        }}
      />
      {error && (
        <span id={errorId} className="field-error" role="alert">
          {error.message}
        </span>
      )}
    </label>
  );
}
