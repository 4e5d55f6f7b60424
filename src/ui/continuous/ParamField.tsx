import './continuous.css';
import { NumberField } from '../editors/NumberField';
import { formatNumber } from '../format';
import { LOG_SIGMA_STEP, SIGMA_RANGE, sigmaToSlider, sliderToSigma } from './params';

export type ParamScale =
  | { readonly kind: 'linear'; readonly min: number; readonly max: number; readonly step: number }
  | { readonly kind: 'log' };

/**
 * One parameter: a slider (linear, or log₁₀ for a standard deviation) and a number input that
 * accepts any valid value, even outside the slider's range. Test ids: `<testId>.slider`, `.number`.
 */
export function ParamField({
  label,
  name,
  value,
  scale,
  numberMin,
  numberMax,
  exclusiveMin,
  validate,
  testId,
  onChange,
}: {
  /** Short visible label (μ, σ, ρ...). */
  label: string;
  /** Accessible name, saying whose parameter it is ("P: mean μ"). */
  name: string;
  value: number;
  scale: ParamScale;
  numberMin?: number;
  numberMax?: number;
  /** A value that must be strictly exceeded (σ > 0). */
  exclusiveMin?: number;
  /** Why a typed number is refused, or null; replaces `exclusiveMin`'s check when given. */
  validate?: (x: number) => string | null;
  testId: string;
  onChange: (x: number) => void;
}) {
  const log = scale.kind === 'log';
  const slider = log
    ? {
        min: Math.log10(SIGMA_RANGE.min),
        max: Math.log10(SIGMA_RANGE.max),
        step: LOG_SIGMA_STEP,
        value: sigmaToSlider(value),
      }
    : { min: scale.min, max: scale.max, step: scale.step, value };
  return (
    <div className="param-field">
      <label className="slider-field">
        <span className="field-label">{name.replace(/^.*?: /, '')}</span>
        <input
          type="range"
          min={slider.min}
          max={slider.max}
          step={slider.step}
          value={slider.value}
          aria-label={`${name}${log ? ' (log scale)' : ''}`}
          aria-valuetext={formatNumber(value)}
          data-testid={`${testId}.slider`}
          onChange={(e) => {
            const t = Number(e.target.value);
            onChange(log ? sliderToSigma(t) : Math.round(t * 1e6) / 1e6);
          }}
        />
      </label>
      <NumberField
        label={`${label} =`}
        value={value}
        min={numberMin}
        max={numberMax}
        validate={
          validate ??
          (exclusiveMin === undefined
            ? undefined
            : (x) => (x > exclusiveMin ? null : `Must be more than ${exclusiveMin}`))
        }
        onCommit={onChange}
        testId={`${testId}.number`}
      />
    </div>
  );
}
