import { useAppStore } from '../../state/store';
import { DEFAULT_SMOOTHING_SCENARIO } from '../../state/smoothingScenario';
import { useShallow } from 'zustand/react/shallow';
import { PAIR_FAMILIES, PAIR_FAMILY_IDS, pairFamiliesOf, type PairFamilyId } from './pairFamilies';

/**
 * The family of the pair, above the P and Q panels: P's family is the chosen one; when Q's differs
 * (a Laplace P against a Normal Q) both carry a P or Q mark. Choosing one replaces both P and Q
 * with that family's instructive defaults (and turns smoothing off, which belongs to the old pair).
 */
export function PairFamilySelector() {
  const families = useAppStore(useShallow((s) => pairFamiliesOf(s.p, s.q)));
  const current = families.p;
  const mixed = families.p !== families.q;
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
          <label
            key={id}
            className={id === current ? 'active' : mixed && id === families.q ? 'of-q' : ''}
          >
            <input
              type="radio"
              name="pair-family"
              value={id}
              checked={id === current}
              data-testid={`family.${id}`}
              onChange={() => choose(id)}
            />
            {PAIR_FAMILIES[id].label}
            {mixed && (id === families.p || id === families.q) && (
              <span
                className={`family-mark family-mark-${id === families.p ? 'p' : 'q'}`}
                data-testid={`family.${id}.mark`}
              >
                {id === families.p ? 'P' : 'Q'}
                <span className="visually-hidden">’s family</span>
              </span>
            )}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
