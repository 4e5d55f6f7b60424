import { useAppStore } from '../../state/store';
import { DEFAULT_SMOOTHING_SCENARIO } from '../../state/smoothingScenario';
import { PAIR_FAMILIES, PAIR_FAMILY_IDS, pairFamilyOf, type PairFamilyId } from './pairFamilies';

/**
 * The family of the pair, above the P and Q panels. Choosing one replaces both P and Q with that
 * family's instructive defaults (and turns smoothing off, which belongs to the old pair).
 */
export function PairFamilySelector() {
  const current = useAppStore((s) => pairFamilyOf(s.p, s.q));
  const applyScenario = useAppStore((s) => s.applyScenario);
  const choose = (id: PairFamilyId) => {
    const { p, q } = PAIR_FAMILIES[id];
    applyScenario({ p, q, ...DEFAULT_SMOOTHING_SCENARIO });
  };
  return (
    <fieldset className="card family-selector" data-testid="family">
      <legend className="family-legend">Family of P and Q</legend>
      <div className="family-options">
        {PAIR_FAMILY_IDS.map((id) => (
          <label key={id} className={id === current ? 'active' : ''}>
            <input
              type="radio"
              name="pair-family"
              value={id}
              checked={id === current}
              data-testid={`family.${id}`}
              onChange={() => choose(id)}
            />
            {PAIR_FAMILIES[id].label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
