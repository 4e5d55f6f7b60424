import { familyOf, isContinuous1, sampleSpaceOf } from '../../core/families/registry';
import { useCallback, type ComponentType } from 'react';
import type { Distribution } from '../../core/distributions/types';
import { useAppStore } from '../../state/store';
import { SpecField } from '../editors/SpecField';
import { LockNote } from '../share/LockNote';
import { useLocked } from '../share/useLocked';
import { CATEGORICAL_EDITOR_MAX_K } from '../discrete/CategoricalEditor';
import { familyUiOf, type EditorProps } from '../families/registry';
import { ParameterEditor } from '../editors/ParameterEditor';
import { mixtureWithNext1 } from '../continuous/params';

/** A family that spells out every outcome's weight (Cat), with more than the editor could show. */
const listsTooManyOutcomes = (d: Distribution): boolean => {
  const space = sampleSpaceOf(d);
  return (
    familyOf(d).parameters.length === 0 &&
    space.kind === 'discrete' &&
    space.size > 25 * CATEGORICAL_EDITOR_MAX_K
  );
};

const TITLES = { p: 'P', q: 'Q' } as const;
const ROLES = { p: 'the “true” or data distribution', q: 'the model or approximation' } as const;

/** The editor panel of one distribution: family-specific controls and the spec text field. */
export function DistributionPanel({ which }: { which: 'p' | 'q' }) {
  const value = useAppStore((s) => s[which]);
  const setDistribution = useAppStore((s) => s.setDistribution);
  const locked = useLocked(which);
  // The editor's props follow from the family (registry typing); one generic call site.
  const Editor = familyUiOf(value).Editor as ComponentType<EditorProps<Distribution>> | undefined;
  const onChange = useCallback(
    (d: Distribution) => setDistribution(which, d),
    [setDistribution, which],
  );
  // A 1-D family with the generic editor becomes a mixture of itself and a new component.
  const onAddComponent =
    isContinuous1(value) && value.family !== 'mixture'
      ? () => onChange(mixtureWithNext1(value))
      : undefined;
  return (
    <section
      className={`card panel panel-${which}`}
      aria-labelledby={`panel-${which}-title`}
      data-testid={`panel.${which}`}
    >
      <h2 id={`panel-${which}-title`}>
        <span className={`swatch swatch-${which}`} aria-hidden="true" />
        {TITLES[which]} <span className="role">{ROLES[which]}</span>
      </h2>
      {/* Issue 7: a teacher's lock=p makes every control of the editor read-only, with a note. */}
      <LockNote which={which} />
      <fieldset className="lock-fieldset" disabled={locked}>
        {Editor ? (
          <Editor which={which} value={value} onChange={onChange} />
        ) : (
          <ParameterEditor
            which={which}
            value={value}
            onChange={onChange}
            onAddComponent={onAddComponent}
          />
        )}
        {/* An imported pair of 100,000 categories is not shown as text (issue 4). */}
        {!listsTooManyOutcomes(value) && (
          <SpecField which={which} value={value} onChange={onChange} />
        )}
      </fieldset>
    </section>
  );
}
