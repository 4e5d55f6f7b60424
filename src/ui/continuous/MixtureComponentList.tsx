import type { ReactNode } from 'react';
import type { MixtureComponent } from '../../core/distributions/types';
import { formatNumber } from '../format';
import { AddComponentButton } from './AddComponentButton';
import { ParamField } from './ParamField';
import {
  MAX_COMPONENTS,
  addComponent,
  normalisedWeights,
  removeComponent,
  setComponentWeight,
} from './params';

const WEIGHT = { kind: 'linear', min: 0, max: 1, step: 0.01 } as const;

/**
 * A mixture's components, whatever their type (1-D mixtures of any family, 2-D Gaussian mixtures):
 * per component its weight (the others renormalise), the fields `renderComponent` draws, and a
 * remove button; then "Add a component", which appends `next(last)`, up to {@link MAX_COMPONENTS}.
 * Test ids: `<which>.mixture`, `<which>.mix.<i>.weight`, `<which>.mix.<i>.remove`, `<which>.mix.add`.
 */
export function MixtureComponentList<C>({
  which,
  components,
  onChange,
  next,
  renderComponent,
}: {
  which: 'p' | 'q';
  components: readonly MixtureComponent<C>[];
  onChange: (components: MixtureComponent<C>[]) => void;
  /** The component "Add" appends, given the last one. */
  next: (last: C) => C;
  /** The fields of one component: `set` replaces it, `prefix` is its test id prefix. */
  renderComponent: (component: C, set: (c: C) => void, prefix: string, label: string) => ReactNode;
}) {
  const who = which.toUpperCase();
  const weights = normalisedWeights(components);
  const last = components[components.length - 1]!.component;
  return (
    <div className="continuous-editor" data-testid={`${which}.mixture`}>
      <ol className="mixture-components">
        {components.map((c, i) => {
          const prefix = `${which}.mix.${i}`;
          const label = `${who} component ${i + 1}`;
          const setComponent = (component: C) =>
            onChange(
              components.map((old, k) => (k === i ? { weight: old.weight, component } : old)),
            );
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
                  onChange={(w) => onChange(setComponentWeight(components, i, w))}
                />
                {renderComponent(c.component, setComponent, prefix, label)}
                {components.length > 1 && (
                  <button
                    type="button"
                    className="small-button"
                    data-testid={`${prefix}.remove`}
                    aria-label={`Remove ${label}`}
                    onClick={() => onChange(removeComponent(components, i))}
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
          onAdd={() => onChange(addComponent(components, next(last)))}
        />
      ) : (
        <p className="chart-note">At most {MAX_COMPONENTS} components.</p>
      )}
    </div>
  );
}
