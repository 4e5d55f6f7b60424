import { useCallback } from 'react';
import type { Distribution } from '../../core/distributions/types';
import { useAppStore } from '../../state/store';
import { BernoulliEditor } from '../editors/BernoulliEditor';
import { SpecField } from '../editors/SpecField';
import { LockNote } from '../share/LockNote';
import { useLocked } from '../share/useLocked';
import { CategoricalEditor, CATEGORICAL_EDITOR_MAX_K } from '../discrete/CategoricalEditor';
import { ContinuousEditor } from '../continuous/ContinuousEditor';

const TITLES = { p: 'P', q: 'Q' } as const;
const ROLES = { p: 'the “true” or data distribution', q: 'the model or approximation' } as const;

/** The editor panel of one distribution: family-specific controls and the spec text field. */
export function DistributionPanel({ which }: { which: 'p' | 'q' }) {
  const value = useAppStore((s) => s[which]);
  const setDistribution = useAppStore((s) => s.setDistribution);
  const locked = useLocked(which);
  const onChange = useCallback(
    (d: Distribution) => setDistribution(which, d),
    [setDistribution, which],
  );
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
        {value.family === 'bernoulli' && (
          <BernoulliEditor which={which} value={value} onChange={onChange} />
        )}
        {value.family === 'categorical' && (
          <CategoricalEditor which={which} value={value} onChange={onChange} />
        )}
        {(value.family === 'normal' ||
          value.family === 'normal2' ||
          value.family === 'mixture' ||
          value.family === 'mixture2') && (
          <ContinuousEditor which={which} value={value} onChange={onChange} />
        )}
        {/* An imported pair of 100,000 categories is not shown as text (issue 4). */}
        {!(
          value.family === 'categorical' && value.weights.length > 25 * CATEGORICAL_EDITOR_MAX_K
        ) && <SpecField which={which} value={value} onChange={onChange} />}
      </fieldset>
    </section>
  );
}
