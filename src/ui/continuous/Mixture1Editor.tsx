import './continuous.css';
import type { Component1Spec, Mixture1, MixtureComponent } from '../../core/distributions/types';
import {
  COMPONENT1_FAMILIES,
  defaultComponent1,
  REAL1_FAMILIES,
  real1Family,
} from '../../core/families/registry';
import { ParameterEditor } from '../editors/ParameterEditor';
import { formatNumber } from '../format';
import { AddComponentButton } from './AddComponentButton';
import { NormalFields } from './GaussianFields';
import { ParamField } from './ParamField';
import {
  MAX_COMPONENTS,
  addComponent,
  nextComponent1,
  normalisedWeights,
  removeComponent,
  setComponentWeight,
} from './params';

const WEIGHT = { kind: 'linear', min: 0, max: 1, step: 0.01 } as const;

/**
 * The editor of a 1-D mixture: per component its weight (the others renormalise), its family (a
 * picker over every 1-D family), and its parameters: a Gaussian's μ and σ fields as before, any
 * other family's through the generic schema editor. Add and remove as for Gaussian mixtures.
 * Test ids: `<which>.mix.<i>.weight`, `.family`, `.mu`/`.sigma` (Normal) or
 * `.<family>.<key>.slider|number`, `.remove`; `<which>.mix.add`.
 */
export function Mixture1Editor({
  which,
  value,
  onChange,
}: {
  which: 'p' | 'q';
  value: Mixture1;
  onChange: (d: Mixture1) => void;
}) {
  const who = which.toUpperCase();
  const components = value.components;
  const weights = normalisedWeights(components);
  const update = (next: MixtureComponent<Component1Spec>[]) =>
    onChange({ family: 'mixture', components: next });
  const last = components[components.length - 1]!.component;
  return (
    <div className="continuous-editor" data-testid={`${which}.mixture`}>
      <ol className="mixture-components">
        {components.map((c, i) => {
          const prefix = `${which}.mix.${i}`;
          const label = `${who} component ${i + 1}`;
          const setComponent = (component: Component1Spec) =>
            update(components.map((old, k) => (k === i ? { weight: old.weight, component } : old)));
          return (
            <li key={i} className="mixture-component">
              <fieldset>
                <legend>
                  Component {i + 1}{' '}
                  <span className="unit">weight {formatNumber(weights[i]!, 3)}</span>
                </legend>
                <ParamField
                  label="w"
                  name={`${label}: weight`}
                  value={Math.round(weights[i]! * 1e6) / 1e6}
                  scale={WEIGHT}
                  numberMin={0}
                  numberMax={1}
                  testId={`${prefix}.weight`}
                  onChange={(w) => update(setComponentWeight(components, i, w))}
                />
                <ComponentFamilyPicker
                  label={label}
                  testId={`${prefix}.family`}
                  value={c.component}
                  onChange={setComponent}
                />
                {c.component.family === 'normal' ? (
                  <NormalFields
                    who={label}
                    value={c.component}
                    prefix={prefix}
                    onChange={setComponent}
                  />
                ) : (
                  <ParameterEditor
                    which={which}
                    prefix={prefix}
                    who={label}
                    value={c.component}
                    onChange={(d) => setComponent(d as Component1Spec)}
                  />
                )}
                {components.length > 1 && (
                  <button
                    type="button"
                    className="small-button"
                    data-testid={`${prefix}.remove`}
                    aria-label={`Remove ${label}`}
                    onClick={() => update(removeComponent(components, i))}
                  >
                    Remove
                  </button>
                )}
              </fieldset>
            </li>
          );
        })}
      </ol>
      {components.length < MAX_COMPONENTS ? (
        <AddComponentButton
          which={which}
          onAdd={() => update(addComponent(components, nextComponent1(last)))}
        />
      ) : (
        <p className="chart-note">At most {MAX_COMPONENTS} components.</p>
      )}
    </div>
  );
}

/**
 * The family of one component. A new family starts from its schema's defaults, centred where the
 * old component's mean was (when the new family has a location μ), so it appears in place.
 */
function ComponentFamilyPicker({
  label,
  testId,
  value,
  onChange,
}: {
  label: string;
  testId: string;
  value: Component1Spec;
  onChange: (d: Component1Spec) => void;
}) {
  return (
    <label className="component-family">
      <span className="field-label">Family</span>
      <select
        value={value.family}
        aria-label={`${label}: family`}
        data-testid={testId}
        onChange={(e) => {
          const family = e.target.value as Component1Spec['family'];
          const { mean } = real1Family(value).moments(value);
          onChange(defaultComponent1(family, Math.round(mean * 100) / 100));
        }}
      >
        {COMPONENT1_FAMILIES.map((f) => (
          <option key={f} value={f}>
            {REAL1_FAMILIES[f].label}
          </option>
        ))}
      </select>
    </label>
  );
}
