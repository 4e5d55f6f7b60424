import { memo, useCallback, useLayoutEffect, useMemo, useRef, type ReactNode } from 'react';
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

/** What a component's row changes, by index: stable for the list's lifetime (see the row's memo). */
interface RowActions<C> {
  set: (i: number, component: C) => void;
  setWeight: (i: number, weight: number) => void;
  remove: (i: number) => void;
}

/**
 * A mixture's components, whatever their type (1-D mixtures of any family, 2-D Gaussian mixtures):
 * per component its weight (the others renormalise), the fields `renderComponent` draws, and a
 * remove button; then "Add a component", which appends `next(last)`, up to {@link MAX_COMPONENTS}.
 * Test ids: `<which>.mixture`, `<which>.mix.<i>.weight`, `<which>.mix.<i>.remove`, `<which>.mix.add`.
 *
 * Only the rows whose component or weight changed render again: dragging one component's peak
 * rendered every component's fields on every frame (13 fields for the bench's 4-component mixture).
 * `renderComponent` must therefore be stable (a module function or a memoised callback).
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
  renderComponent: RenderComponent<C>;
}) {
  const latest = useRef({ components, onChange });
  useLayoutEffect(() => {
    latest.current = { components, onChange };
  });
  const actions = useMemo<RowActions<C>>(() => {
    const change = (f: (cs: readonly MixtureComponent<C>[]) => MixtureComponent<C>[]) =>
      latest.current.onChange(f(latest.current.components));
    return {
      set: (i, component) =>
        change((cs) => cs.map((old, k) => (k === i ? { weight: old.weight, component } : old))),
      setWeight: (i, w) => change((cs) => setComponentWeight(cs, i, w)),
      remove: (i) => change((cs) => removeComponent(cs, i)),
    };
  }, []);
  const weights = normalisedWeights(components);
  const last = components[components.length - 1]!.component;
  return (
    <div className="continuous-editor" data-testid={`${which}.mixture`}>
      <ol className="mixture-components">
        {components.map((c, i) => (
          <ComponentRow<C>
            key={i}
            which={which}
            index={i}
            component={c.component}
            weight={weights[i]!}
            removable={components.length > 1}
            actions={actions}
            renderComponent={renderComponent}
          />
        ))}
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

type RenderComponent<C> = (
  component: C,
  set: (c: C) => void,
  prefix: string,
  label: string,
) => ReactNode;

interface ComponentRowProps<C> {
  which: 'p' | 'q';
  index: number;
  component: C;
  weight: number;
  removable: boolean;
  actions: RowActions<C>;
  renderComponent: RenderComponent<C>;
}

// memo loses the type parameter; the cast gives it back.
const ComponentRow = memo(function ComponentRow<C>({
  which,
  index: i,
  component,
  weight,
  removable,
  actions,
  renderComponent,
}: ComponentRowProps<C>) {
  const prefix = `${which}.mix.${i}`;
  const label = `${which.toUpperCase()} component ${i + 1}`;
  const set = useCallback((c: C) => actions.set(i, c), [actions, i]);
  return (
    <li className="mixture-component">
      <fieldset>
        <legend>
          Component {i + 1} <span className="unit">weight {formatNumber(weight, 3)}</span>
        </legend>
        <ParamField
          label="w"
          name={`${label}: weight`}
          value={Math.round(weight * 1e6) / 1e6}
          scale={WEIGHT}
          numberMin={0}
          numberMax={1}
          testId={`${prefix}.weight`}
          onChange={(w) => actions.setWeight(i, w)}
        />
        {renderComponent(component, set, prefix, label)}
        {removable && (
          <button
            type="button"
            className="small-button"
            data-testid={`${prefix}.remove`}
            aria-label={`Remove ${label}`}
            onClick={() => actions.remove(i)}
          >
            Remove
          </button>
        )}
      </fieldset>
    </li>
  );
}) as <C>(props: ComponentRowProps<C>) => ReactNode;
