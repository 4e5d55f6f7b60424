import { useAppStore } from '../../state/store';
import { DEFAULT_SMOOTHING_SCENARIO } from '../../state/smoothingScenario';
import { PAIR_FAMILIES, PAIR_FAMILY_IDS, type PairFamilyId } from './pairFamilies';

/**
 * The family of the pair, above the P and Q panels: P's family is the chosen one; when Q's differs
 * (a Laplace P against a Normal Q) both carry a P or Q mark. Choosing one replaces both P and Q
 * with that family's instructive defaults (and turns smoothing off, which belongs to the old pair).
 * U(−1, 1) against N(0, 1) shows Uniform chosen and Gaussian marked as Q's.
 */
export function PairFamilySelector() {
  // Two narrow selectors: the selector re-renders when a family changes, not on every parameter.
  const familyP = useAppStore((s) => s.p.family);
  const familyQ = useAppStore((s) => s.q.family);
  const current = familyP;
  const mixed = familyP !== familyQ;
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
            className={id === current ? 'active' : mixed && id === familyQ ? 'of-q' : ''}
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
            {mixed && (id === familyP || id === familyQ) && (
              <span
                className={`family-mark family-mark-${id === familyP ? 'p' : 'q'}`}
                data-testid={`family.${id}.mark`}
              >
                {id === familyP ? 'P' : 'Q'}
                <span className="visually-hidden">’s family</span>
              </span>
            )}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
