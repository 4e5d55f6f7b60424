import { usePublishedReadout } from '../readouts/usePublishedReadout';
import { useId, useState } from 'react';
import { parseBoundedNumber } from '../../state/mlScenario';

/**
 * A slider and a number field for one value, kept in step. The slider may cover a narrower range
 * than the number field allows; out-of-range or non-numeric text is explained and not applied.
 */
export function SliderNumber({
  label,
  value,
  onChange,
  min,
  max,
  step,
  sliderMin = min,
  sliderMax = max,
  testId,
  log = false,
}: {
  label: string;
  value: number;
  onChange: (x: number) => void;
  min: number;
  max: number;
  step: number;
  sliderMin?: number;
  sliderMax?: number;
  testId: string;
  /** A logarithmic slider (for T, δ): its position is log10 of the value. */
  log?: boolean;
}) {
  const [draft, setDraft] = useState(String(value));
  const [shown, setShown] = useState(value);
  const [error, setError] = useState<string | null>(null);
  const errorId = useId();
  if (!Object.is(value, shown)) {
    setShown(value);
    if (Number(draft) !== value) setDraft(String(value));
    setError(null);
  }
  const toSlider = (x: number) => (log ? Math.log10(x) : x);
  const fromSlider = (s: number) => (log ? Number((10 ** s).toPrecision(3)) : s);
  return (
    <div className="slider-number">
      <label className="slider-number-label" htmlFor={`${errorId}-n`}>
        {label}
      </label>
      <input
        type="range"
        min={toSlider(sliderMin)}
        max={toSlider(sliderMax)}
        step={log ? 0.01 : step}
        value={toSlider(Math.min(sliderMax, Math.max(sliderMin, value)))}
        aria-label={`${label} (slider)`}
        data-testid={`${testId}.slider`}
        onChange={(e) => onChange(fromSlider(Number(e.target.value)))}
      />
      <input
        id={`${errorId}-n`}
        type="number"
        inputMode="decimal"
        min={min}
        max={max}
        step="any"
        value={draft}
        aria-invalid={error !== null}
        aria-describedby={error ? errorId : undefined}
        data-testid={`${testId}.number`}
        onChange={(e) => {
          setDraft(e.target.value);
          const r = parseBoundedNumber(e.target.value, min, max);
          setError(r.ok ? null : r.message);
          if (r.ok) onChange(r.value);
        }}
        onBlur={() => {
          setDraft(String(value));
          setError(null);
        }}
      />
      {error && (
        <span id={errorId} className="field-error" role="alert">
          {label}: {error}
        </span>
      )}
    </div>
  );
}

/** A labelled number readout with the readout contract's data-testid and data-value (nats). */
export function Readout({
  label,
  value,
  dataValue,
  testId,
  note,
  className = '',
}: {
  label: React.ReactNode;
  value: string;
  dataValue: string;
  testId: string;
  note?: React.ReactNode;
  className?: string;
}) {
  const attrs = usePublishedReadout(testId, { 'data-value': dataValue });
  return (
    <div className={`readout ml-readout ${className}`} data-testid={testId} {...attrs}>
      <dt>{label}</dt>
      <dd>
        <span className="value">{value}</span>
        {note && <span className="readout-note">{note}</span>}
      </dd>
    </div>
  );
}

/** "+ unit" and "− unit" buttons for a count kept within its limits (rows, classes, actions…). */
export function CountButtons({
  count,
  limits,
  unit,
  testId,
  onChange,
}: {
  count: number;
  limits: { readonly min: number; readonly max: number };
  unit: string;
  testId: string;
  onChange: (count: number) => void;
}) {
  return (
    <>
      <button
        type="button"
        data-testid={`${testId}.add`}
        disabled={count >= limits.max}
        onClick={() => onChange(count + 1)}
      >
        + {unit}
      </button>
      <button
        type="button"
        data-testid={`${testId}.remove`}
        disabled={count <= limits.min}
        onClick={() => onChange(count - 1)}
      >
        − {unit}
      </button>
    </>
  );
}
