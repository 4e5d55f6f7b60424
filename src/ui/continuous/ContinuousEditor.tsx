import './continuous.css';
import type {
  Mixture1,
  Mixture2,
  MixtureComponent,
  Normal,
  Normal2,
} from '../../core/distributions/types';
import { formatNumber } from '../format';
import { NormalFields, Normal2Fields } from './GaussianFields';
import { ParamField } from './ParamField';
import { AddComponentButton } from './AddComponentButton';
import {
  MAX_COMPONENTS,
  addComponent,
  componentsOf,
  nextNormal,
  nextNormal2,
  normalisedWeights,
  removeComponent,
  setComponentWeight,
} from './params';

const WEIGHT = { kind: 'linear', min: 0, max: 1, step: 0.01 } as const;

/** The Gaussian families this editor serves (1-D mixtures have Mixture1Editor). */
type Spec = Normal | Normal2 | Mixture2;

// The editor of the Gaussian families (N, N2, Mix of N2): the family checks below choose between
// this editor's own three shapes; 1-D mixtures have Mixture1Editor, other families their own
// editor or the generic ParameterEditor through ui/families/registry.tsx.

/**
 * The editor of a 1-D or 2-D Gaussian or a 2-D Gaussian mixture: sliders and numbers for every parameter,
 * and for mixtures a weight per component (the others renormalise) with add and remove. A single
 * Gaussian can become a mixture with "Add a component".
 */
export function ContinuousEditor({
  which,
  value,
  onChange,
}: {
  which: 'p' | 'q';
  value: Spec;
  onChange: (d: Spec | Mixture1) => void;
}) {
  const who = which.toUpperCase();
  if (value.family === 'normal')
    return (
      <div className="continuous-editor" data-testid={`${which}.normal`}>
        <NormalFields who={who} value={value} prefix={`${which}.normal`} onChange={onChange} />
        <AddComponentButton
          which={which}
          onAdd={() =>
            onChange({
              family: 'mixture',
              components: addComponent([{ weight: 1, component: value }], nextNormal(value)),
            })
          }
        />
      </div>
    );
  if (value.family === 'normal2')
    return (
      <div className="continuous-editor" data-testid={`${which}.normal2`}>
        <Normal2Fields who={who} value={value} prefix={`${which}.n2`} onChange={onChange} />
        <AddComponentButton
          which={which}
          onAdd={() =>
            onChange({
              family: 'mixture2',
              components: addComponent([{ weight: 1, component: value }], nextNormal2(value)),
            })
          }
        />
      </div>
    );
  const components = componentsOf<Normal2>(value);
  const weights = normalisedWeights(components);
  const update = (next: MixtureComponent<Normal2>[]) =>
    onChange({ family: 'mixture2', components: next });
  const last = components[components.length - 1]!.component;
  return (
    <div className="continuous-editor" data-testid={`${which}.mixture`}>
      <ol className="mixture-components">
        {components.map((c, i) => {
          const prefix = `${which}.mix.${i}`;
          const label = `${who} component ${i + 1}`;
          const setComponent = (component: Normal2) =>
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
                <Normal2Fields
                  who={label}
                  value={c.component}
                  prefix={prefix}
                  onChange={setComponent}
                />
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
          onAdd={() => update(addComponent(components, nextNormal2(last)))}
        />
      ) : (
        <p className="chart-note">At most {MAX_COMPONENTS} components.</p>
      )}
    </div>
  );
}
