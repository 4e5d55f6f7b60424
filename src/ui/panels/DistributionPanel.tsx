import { useCallback } from 'react';
import type { Distribution } from '../../core/distributions/types';
import { useAppStore } from '../../state/store';
import { BernoulliEditor } from '../editors/BernoulliEditor';
import { SpecField } from '../editors/SpecField';
import { CategoricalEditor, CATEGORICAL_EDITOR_MAX_K } from '../discrete/CategoricalEditor';

const TITLES = { p: 'P', q: 'Q' } as const;
const ROLES = { p: 'the “true” or data distribution', q: 'the model or approximation' } as const;

/** The editor panel of one distribution: family-specific controls and the spec text field. */
export function DistributionPanel({ which }: { which: 'p' | 'q' }) {
  const value = useAppStore((s) => s[which]);
  const setDistribution = useAppStore((s) => s.setDistribution);
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
      {value.family === 'bernoulli' && (
        <BernoulliEditor which={which} value={value} onChange={onChange} />
      )}
      {value.family === 'categorical' && (
        <CategoricalEditor which={which} value={value} onChange={onChange} />
      )}
      {/* An imported pair of 100,000 categories is not shown as text (issue 4). */}
      {!(value.family === 'categorical' && value.weights.length > 25 * CATEGORICAL_EDITOR_MAX_K) && (
        <SpecField which={which} value={value} onChange={onChange} />
      )}
    </section>
  );
}
