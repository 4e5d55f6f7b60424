import type { InformationUnit } from '../core/units';
import { useAppStore } from '../state/store';

const UNITS: readonly InformationUnit[] = ['nats', 'bits'];

/** Nats or bits for every number and axis (the readouts' data-value stays in nats). */
export function UnitsToggle() {
  const units = useAppStore((s) => s.units);
  const setUnits = useAppStore((s) => s.setUnits);
  return (
    <fieldset className="segmented" data-testid="units">
      <legend className="visually-hidden">Units</legend>
      {UNITS.map((u) => (
        <label key={u} className={u === units ? 'active' : ''}>
          <input
            type="radio"
            name="units"
            value={u}
            checked={u === units}
            onChange={() => setUnits(u)}
          />
          {u}
        </label>
      ))}
    </fieldset>
  );
}
