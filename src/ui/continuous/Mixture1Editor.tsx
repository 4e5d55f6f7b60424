import './continuous.css';
import { useCallback } from 'react';
import type { Component1Spec, Mixture1 } from '../../core/distributions/types';
import {
  COMPONENT1_FAMILIES,
  defaultComponent1,
  REAL1_FAMILIES,
  real1Family,
} from '../../core/families/registry';
import { ParameterEditor } from '../editors/ParameterEditor';
import { NormalFields } from './GaussianFields';
import { MixtureComponentList } from './MixtureComponentList';
import { nextComponent1 } from './params';

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
  const renderComponent = useCallback(
    (
      component: Component1Spec,
      set: (c: Component1Spec) => void,
      prefix: string,
      label: string,
    ) => (
      <>
        <ComponentFamilyPicker
          label={label}
          testId={`${prefix}.family`}
          value={component}
          onChange={set}
        />
        {component.family === 'normal' ? (
          <NormalFields who={label} value={component} prefix={prefix} onChange={set} />
        ) : (
          <ParameterEditor
            which={which}
            prefix={prefix}
            who={label}
            value={component}
            onChange={(d) => set(d as Component1Spec)}
          />
        )}
      </>
    ),
    [which],
  );
  return (
    <MixtureComponentList<Component1Spec>
      which={which}
      components={value.components}
      onChange={(components) => onChange({ family: 'mixture', components })}
      next={nextComponent1}
      renderComponent={renderComponent}
    />
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
