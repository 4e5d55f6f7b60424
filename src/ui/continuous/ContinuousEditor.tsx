import './continuous.css';
import type { Mixture1, Mixture2, Normal, Normal2 } from '../../core/distributions/types';
import { AddComponentButton } from './AddComponentButton';
import { NormalFields, Normal2Fields } from './GaussianFields';
import { MixtureComponentList } from './MixtureComponentList';
import { addComponent, componentsOf, mixtureWithNext1, nextNormal2 } from './params';

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
        <AddComponentButton which={which} onAdd={() => onChange(mixtureWithNext1(value))} />
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
  return (
    <MixtureComponentList<Normal2>
      which={which}
      components={componentsOf<Normal2>(value)}
      onChange={(components) => onChange({ family: 'mixture2', components })}
      next={nextNormal2}
      renderComponent={renderNormal2}
    />
  );
}

const renderNormal2 = (
  component: Normal2,
  set: (c: Normal2) => void,
  prefix: string,
  label: string,
) => <Normal2Fields who={label} value={component} prefix={prefix} onChange={set} />;
